// The contract as data, for tests that hold the SDK against it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const specPath = new URL('../../../../openapi/thuiszitters.yaml', import.meta.url);

interface Parameter {
  $ref?: string;
  name?: string;
  in?: string;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
}
interface Spec {
  paths: Record<string, Record<string, Operation | Parameter[]> & { parameters?: Parameter[] }>;
  components?: { parameters?: Record<string, Parameter> };
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  /** Names of header parameters (after resolving `$ref`), e.g. `Idempotency-Key`, `If-Match`. */
  headers: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

export function specOperations(): SpecOperation[] {
  const spec = parse(readFileSync(specPath, 'utf8')) as Spec;
  const resolve = (p: Parameter): Parameter =>
    p.$ref ? (spec.components?.parameters?.[p.$ref.split('/').pop() ?? ''] ?? {}) : p;
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        headers: parameters.filter((p) => p.in === 'header').map((p) => p.name ?? ''),
      });
    }
  }
  return operations;
}
