// The contract checks itself: every example payload validates against the schema it illustrates,
// every operation follows the rules the brief and the NLGov API Design Rules set, and the schemas
// refuse what they must refuse (unknown fields, a possible BSN, impossible dates, derived events).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { deriveCase, type CaseFacts } from '@thuiszitters/domain';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// ajv-formats is CommonJS; under ESM its function sits on `.default` in some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

type Json = Record<string, any>;

const openapiDir = resolve(import.meta.dirname, '../../openapi');
const spec: Json = parse(readFileSync(resolve(openapiDir, 'thuiszitters.yaml'), 'utf8'));
const examplesDir = resolve(openapiDir, 'examples');
const exampleFiles = readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort();
const readExample = (file: string): unknown => JSON.parse(readFileSync(resolve(examplesDir, file), 'utf8'));

/** Which schema each example file illustrates. A new example without an entry here fails. */
const EXAMPLE_SCHEMAS: Record<string, string> = {
  'audit-event-list.json': 'AuditEventList',
  'case-closed.json': 'Case',
  'case-closure.json': 'CaseClosure',
  'case-create.json': 'CaseCreate',
  'case-event-create-lead-assigned.json': 'CaseEventCreate',
  'case-event-create-meeting-held.json': 'CaseEventCreate',
  'case-event-create-offer-made.json': 'CaseEventCreate',
  'case-event-create-reported-to-duo.json': 'CaseEventCreate',
  'case-event-list.json': 'CaseEventList',
  'case-event-meeting-held.json': 'CaseEvent',
  'case-list.json': 'CaseList',
  'case-update.json': 'CaseUpdate',
  'case.json': 'Case',
  'definition-profile.json': 'DefinitionProfile',
  'headline-statistics.json': 'HeadlineStatistics',
  'problem-400.json': 'Problem',
  'problem-401.json': 'Problem',
  'problem-403.json': 'Problem',
  'problem-404.json': 'Problem',
  'problem-409.json': 'Problem',
  'problem-412.json': 'PreconditionFailedProblem',
  'problem-428.json': 'Problem',
  'problem-429.json': 'Problem',
  'problem-500.json': 'Problem',
  'problem-503.json': 'Problem',
  'reason-list.json': 'ReasonList',
  'reason-statistics.json': 'ReasonStatistics',
  'routekaart-assessment-create.json': 'RoutekaartAssessmentCreate',
  'routekaart-assessment-list.json': 'RoutekaartAssessmentList',
  'routekaart-assessment.json': 'RoutekaartAssessment',
  'routekaart-change-list.json': 'RoutekaartChangeList',
  'routekaart-point-update.json': 'RoutekaartPointUpdate',
  'school-list.json': 'SchoolList',
  'school-statistics.json': 'SchoolStatistics',
  'subscription-create.json': 'SubscriptionCreate',
  'subscription-created.json': 'SubscriptionCreated',
  'subscription-list.json': 'SubscriptionList',
  'webhook-delivery-list.json': 'WebhookDeliveryList',
};

/** The canonical surface of the team brief: operationId → method and path. */
const BRIEF_OPERATIONS: Record<string, [string, string]> = {
  listCases: ['get', '/cases'],
  createCase: ['post', '/cases'],
  getCase: ['get', '/cases/{caseId}'],
  updateCase: ['patch', '/cases/{caseId}'],
  closeCase: ['post', '/cases/{caseId}/closure'],
  reopenCase: ['delete', '/cases/{caseId}/closure'],
  listCaseEvents: ['get', '/cases/{caseId}/events'],
  addCaseEvent: ['post', '/cases/{caseId}/events'],
  getHeadlineStatistics: ['get', '/statistics/headline'],
  getReasonStatistics: ['get', '/statistics/reasons'],
  getSchoolStatistics: ['get', '/statistics/schools'],
  listRoutekaartAssessments: ['get', '/routekaart-assessments'],
  createRoutekaartAssessment: ['post', '/routekaart-assessments'],
  getRoutekaartAssessment: ['get', '/routekaart-assessments/{assessmentId}'],
  updateRoutekaartPoint: ['put', '/routekaart-assessments/{assessmentId}/points/{pointNumber}'],
  listRoutekaartChanges: ['get', '/routekaart-assessments/{assessmentId}/changes'],
  listReasons: ['get', '/reasons'],
  listSchools: ['get', '/schools'],
  getDefinitionProfile: ['get', '/definition-profile'],
  listAuditEvents: ['get', '/audit-events'],
  // Notifications to an LVS (issue 20).
  listSubscriptions: ['get', '/subscriptions'],
  createSubscription: ['post', '/subscriptions'],
  deleteSubscription: ['delete', '/subscriptions/{subscriptionId}'],
  listSubscriptionDeliveries: ['get', '/subscriptions/{subscriptionId}/deliveries'],
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

interface Operation {
  method: string;
  path: string;
  op: Json;
}
const operations: Operation[] = Object.entries(spec.paths as Json).flatMap(([path, item]) =>
  Object.entries(item as Json)
    .filter(([method]) => HTTP_METHODS.includes(method))
    .map(([method, op]) => ({ method, path, op: op as Json })),
);
const label = ({ method, path, op }: Operation) => `${op.operationId ?? '?'} (${method.toUpperCase()} ${path})`;

/** Follows a local `$ref` (one level or a chain) to the object it points at. */
function deref<T = Json>(node: Json): T {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    expect(ref.startsWith('#/'), `only local $refs are used: ${ref}`).toBe(true);
    current = ref
      .slice(2)
      .split('/')
      .reduce<Json>((at, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
    expect(current, `$ref ${ref} resolves`).toBeDefined();
  }
  return current as T;
}

// Ajv: the whole document is one schema resource, so `#/components/schemas/X` resolves inside it.
// Ajv's discriminator reads each branch's `const`; `mapping` (checked below to agree) is dropped.
const SPEC_ID = 'https://thuiszitters.example/openapi.json';
function withoutDiscriminatorMapping(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDiscriminatorMapping);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'discriminator' && value && typeof value === 'object') {
        const { mapping: _mapping, ...rest } = value as Json;
        return [key, rest];
      }
      return [key, withoutDiscriminatorMapping(value)];
    }),
  );
}
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, discriminator: true });
addFormats(ajv);
// The document's own top-level members are not JSON Schema keywords: declare them as annotations.
ajv.addVocabulary(['openapi', 'info', 'jsonSchemaDialect', 'servers', 'paths', 'webhooks', 'components', 'security', 'tags', 'externalDocs']);
ajv.addSchema({ ...(withoutDiscriminatorMapping(spec) as Json), $id: SPEC_ID });
const validatorFor = (schemaName: string) => {
  expect(spec.components.schemas[schemaName], `schema ${schemaName} exists`).toBeDefined();
  const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`cannot compile ${schemaName}`);
  return validate;
};
const errorsOf = (schemaName: string, value: unknown): string[] => {
  const validate = validatorFor(schemaName);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
};
const clone = <T>(value: T): T => structuredClone(value);

describe('examples', () => {
  it('every example file is mapped to a schema, and every mapped file exists', () => {
    expect(exampleFiles.length).toBeGreaterThan(0);
    expect(exampleFiles.filter((f) => !(f in EXAMPLE_SCHEMAS))).toEqual([]);
    expect(Object.keys(EXAMPLE_SCHEMAS).filter((f) => !exampleFiles.includes(f))).toEqual([]);
  });

  it.each(exampleFiles.filter((f) => f in EXAMPLE_SCHEMAS))('%s validates against its schema', (file) => {
    expect(errorsOf(EXAMPLE_SCHEMAS[file], readExample(file))).toEqual([]);
  });

  it('components/examples holds exactly the example files, with the same values (run openapi/scripts/sync-examples.mjs)', () => {
    const inSpec: Json = spec.components.examples ?? {};
    expect(Object.keys(inSpec).sort()).toEqual(exampleFiles.map((f) => f.replace(/\.json$/, '')).sort());
    for (const file of exampleFiles) {
      expect(inSpec[file.replace(/\.json$/, '')].value, file).toEqual(readExample(file));
    }
  });

  it('every example is used by an operation, on a media type whose schema it illustrates', () => {
    const used = new Set<string>();
    const checkMedia = (where: string, media: Json) => {
      for (const example of Object.values<Json>(media.examples ?? {})) {
        expect(example.$ref, `${where}: examples are $refs to components/examples`).toMatch(/^#\/components\/examples\//);
        const name = (example.$ref as string).split('/').pop()!;
        used.add(name);
        expect(media.schema?.$ref, `${where}: example ${name}`).toBe(`#/components/schemas/${EXAMPLE_SCHEMAS[`${name}.json`]}`);
      }
    };
    for (const operation of operations) {
      for (const [type, media] of Object.entries<Json>(operation.op.requestBody?.content ?? {})) {
        checkMedia(`${label(operation)} request ${type}`, media);
      }
      for (const [status, response] of Object.entries<Json>(operation.op.responses)) {
        for (const [type, media] of Object.entries<Json>(deref(response).content ?? {})) {
          checkMedia(`${label(operation)} ${status} ${type}`, media);
        }
      }
    }
    expect(exampleFiles.map((f) => f.replace(/\.json$/, '')).filter((name) => !used.has(name))).toEqual([]);
  });

  it('every request body and every response body of an operation has an example', () => {
    const missing: string[] = [];
    for (const operation of operations) {
      for (const [type, media] of Object.entries<Json>(operation.op.requestBody?.content ?? {})) {
        if (!Object.keys(media.examples ?? {}).length) missing.push(`${label(operation)} request ${type}`);
      }
      for (const [status, response] of Object.entries<Json>(operation.op.responses)) {
        for (const [type, media] of Object.entries<Json>(deref(response).content ?? {})) {
          if (!Object.keys(media.examples ?? {}).length) missing.push(`${label(operation)} ${status} ${type}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows derived fields as @thuiszitters/domain derives them (on the day of the last update)', () => {
    const cases = [
      readExample('case.json'),
      readExample('case-closed.json'),
      ...(readExample('case-list.json') as Json).items,
      (readExample('problem-412.json') as Json).current,
    ] as Json[];
    for (const example of cases) {
      expect(example.derived, example.id).toEqual(deriveCase(example as unknown as CaseFacts, {}, example.updatedAt.slice(0, 10)));
    }
  });

  it('uses fictional data only: the example region, made-up schools, no 9-digit numbers', () => {
    const all = exampleFiles.map((f) => readFileSync(resolve(examplesDir, f), 'utf8')).join('\n');
    expect(all).not.toMatch(/(?<![0-9])[0-9]{9}(?![0-9])/);
    for (const swv of all.matchAll(/"swvCode": "([^"]+)"/g)) expect(swv[1]).toBe('VO2801');
    for (const gm of all.matchAll(/"municipalityCode": "([^"]+)"/g)) expect(gm[1]).toBe('GM0599');
  });
});

describe('operations', () => {
  it('has exactly the operations of the brief, at their method and path', () => {
    const actual = Object.fromEntries(operations.map(({ method, path, op }) => [op.operationId, [method, path]]));
    expect(actual).toEqual(BRIEF_OPERATIONS);
  });

  it.each(operations.map((o) => [label(o), o] as const))('%s is documented and secured', (_, { op }) => {
    expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(op.summary?.length).toBeGreaterThan(0);
    expect(op.description?.length).toBeGreaterThan(0);
    expect(op.tags?.length).toBeGreaterThan(0);
    for (const tag of op.tags) expect(spec.tags.map((t: Json) => t.name)).toContain(tag);
    expect(op.security).toHaveLength(1);
    const scopes: string[] = op.security[0].bearerAuth;
    expect(Array.isArray(scopes)).toBe(true);
    // The scopes in the security requirement are also named in the description.
    for (const scope of scopes) expect(op.description).toContain(`\`${scope}\``);
  });

  it.each(operations.map((o) => [label(o), o] as const))('%s answers 400, problem+json on errors and API-Version everywhere', (_, { op }) => {
    expect(op.responses['400']).toBeDefined();
    expect(op.responses['401']).toBeDefined();
    expect(op.responses['500']).toBeDefined();
    for (const [status, ref] of Object.entries<Json>(op.responses)) {
      const response = deref(ref);
      expect(response.headers?.['API-Version']?.$ref, `${status} API-Version`).toBe('#/components/headers/API-Version');
      if (/^[45]/.test(status)) {
        expect(Object.keys(response.content ?? {}), `${status} content types`).toEqual(['application/problem+json']);
        const schemaRef = response.content['application/problem+json'].schema.$ref;
        expect(['#/components/schemas/Problem', '#/components/schemas/PreconditionFailedProblem']).toContain(schemaRef);
        if (status === '412') expect(schemaRef).toBe('#/components/schemas/PreconditionFailedProblem');
      }
      if (status === '429' || status === '503') {
        expect(response.headers['Retry-After']?.$ref).toBe('#/components/headers/Retry-After');
      }
    }
    expect(Object.keys(op.responses).some((s) => /^2/.test(s))).toBe(true);
  });

  it('operations with If-Match answer 412 and 428; those with Idempotency-Key answer 409', () => {
    for (const operation of operations) {
      const names = (operation.op.parameters ?? []).map((p: Json) => deref(p).name);
      if (names.includes('If-Match')) {
        expect(operation.op.responses, label(operation)).toHaveProperty('412');
        expect(operation.op.responses, label(operation)).toHaveProperty('428');
      }
      if (names.includes('Idempotency-Key')) expect(operation.op.responses, label(operation)).toHaveProperty('409');
    }
    const withIfMatch = operations.filter((o) => (o.op.parameters ?? []).some((p: Json) => deref(p).name === 'If-Match'));
    expect(withIfMatch.map((o) => o.op.operationId).sort()).toEqual(['closeCase', 'reopenCase', 'updateCase', 'updateRoutekaartPoint']);
    const withKey = operations.filter((o) => (o.op.parameters ?? []).some((p: Json) => deref(p).name === 'Idempotency-Key'));
    expect(withKey.map((o) => o.op.operationId).sort()).toEqual(['addCaseEvent', 'createCase', 'createRoutekaartAssessment', 'createSubscription']);
    const key = deref(spec.components.parameters.IdempotencyKey);
    expect([key.required, key.schema.minLength, key.schema.maxLength]).toEqual([true, 8, 128]);
  });

  it('case and assessment responses carry an ETag; created resources a Location', () => {
    const byId = Object.fromEntries(operations.map((o) => [o.op.operationId, o.op]));
    const withEtag = ['createCase', 'getCase', 'updateCase', 'closeCase', 'reopenCase', 'createRoutekaartAssessment', 'getRoutekaartAssessment', 'updateRoutekaartPoint'];
    for (const id of withEtag) {
      const [status, response] = Object.entries<Json>(byId[id].responses).find(([s]) => /^2/.test(s))!;
      expect(response.headers?.ETag?.$ref, `${id} ${status}`).toBe('#/components/headers/ETag');
    }
    for (const id of ['createCase', 'createRoutekaartAssessment']) {
      expect(byId[id].responses['201'].headers.Location.$ref).toBe('#/components/headers/Location');
    }
    expect(byId.addCaseEvent.responses['201']).toBeDefined();
  });
});

describe('schemas', () => {
  const schemas: Json = spec.components.schemas;

  it('CaseEventCreate has one variant per addable event type, and its discriminator mapping agrees', () => {
    const all: string[] = schemas.CaseEventType.enum;
    const notAddable = ['lrvThresholdPassed', 'normExceeded', 'caseReported', 'caseClosed', 'caseReopened'];
    const variants = (schemas.CaseEventCreate.oneOf as Json[]).map((v) => v.$ref as string);
    const types = variants.map((ref) => deref<Json>({ $ref: ref }).properties.type.const as string);
    expect(types.sort()).toEqual(all.filter((t) => !notAddable.includes(t)).sort());
    const mapping: Json = schemas.CaseEventCreate.discriminator.mapping;
    for (const ref of variants) {
      const type = deref<Json>({ $ref: ref }).properties.type.const;
      expect(mapping[type]).toBe(ref);
      expect(deref<Json>({ $ref: ref }).required).toContain('type');
    }
  });

  it('marks the server-made fields of Case read-only and keeps them out of CaseCreate and CaseUpdate', () => {
    const readOnly = ['id', 'version', 'createdAt', 'updatedAt', 'status', 'swvCode', 'closure', 'derived'];
    for (const field of readOnly) {
      expect(schemas.Case.properties[field].readOnly, field).toBe(true);
      expect(schemas.CaseCreate.properties).not.toHaveProperty(field);
      expect(schemas.CaseUpdate.properties).not.toHaveProperty(field);
    }
    expect(Object.keys(schemas.CaseUpdate.properties).sort()).toEqual(Object.keys(schemas.CaseCreate.properties).sort());
    expect(schemas.CaseUpdate.required ?? []).toEqual([]);
  });

  it('every object a client writes refuses unknown members', () => {
    const open: string[] = [];
    const seen = new Set<unknown>();
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      const schema = node as Json;
      if (schema.$ref) return walk(deref(schema), schema.$ref);
      const isObject = schema.type === 'object' || (Array.isArray(schema.type) && schema.type.includes('object')) || schema.properties;
      // A bare oneOf/anyOf wrapper (CaseEventCreate) is as closed as its branches, which are walked.
      const isWrapper = !schema.properties && (schema.oneOf || schema.anyOf);
      if (isObject && !isWrapper && schema.additionalProperties !== false) open.push(where);
      for (const key of ['properties']) for (const [name, sub] of Object.entries<Json>(schema[key] ?? {})) walk(sub, `${where}.${name}`);
      for (const key of ['items', 'not']) walk(schema[key], `${where}.${key}`);
      for (const key of ['oneOf', 'anyOf', 'allOf']) for (const sub of schema[key] ?? []) walk(sub, where);
    };
    for (const operation of operations) {
      for (const media of Object.values<Json>(operation.op.requestBody?.content ?? {})) walk(media.schema, label(operation));
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(open).toEqual([]);
  });

  it('bounds every string, array and integer', () => {
    const unbounded: string[] = [];
    const boundedFormats = ['date', 'date-time', 'uuid'];
    const visit = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}[${i}]`));
      const schema = node as Json;
      const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
      if (types.includes('string') && schema.maxLength === undefined && !schema.enum && schema.const === undefined && !boundedFormats.includes(schema.format)) unbounded.push(`${where} (string)`);
      if (types.includes('array') && schema.maxItems === undefined) unbounded.push(`${where} (array)`);
      if (types.includes('integer') && (schema.minimum === undefined || schema.maximum === undefined) && schema.const === undefined) unbounded.push(`${where} (integer)`);
      for (const [key, value] of Object.entries(schema)) if (key !== 'examples' && key !== 'default') visit(value, `${where}.${key}`);
    };
    visit(schemas, 'components.schemas');
    visit(spec.components.parameters, 'components.parameters');
    for (const operation of operations) visit(operation.op.parameters, label(operation));
    expect(unbounded).toEqual([]);
  });

  it('has no BSN or PGN anywhere', () => {
    const names: string[] = [];
    const collect = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        names.push(key);
        if (key === 'name' && typeof value === 'string') names.push(value);
        collect(value);
      }
    };
    collect(spec.paths);
    collect(spec.components.schemas);
    collect(spec.components.parameters);
    expect(names.filter((n) => /bsn|pgn|burgerservice|persoonsgebonden/i.test(n))).toEqual([]);
  });
});

describe('the schemas refuse what they must', () => {
  const caseCreate = readExample('case-create.json') as Json;
  const meetingHeld = readExample('case-event-create-meeting-held.json') as Json;

  it('accepts the example case and a minimal one (sanity check for the negative cases)', () => {
    expect(errorsOf('CaseCreate', caseCreate)).toEqual([]);
    const { lead: _l, voice: _v, offer: _o, notes: _n, ...minimal } = clone(caseCreate);
    expect(errorsOf('CaseCreate', minimal)).toEqual([]);
  });

  it('refuses an unknown field, top-level and nested', () => {
    expect(errorsOf('CaseCreate', { ...clone(caseCreate), bsn: 'x' })).not.toEqual([]);
    const nested = clone(caseCreate);
    nested.school.naam = 'Voorbeeldcollege';
    expect(errorsOf('CaseCreate', nested)).not.toEqual([]);
    expect(errorsOf('CaseUpdate', { notes: 'x', derived: {} })).not.toEqual([]);
  });

  it('refuses a 9-digit pupilRef (could be a BSN) but accepts other references', () => {
    expect(errorsOf('CaseCreate', { ...clone(caseCreate), pupilRef: '123456782' })).not.toEqual([]);
    expect(errorsOf('CaseUpdate', { pupilRef: '123456782' })).not.toEqual([]);
    expect(errorsOf('CaseCreate', { ...clone(caseCreate), pupilRef: '1234567820' })).toEqual([]);
    expect(errorsOf('CaseCreate', { ...clone(caseCreate), pupilRef: 'a b' })).not.toEqual([]);
    expect(errorsOf('CaseCreate', { ...clone(caseCreate), pupilRef: 'abc' })).not.toEqual([]);
  });

  it('refuses bad dates and year-months', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '21-09-2026', '2026-09-07T00:00:00Z']) {
      const value = clone(caseCreate);
      value.absence.firstDayOfAbsence = bad;
      expect(errorsOf('CaseCreate', value), bad).not.toEqual([]);
    }
    expect(errorsOf('CaseCreate', { ...clone(caseCreate), birthYearMonth: '2012-13' })).not.toEqual([]);
    expect(errorsOf('CaseClosure', { closedOn: 'yesterday', reason: 'overig' })).not.toEqual([]);
  });

  it('refuses derived and closure events, unknown types and data of another type', () => {
    for (const type of ['lrvThresholdPassed', 'normExceeded', 'caseClosed', 'caseReopened', 'somethingElse']) {
      expect(errorsOf('CaseEventCreate', { type, occurredOn: '2026-10-06', data: {} }), type).not.toEqual([]);
    }
    expect(errorsOf('CaseEventCreate', { ...clone(meetingHeld), data: { reportNumber: 'DUO-1' } })).not.toEqual([]);
    expect(errorsOf('CaseEventCreate', { type: 'note', occurredOn: '2026-10-06', summary: 'Belafspraak met ouders.' })).toEqual([]);
    expect(errorsOf('CaseEventCreate', { type: 'reportedToDuo', occurredOn: '2026-10-06' })).not.toEqual([]);
  });

  it('refuses an empty update, a case without reasons and out-of-range numbers', () => {
    expect(errorsOf('CaseUpdate', {})).not.toEqual([]);
    const { reasons: _r, ...withoutReasons } = clone(caseCreate);
    expect(errorsOf('CaseCreate', withoutReasons)).not.toEqual([]);
    expect(errorsOf('CaseUpdate', { offer: { type: 'eigenSchool', startDate: '2026-11-18', hoursPerWeek: 61 } })).not.toEqual([]);
    expect(errorsOf('CaseUpdate', { lead: null, offer: null, notes: null })).toEqual([]);
  });

  it('keeps Problem open to extension members but requires status, title and detail', () => {
    expect(errorsOf('Problem', { status: 404, title: 'Not Found', detail: 'x', traceId: 'abc' })).toEqual([]);
    expect(errorsOf('Problem', { status: 404, title: 'Not Found' })).not.toEqual([]);
    expect(errorsOf('PreconditionFailedProblem', { status: 412, title: 'Precondition Failed', detail: 'x' })).not.toEqual([]);
  });
});
