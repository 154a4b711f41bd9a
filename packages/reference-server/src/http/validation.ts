// Request validators compiled from the OpenAPI document's own schemas (JSON Schema 2020-12):
// nothing here knows what a case looks like.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { InvalidParam } from './problem.js';
import { reasonOf } from './reasons.js';
import { resolveRef, type JsonSchema, type OpenApiDocument, type SpecOperation, type SpecParameter } from './spec.js';

// ajv-formats is CommonJS; under ESM its function sits on `.default` in some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

const COMPONENTS_ID = 'urn:thuiszitters:openapi:components';

/** Rewrites `#/components/schemas/X` into a reference to the registered components schema. */
function rewriteRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rewriteRefs);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      out[key] = `${COMPONENTS_ID}#/$defs/${value.slice('#/components/schemas/'.length)}`;
    } else if (key === 'example' || key === 'examples' || key === 'xml' || key === 'externalDocs') {
      // annotations only
    } else if (key === 'discriminator' && value && typeof value === 'object') {
      // Ajv's discriminator reads the tag from each branch's `const`; `mapping` says the same.
      const { mapping: _mapping, ...rest } = value as Record<string, unknown>;
      out[key] = rest;
    } else {
      out[key] = rewriteRefs(value);
    }
  }
  return out;
}

function newAjv(document: OpenApiDocument, coerce: boolean, discriminator: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false, // OpenAPI adds keywords (discriminator, x-*) that are annotations here
    allErrors: true,
    discriminator,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: coerce,
    // Errors carry the failing schema, so a `not` can be explained (http/reasons.ts).
    verbose: true,
  });
  addFormats(ajv);
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: rewriteRefs(document.components?.schemas ?? {}) as object });
  return ajv;
}

function compileWithFallback(makeAjv: (discriminator: boolean) => Ajv2020, schema: unknown): ValidateFunction {
  try {
    return makeAjv(true).compile(schema as object);
  } catch {
    // The discriminator keyword has constraints Ajv enforces; without it oneOf still validates.
    return makeAjv(false).compile(schema as object);
  }
}

export interface RequestParts {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
  contentType: string | undefined;
  hasBody: boolean;
}

export interface ValidatedRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  body: unknown;
}

export type OperationValidator = (parts: RequestParts) =>
  | { ok: true; value: ValidatedRequest }
  | { ok: false; status: 400 | 415; invalidParams: InvalidParam[] };

/** Headers whose absence is answered by the operation itself (428), not by validation (400). */
const HEADERS_CHECKED_BY_OPERATION = new Set(['if-match']);

function parameterSchema(parameters: SpecParameter[], location: SpecParameter['in'], closed: boolean): object {
  const inLocation = parameters.filter((parameter) => parameter.in === location);
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const parameter of inLocation) {
    const key = location === 'header' ? parameter.name.toLowerCase() : parameter.name;
    properties[key] = rewriteRefs(parameter.schema);
    if (parameter.required && !(location === 'header' && HEADERS_CHECKED_BY_OPERATION.has(key))) {
      required.push(key);
    }
  }
  return { type: 'object', properties, required, additionalProperties: !closed };
}

/** The segments of the offending member: the instance path plus the missing/unknown property. */
function segmentsOf(error: ErrorObject): string[] {
  const params = error.params as Record<string, unknown>;
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') segments.push(String(params.missingProperty));
  if (error.keyword === 'additionalProperties') segments.push(String(params.additionalProperty));
  if (error.keyword === 'unevaluatedProperties') segments.push(String(params.unevaluatedProperty));
  return segments;
}

/** The contract's field path: `absence.firstDayOfAbsence`, `reasons.secondary[1]`; `body` for the whole body. */
export function fieldPath(segments: string[]): string {
  let path = '';
  for (const segment of segments) {
    if (/^(0|[1-9][0-9]*)$/.test(segment)) path += `[${segment}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path === '' ? 'body' : path;
}

/** Ajv errors → invalidParams: body members by field path, parameters by their name. */
export function toInvalidParams(
  errors: ErrorObject[] | null | undefined,
  location: 'body' | SpecParameter['in'],
  names?: Map<string, string>,
): InvalidParam[] {
  const seen = new Set<string>();
  const result: InvalidParam[] = [];
  for (const error of errors ?? []) {
    // oneOf/anyOf summaries repeat what their branches said (a oneOf that several branches
    // match has no branch errors: that one is reported).
    const matchedSeveral = error.keyword === 'oneOf' && (error.params as { passingSchemas?: unknown }).passingSchemas;
    if ((error.keyword === 'oneOf' && !matchedSeveral) || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const segments = segmentsOf(error);
    const name = location === 'body' ? fieldPath(segments) : (names?.get(segments[0] ?? '') ?? segments[0] ?? location);
    const reason =
      location === 'body' || (error.keyword !== 'additionalProperties' && error.keyword !== 'required')
        ? reasonOf(error)
        : error.keyword === 'required'
          ? `This ${location === 'header' ? 'header' : `${location} parameter`} is required.`
          : `This is not a known ${location} parameter.`;
    const key = `${name}\u0000${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ name, reason });
  }
  if (result.length === 0 && (errors?.length ?? 0) > 0) {
    result.push({ name: location === 'body' ? 'body' : String(location), reason: 'Does not match the schema of the contract.' });
  }
  return result;
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase();
}

export function compileValidators(document: OpenApiDocument, operations: SpecOperation[]): Map<string, OperationValidator> {
  const paramAjvs = new Map<boolean, Ajv2020>();
  const bodyAjvs = new Map<boolean, Ajv2020>();
  const paramAjv = (discriminator: boolean) => {
    if (!paramAjvs.has(discriminator)) paramAjvs.set(discriminator, newAjv(document, true, discriminator));
    return paramAjvs.get(discriminator)!;
  };
  const bodyAjv = (discriminator: boolean) => {
    if (!bodyAjvs.has(discriminator)) bodyAjvs.set(discriminator, newAjv(document, false, discriminator));
    return bodyAjvs.get(discriminator)!;
  };

  const validators = new Map<string, OperationValidator>();
  for (const operation of operations) {
    const pathValidator = compileWithFallback(paramAjv, parameterSchema(operation.parameters, 'path', false));
    const queryValidator = compileWithFallback(paramAjv, parameterSchema(operation.parameters, 'query', true));
    const headerValidator = compileWithFallback(paramAjv, parameterSchema(operation.parameters, 'header', false));
    const headerNames = new Map(
      operation.parameters.filter((p) => p.in === 'header').map((p) => [p.name.toLowerCase(), p.name]),
    );
    const headerKeys = [...headerNames.keys()];
    const bodyValidators = new Map<string, ValidateFunction>();
    for (const [mediaType, schema] of Object.entries(operation.requestBody?.content ?? {})) {
      bodyValidators.set(mediaType.toLowerCase(), compileWithFallback(bodyAjv, rewriteRefs(schema)));
    }

    validators.set(operation.operationId, (parts) => {
      const invalidParams: InvalidParam[] = [];
      const params = { ...parts.params };
      if (!pathValidator(params)) invalidParams.push(...toInvalidParams(pathValidator.errors, 'path'));
      const query = { ...parts.query };
      if (!queryValidator(query)) invalidParams.push(...toInvalidParams(queryValidator.errors, 'query'));
      // Only the headers the spec declares are validated; the rest belong to HTTP.
      const headers: Record<string, unknown> = {};
      for (const key of headerKeys) if (parts.headers[key] !== undefined) headers[key] = parts.headers[key];
      if (!headerValidator(headers)) invalidParams.push(...toInvalidParams(headerValidator.errors, 'header', headerNames));

      let body: unknown = undefined;
      if (operation.requestBody) {
        if (!parts.hasBody) {
          if (operation.requestBody.required) invalidParams.push({ name: 'body', reason: 'A request body is required.' });
        } else {
          const mediaType = mediaTypeOf(parts.contentType) ?? '';
          const validate = bodyValidators.get(mediaType);
          if (!validate) {
            return {
              ok: false,
              status: 415,
              invalidParams: [
                { name: 'Content-Type', reason: `Must be one of: ${[...bodyValidators.keys()].join(', ')}.` },
              ],
            };
          }
          body = parts.body;
          if (!validate(body)) invalidParams.push(...toInvalidParams(validate.errors, 'body'));
        }
      }
      if (invalidParams.length > 0) return { ok: false, status: 400, invalidParams };
      const headerValues: Record<string, string | undefined> = {};
      for (const [lower, name] of headerNames) {
        const value = headers[lower] ?? parts.headers[lower];
        headerValues[name] = value === undefined ? undefined : String(value);
        headerValues[lower] = headerValues[name];
      }
      return {
        ok: true,
        value: { params: params as Record<string, string>, query, headers: headerValues, body },
      };
    });
  }
  return validators;
}

export type ResponseValidator = (status: number, contentType: string | undefined, body: unknown) => string[];

/**
 * Validators of the responses the contract documents, by operationId: for a status and media
 * type, the list of schema violations of a body (empty when it conforms). Used by tests to check
 * that what the server answers is what the contract promises.
 */
export function compileResponseValidators(document: OpenApiDocument, operations: SpecOperation[]): Map<string, ResponseValidator> {
  const ajvs = new Map<boolean, Ajv2020>();
  const ajvFor = (discriminator: boolean) => {
    if (!ajvs.has(discriminator)) ajvs.set(discriminator, newAjv(document, false, discriminator));
    return ajvs.get(discriminator)!;
  };
  const validators = new Map<string, ResponseValidator>();
  for (const operation of operations) {
    const raw = (document.paths[operation.path]?.[operation.method.toLowerCase()] as { responses?: Record<string, unknown> })?.responses ?? {};
    const compiled = new Map<string, Map<string, ValidateFunction>>();
    for (const [status, response] of Object.entries(raw)) {
      const resolved = resolveRef(document, response) as { content?: Record<string, { schema?: JsonSchema }> };
      const byType = new Map<string, ValidateFunction>();
      for (const [mediaType, media] of Object.entries(resolved.content ?? {})) {
        byType.set(mediaType, compileWithFallback(ajvFor, rewriteRefs(media.schema ?? {})));
      }
      compiled.set(status, byType);
    }
    validators.set(operation.operationId, (status, contentType, body) => {
      const byType = compiled.get(String(status)) ?? compiled.get(`${String(status)[0]}XX`) ?? compiled.get('default');
      if (!byType) return [`status ${status} is not documented`];
      const mediaType = mediaTypeOf(contentType) ?? '';
      if (byType.size === 0) return body === undefined || body === '' ? [] : ['a body where the contract documents none'];
      const validate = byType.get(mediaType);
      if (!validate) return [`media type ${mediaType} is not documented for ${status}`];
      if (validate(body)) return [];
      return toInvalidParams(validate.errors, 'body').map((problem) => `${problem.name} ${problem.reason}`);
    });
  }
  return validators;
}
