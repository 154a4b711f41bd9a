// Reads the OpenAPI document and lists its operations with parameters, body and security
// resolved, so routes and validators can be compiled from it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type JsonSchema = Record<string, unknown> | boolean;

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, JsonSchema>; [key: string]: unknown };
  security?: Array<Record<string, string[]>>;
  [key: string]: unknown;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface SpecParameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema: JsonSchema;
}

export interface SpecOperation {
  operationId: string;
  method: string; // upper case
  /** As written in the spec, e.g. `/cases/{caseId}`. */
  path: string;
  parameters: SpecParameter[];
  requestBody: { required: boolean; content: Record<string, JsonSchema> } | null;
  /** null: no authentication; otherwise the scopes the spec requires (may be empty). */
  scopes: string[] | null;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export function loadSpec(path: string): OpenApiDocument {
  const document = parse(readFileSync(path, 'utf8')) as OpenApiDocument;
  if (!document || typeof document !== 'object' || !document.paths || !document.info?.version) {
    throw new Error(`${path} is not an OpenAPI document with info.version and paths`);
  }
  return document;
}

/** Follows a local `$ref` (`#/components/...`) until it reaches a non-reference object. */
export function resolveRef<T>(document: OpenApiDocument, value: T): T {
  let current: unknown = value;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof (current as { $ref?: unknown }).$ref === 'string') {
    const ref = (current as { $ref: string }).$ref;
    if (!ref.startsWith('#/') || seen.has(ref)) throw new Error(`cannot resolve ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
    if (current === undefined) throw new Error(`cannot resolve ${ref}`);
  }
  return current as T;
}

function securityScopes(requirements: Array<Record<string, string[]>> | undefined): string[] | null {
  if (!requirements || requirements.length === 0) return null;
  // An empty requirement object means "anonymous allowed".
  if (requirements.some((requirement) => Object.keys(requirement).length === 0)) return null;
  return [...new Set(requirements.flatMap((requirement) => Object.values(requirement).flat()))];
}

export function listOperations(document: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(document.paths)) {
    const item = resolveRef(document, rawItem) as Record<string, unknown>;
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      const byKey = new Map<string, SpecParameter>();
      for (const raw of [...shared, ...((operation.parameters as unknown[] | undefined) ?? [])]) {
        const parameter = resolveRef(document, raw) as Record<string, unknown>;
        const location = parameter.in as ParameterLocation;
        byKey.set(`${location}:${String(parameter.name)}`, {
          name: String(parameter.name),
          in: location,
          required: location === 'path' || parameter.required === true,
          schema: (parameter.schema as JsonSchema | undefined) ?? {},
        });
      }
      let requestBody: SpecOperation['requestBody'] = null;
      if (operation.requestBody) {
        const body = resolveRef(document, operation.requestBody) as Record<string, unknown>;
        const content: Record<string, JsonSchema> = {};
        for (const [mediaType, media] of Object.entries((body.content as Record<string, { schema?: JsonSchema }>) ?? {})) {
          content[mediaType] = media.schema ?? {};
        }
        requestBody = { required: body.required === true, content };
      }
      operations.push({
        operationId: String(operation.operationId ?? `${method} ${path}`),
        method: method.toUpperCase(),
        path,
        parameters: [...byKey.values()],
        requestBody,
        scopes: securityScopes(
          (operation.security as Array<Record<string, string[]>> | undefined) ?? document.security,
        ),
      });
    }
  }
  return operations;
}

/** `/cases/{caseId}/events` → `/cases/:caseId/events` (Fastify's router syntax). */
export function toFastifyPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}
