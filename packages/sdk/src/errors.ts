// One error type for every way a call can fail, so callers branch on `kind` (or `instanceof`)
// instead of on whatever fetch, ky or the server happened to throw.
import type { InvalidParam, PreconditionFailedProblem, Problem } from './aliases.js';
import type { CorsRefusal } from './cors.js';

/** `http`: the server answered with an error status; the others: no (usable) answer. */
export type ErrorKind = 'http' | 'network' | 'timeout' | 'aborted';

/** Maps a field path (`absence.firstDayOfAbsence`) to the key of a form field. */
export type FieldNameMap = Record<string, string> | ((path: string) => string | undefined);

interface ErrorDetails {
  status?: number;
  problem?: Problem;
  response?: Response;
  cors?: CorsRefusal;
  cause?: unknown;
}

export class ThuiszittersError extends Error {
  readonly kind: ErrorKind;
  /** HTTP status (kind `http` only). */
  readonly status?: number;
  /** The RFC 9457 problem details the server sent (kind `http` only; built from the status line when the body is not JSON). */
  readonly problem?: Problem;
  /** The raw response (kind `http` only), e.g. to read headers. */
  readonly response?: Response;
  /**
   * Kind `network` in a browser: the API on another origin is reachable but did not allow this
   * page's origin (CORS). The fix is on the API: add `pageOrigin` to its allowed origins.
   */
  readonly cors?: CorsRefusal;

  constructor(kind: ErrorKind, message: string, details: ErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.name = 'ThuiszittersError';
    this.kind = kind;
    this.status = details.status;
    this.problem = details.problem;
    this.response = details.response;
    this.cors = details.cors;
  }

  /** The problem's `invalidParams` as `{ fieldKey: reason }`, see {@link mapInvalidParams}. */
  fieldErrors(fieldNameMap?: FieldNameMap): Record<string, string> {
    return mapInvalidParams(this.problem?.invalidParams, fieldNameMap);
  }
}

/**
 * 412 Precondition Failed: the resource changed since the `ifMatch` version. `current` is the
 * server's current resource, so a UI can show what changed and let the user redo the edit.
 */
export class ConflictError<T = PreconditionFailedProblem['current']> extends ThuiszittersError {
  readonly current: T | undefined;

  constructor(message: string, details: ErrorDetails) {
    super('http', message, details);
    this.name = 'ConflictError';
    this.current = (details.problem as { current?: T } | undefined)?.current;
  }
}

/**
 * Turns an `invalidParams` name into a dotted field path: a JSON pointer
 * (`/absence/firstDayOfAbsence`, `#/reasons/secondary/0`) or a path
 * (`absence.firstDayOfAbsence`, `reasons.secondary[0]`) both give `absence.firstDayOfAbsence` / `reasons.secondary.0`.
 */
export function fieldPath(name: string): string {
  const pointer = name.replace(/^#/, '');
  if (pointer.startsWith('/')) {
    return pointer
      .slice(1)
      .split('/')
      .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
      .join('.');
  }
  return name.replace(/\[([^\]]*)\]/g, '.$1').replace(/^\./, '');
}

/**
 * Maps `invalidParams` to form field keys: `{ [fieldKey]: reason }`, first reason per field.
 * Without a map the key is the dotted path. With a map, the path and then each of its ancestors
 * is looked up, so `{ school: 'schoolField' }` also catches `/school/brin`; unmapped paths keep their dotted path.
 */
export function mapInvalidParams(
  invalidParams: readonly InvalidParam[] | null | undefined,
  fieldNameMap?: FieldNameMap,
): Record<string, string> {
  const errors = new Map<string, string>();
  for (const { name, reason } of invalidParams ?? []) {
    const path = fieldPath(name);
    const key = fieldNameMap ? lookUp(path, fieldNameMap) ?? path : path;
    if (!errors.has(key)) errors.set(key, reason);
  }
  return Object.fromEntries(errors);
}

function lookUp(path: string, map: FieldNameMap): string | undefined {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length--) {
    const candidate = segments.slice(0, length).join('.');
    const found = typeof map === 'function' ? map(candidate) : Object.hasOwn(map, candidate) ? map[candidate] : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}
