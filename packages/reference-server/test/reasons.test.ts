// invalidParams[].reason is a readable English sentence for every JSON Schema keyword the contract
// uses, never Ajv's own text ("must NOT be valid", "must NOT have more than 64 characters").
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { defaultSpecPath } from '../src/config.js';
import { DESCRIBED_KEYWORDS, reasonOf } from '../src/http/reasons.js';
import { loadSpec } from '../src/http/spec.js';
import { toInvalidParams } from '../src/http/validation.js';
import { caseBody, client, expectProblem, testConfig, tokenFor } from './helpers.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

/** Keywords for which Ajv reports errors of their own (applicators such as allOf or items report their children's). */
const ERROR_KEYWORDS = new Set([
  'type', 'enum', 'const', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minContains', 'maxContains', 'contains',
  'minProperties', 'maxProperties', 'required', 'dependentRequired', 'additionalProperties', 'unevaluatedProperties',
  'unevaluatedItems', 'propertyNames', 'not', 'oneOf', 'anyOf', 'if', 'discriminator',
]);

/** Every error-producing keyword used in the contract's schemas (components and paths). */
function keywordsOfSpec(): Set<string> {
  const document = loadSpec(defaultSpecPath) as unknown as Record<string, unknown>;
  const found = new Set<string>();
  const walk = (node: unknown, key?: string) => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item));
    if (!node || typeof node !== 'object') return;
    // Example payloads and property maps hold data and field names, not keywords.
    if (key === 'example' || key === 'examples') return;
    for (const [k, v] of Object.entries(node)) {
      if (key !== 'properties' && ERROR_KEYWORDS.has(k)) found.add(k);
      walk(v, k);
    }
  };
  walk(document.components);
  walk(document.paths);
  return found;
}

/** One failing value per keyword, with a schema that uses it. */
const CASES: { keyword: (typeof DESCRIBED_KEYWORDS)[number]; schema: object; value: unknown; reason: string }[] = [
  { keyword: 'required', schema: { type: 'object', required: ['school'] }, value: {}, reason: 'This field is required.' },
  { keyword: 'additionalProperties', schema: { type: 'object', additionalProperties: false }, value: { shoeSize: 42 }, reason: 'This field is not part of the contract here; leave it out.' },
  { keyword: 'unevaluatedProperties', schema: { type: 'object', unevaluatedProperties: false }, value: { shoeSize: 42 }, reason: 'This field is not part of the contract here; leave it out.' },
  { keyword: 'false schema', schema: { type: 'object', properties: { old: false } }, value: { old: 1 }, reason: 'This field is not part of the contract here; leave it out.' },
  { keyword: 'type', schema: { type: ['string', 'null'] }, value: 201204, reason: 'Must be text or null.' },
  { keyword: 'enum', schema: { enum: ['po', 'vo'] }, value: 'mbo', reason: 'Must be one of: "po", "vo".' },
  { keyword: 'const', schema: { const: 'note' }, value: 'other', reason: 'Must be "note".' },
  { keyword: 'format', schema: { type: 'string', format: 'date' }, value: '2026-02-30', reason: 'Must be a date in the form YYYY-MM-DD, e.g. 2026-09-07.' },
  { keyword: 'pattern', schema: { type: 'string', pattern: '^[0-9]{2}[A-Z]{2}$' }, value: 'x', reason: 'Does not have the expected form (the pattern ^[0-9]{2}[A-Z]{2}$).' },
  { keyword: 'minLength', schema: { type: 'string', minLength: 4 }, value: 'ab', reason: 'Must be at least 4 characters long.' },
  { keyword: 'maxLength', schema: { type: 'string', maxLength: 64 }, value: 'x'.repeat(65), reason: 'Must be at most 64 characters long.' },
  { keyword: 'minimum', schema: { type: 'integer', minimum: 1 }, value: 0, reason: 'Must be 1 or more.' },
  { keyword: 'maximum', schema: { type: 'integer', maximum: 10 }, value: 11, reason: 'Must be 10 or less.' },
  { keyword: 'exclusiveMinimum', schema: { type: 'number', exclusiveMinimum: 0 }, value: 0, reason: 'Must be more than 0.' },
  { keyword: 'exclusiveMaximum', schema: { type: 'number', exclusiveMaximum: 1 }, value: 1, reason: 'Must be less than 1.' },
  { keyword: 'multipleOf', schema: { type: 'number', multipleOf: 0.5 }, value: 0.3, reason: 'Must be a multiple of 0.5.' },
  { keyword: 'minItems', schema: { type: 'array', minItems: 1 }, value: [], reason: 'Must have at least one item.' },
  { keyword: 'maxItems', schema: { type: 'array', maxItems: 3 }, value: [1, 2, 3, 4], reason: 'Must have at most 3 items.' },
  { keyword: 'uniqueItems', schema: { type: 'array', uniqueItems: true }, value: ['pesten', 'pesten'], reason: 'Must not contain the same item twice (items 0 and 1 are equal).' },
  { keyword: 'minProperties', schema: { type: 'object', minProperties: 1 }, value: {}, reason: 'Must have at least 1 field.' },
  { keyword: 'maxProperties', schema: { type: 'object', maxProperties: 2 }, value: { a: 1, b: 2, c: 3 }, reason: 'Must have at most 2 fields.' },
  { keyword: 'not', schema: { type: 'string', not: { pattern: '^[0-9]{9}$' } }, value: '123456782', reason: 'Must not have the form ^[0-9]{9}$.' },
  { keyword: 'oneOf', schema: { oneOf: [{ type: 'integer' }, { type: 'number' }] }, value: 3, reason: 'Fits more than one of the allowed shapes; it must fit exactly one.' },
  { keyword: 'anyOf', schema: { anyOf: [{ type: 'integer' }, { type: 'boolean' }] }, value: 'x', reason: 'Must be a whole number.' },
  {
    keyword: 'discriminator',
    schema: { type: 'object', discriminator: { propertyName: 'type' }, required: ['type'], oneOf: [{ properties: { type: { const: 'note' } } }, { properties: { type: { const: 'call' } } }] },
    value: { type: 'party' },
    reason: 'Has an unknown "type": "party".',
  },
];

function reasonsFor(schema: object, value: unknown): { errors: ErrorObject[]; reasons: string[] } {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true, verbose: true, discriminator: true }));
  const validate = ajv.compile(schema);
  expect(validate(value)).toBe(false);
  return { errors: validate.errors!, reasons: toInvalidParams(validate.errors, 'body').map((p) => p.reason) };
}

describe('invalidParams reasons', () => {
  it('have a sentence for every keyword the contract uses', () => {
    const used = [...keywordsOfSpec()].filter((k) => k !== 'if');
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((k) => !(DESCRIBED_KEYWORDS as readonly string[]).includes(k))).toEqual([]);
    // …and this test has a case for every keyword with a sentence.
    expect(DESCRIBED_KEYWORDS.filter((k) => !CASES.some((c) => c.keyword === k))).toEqual([]);
  });

  it.each(CASES)('$keyword: a sentence, not Ajv’s text', ({ keyword, schema, value, reason }) => {
    const { errors, reasons } = reasonsFor(schema, value);
    expect(errors.map((e) => e.keyword)).toContain(keyword === 'anyOf' ? 'type' : keyword);
    expect(reasons).toContain(reason);
    for (const text of reasons) {
      expect(text).toMatch(/^[A-Z].*\.$/);
      expect(text).not.toMatch(/\bNOT\b|must be equal to|must match|must pass|must be >=|must be <=|fewer than|property name/);
      expect(errors.map((e) => e.message)).not.toContain(text);
    }
  });

  it('a `not` explains itself with the description the contract gives it', () => {
    const error = { keyword: 'not', schema: { description: 'Must not be a bare 9-digit number.', pattern: '^[0-9]{9}$' }, params: {}, instancePath: '/pupilRef', schemaPath: '' } as unknown as ErrorObject;
    expect(reasonOf(error)).toBe('Must not be a bare 9-digit number.');
  });
});

describe('invalidParams reasons from the server', () => {
  let server: App;
  beforeAll(async () => {
    server = await createApp({ ...testConfig });
  });
  afterAll(async () => server?.close());

  it('a case with a BSN-like pupil reference, an impossible date, a too long note and an unknown field', async () => {
    const school = client(server, await tokenFor(server, 'school', '12AB00'));
    const body = caseBody({ pupilRef: '123456782', notes: 'x'.repeat(10001), shoeSize: 42 });
    (body.absence as Record<string, unknown>).firstDayOfAbsence = '2026-02-30';
    const problem = expectProblem(await school.post('/v1/cases', body, { 'idempotency-key': 'reasons-test-0001' }), 400);
    const byName = Object.fromEntries(problem.invalidParams!.map((p) => [p.name, p.reason]));
    expect(byName).toMatchObject({
      pupilRef: 'Must not be a bare 9-digit number, which could be a BSN or PGN; the API never accepts those.',
      'absence.firstDayOfAbsence': 'Must be a date in the form YYYY-MM-DD, e.g. 2026-09-07.',
      shoeSize: 'This field is not part of the contract here; leave it out.',
    });
    expect(byName.notes).toMatch(/^Must be at most \d+ characters long\.$/);
    for (const { reason } of problem.invalidParams!) expect(reason).toMatch(/^[A-Z].*\.$/);
  });

  it('an unknown query parameter', async () => {
    const school = client(server, await tokenFor(server, 'school', '12AB00'));
    const problem = expectProblem(await school.get('/v1/cases?colour=red'), 400);
    expect(problem.invalidParams).toEqual([{ name: 'colour', reason: 'This is not a known query parameter.' }]);
  });
});
