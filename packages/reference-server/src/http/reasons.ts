// Ajv's errors as the `reason` of an invalidParams entry: one readable English sentence per
// JSON Schema keyword the contract uses (Ajv's own texts read "must NOT have more than 64
// characters" or "must NOT be valid"). The field itself is in `name`, so a reason says what the
// value must be. Elements show their own Dutch or English texts; these are for developers.
import type { ErrorObject } from 'ajv/dist/2020.js';

const FORMATS: Record<string, string> = {
  date: 'a date in the form YYYY-MM-DD, e.g. 2026-09-07',
  'date-time': 'a date and time in RFC 3339 form, e.g. 2026-09-07T08:30:00Z',
  uuid: 'a UUID, e.g. 0b7f3c3e-5d8a-4f7e-9a51-2f6c1d0e8b4a',
  uri: 'an absolute URL, e.g. https://example.nl/verslag',
  'uri-reference': 'a URL or a relative reference, e.g. /v1/cases',
  email: 'an e-mail address',
};

const TYPES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

const list = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The keywords this file has a sentence for; a test checks that the contract uses no other. */
export const DESCRIBED_KEYWORDS = [
  'required', 'additionalProperties', 'unevaluatedProperties', 'type', 'enum', 'const', 'format', 'pattern',
  'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'not', 'oneOf', 'anyOf',
  'discriminator', 'false schema',
] as const;

/** The sentence for one Ajv error (Ajv compiled with `verbose: true`, for `not`). */
export function reasonOf(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'This field is required.';
    case 'additionalProperties':
    case 'unevaluatedProperties':
    case 'false schema':
      return 'This field is not part of the contract here; leave it out.';
    case 'type': {
      const types = String(p.type).split(',').map((t) => TYPES[t] ?? t);
      return `Must be ${types.join(' or ')}.`;
    }
    case 'enum':
      return `Must be one of: ${list(p.allowedValues as unknown[])}.`;
    case 'const':
      return `Must be ${JSON.stringify(p.allowedValue)}.`;
    case 'format':
      return `Must be ${FORMATS[String(p.format)] ?? `a valid ${String(p.format)}`}.`;
    case 'pattern':
      return `Does not have the expected form (the pattern ${String(p.pattern)}).`;
    case 'minLength':
      return p.limit === 1 ? 'Must not be empty.' : `Must be at least ${plural(Number(p.limit), 'character', 'characters')} long.`;
    case 'maxLength':
      return `Must be at most ${plural(Number(p.limit), 'character', 'characters')} long.`;
    case 'minimum':
      return `Must be ${String(p.limit)} or more.`;
    case 'maximum':
      return `Must be ${String(p.limit)} or less.`;
    case 'exclusiveMinimum':
      return `Must be more than ${String(p.limit)}.`;
    case 'exclusiveMaximum':
      return `Must be less than ${String(p.limit)}.`;
    case 'multipleOf':
      return `Must be a multiple of ${String(p.multipleOf)}.`;
    case 'minItems':
      return p.limit === 1 ? 'Must have at least one item.' : `Must have at least ${String(p.limit)} items.`;
    case 'maxItems':
      return `Must have at most ${plural(Number(p.limit), 'item', 'items')}.`;
    case 'uniqueItems':
      return `Must not contain the same item twice (items ${String(p.j)} and ${String(p.i)} are equal).`;
    case 'minProperties':
      return `Must have at least ${plural(Number(p.limit), 'field', 'fields')}.`;
    case 'maxProperties':
      return `Must have at most ${plural(Number(p.limit), 'field', 'fields')}.`;
    case 'not':
      return notReason(error.schema);
    case 'oneOf':
      return p.passingSchemas ? 'Fits more than one of the allowed shapes; it must fit exactly one.' : 'Does not match any of the allowed shapes.';
    case 'anyOf':
      return 'Does not match any of the allowed shapes.';
    case 'discriminator':
      return p.error === 'tag'
        ? `Must have a text field ${JSON.stringify(p.tag)} naming its type.`
        : `Has an unknown ${JSON.stringify(p.tag)}: ${JSON.stringify(p.tagValue)}.`;
    default:
      return `Is not valid here (${error.keyword}).`;
  }
}

/** `not` forbids a shape; say which. */
function notReason(schema: unknown): string {
  const s = (schema ?? {}) as Record<string, unknown>;
  // The contract may say in words what it forbids (PupilRef: no bare 9-digit number).
  if (typeof s.description === 'string') return s.description.trim();
  if (typeof s.pattern === 'string') return `Must not have the form ${s.pattern}.`;
  if ('const' in s) return `Must not be ${JSON.stringify(s.const)}.`;
  if (Array.isArray(s.enum)) return `Must not be one of: ${list(s.enum)}.`;
  if (Array.isArray(s.required)) return `Must not contain ${list(s.required)}.`;
  return 'Is a value that is not allowed here.';
}
