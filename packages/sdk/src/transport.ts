// The one place that talks HTTP: ky does retry, Retry-After, timeout and hooks; this module adds
// the bearer token, Idempotency-Key / If-Match headers, the single re-auth after a 401, and turns
// every failure into a ThuiszittersError.
import ky, { HTTPError, type Hooks, type Options, type RetryOptions } from 'ky';
import type { Problem } from './aliases.js';
import { detectCorsRefusal } from './cors.js';
import { ConflictError, ThuiszittersError } from './errors.js';

export interface ClientOptions {
  /** API root including the version, e.g. `https://lvs.example.nl/api/v1`. */
  baseUrl: string;
  /**
   * Called before every request (and every retry); return the bearer token. After a 401 it is
   * called once more with `{ refresh: true }`, so a caching provider knows to fetch a new token.
   */
  getToken: (request: { refresh: boolean }) => string | null | undefined | Promise<string | null | undefined>;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof globalThis.fetch;
  /** Per attempt, in ms (default 10 000); `false` for none. */
  timeout?: number | false;
  /** Number of retries or ky retry options, merged over the SDK defaults. */
  retry?: number | RetryOptions;
  /** ky hooks, run after the SDK's own (the Authorization header is already set). */
  hooks?: Hooks;
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

export interface RequestSpec {
  method: HttpMethod;
  /** Path below `baseUrl`, parameters already filled in. */
  path: string;
  query?: object;
  body?: unknown;
  /** Sent as it is (a spreadsheet), not as JSON; `contentType` says what it is. */
  rawBody?: string | Blob | ArrayBuffer | Uint8Array;
  contentType?: string;
  /** Present on create-type POSTs: sent as `Idempotency-Key` and makes the POST retriable. */
  idempotencyKey?: string;
  ifMatch?: number | string;
  signal?: AbortSignal;
}

export type Send = <T>(spec: RequestSpec) => Promise<T>;

// Network errors and these statuses are transient; 500 is not (a bug does not heal by retrying).
const DEFAULT_RETRY = {
  limit: 2,
  methods: ['get', 'put', 'head', 'delete', 'options', 'trace'],
  statusCodes: [408, 429, 502, 503, 504],
  afterStatusCodes: [429, 503],
} satisfies RetryOptions;

export function createTransport(options: ClientOptions): Send {
  const base = options.baseUrl.replace(/\/+$/, '');
  const userRetry: RetryOptions = typeof options.retry === 'number' ? { limit: options.retry } : options.retry ?? {};
  const retry: RetryOptions = {
    ...DEFAULT_RETRY,
    ...userRetry,
    // Retry only what can be transient; errors from getToken or hooks go straight to the caller.
    shouldRetry: async (state) => (await userRetry.shouldRetry?.(state)) ?? (isTransient(state.error) ? undefined : false),
  };
  const idempotentRetry: RetryOptions = { ...retry, methods: [...(retry.methods ?? []), 'post'] };
  const userHooks = options.hooks ?? {};
  // The token goes into the first attempt's headers directly (no hook, so ky has no hook to run
  // per request); a retry asks getToken again before it is sent.
  const hooks: Hooks = {
    ...userHooks,
    beforeRetry: [
      async ({ request, options: requestOptions }) => {
        const token = await options.getToken({ refresh: (requestOptions.context as { refresh?: boolean }).refresh === true });
        if (token) request.headers.set('Authorization', `Bearer ${token}`);
      },
      ...(userHooks.beforeRetry ?? []),
    ],
  };

  // Options that are the same for every request, built once: ky merges and copies its options on
  // every call, so each key left out here is work it does not repeat per request.
  const shared: Options = { timeout: options.timeout ?? 10_000, hooks };
  if (options.fetch) shared.fetch = options.fetch;

  return async function send<T>(spec: RequestSpec): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (spec.idempotencyKey !== undefined) headers['Idempotency-Key'] = spec.idempotencyKey;
    if (spec.ifMatch !== undefined) headers['If-Match'] = toEtag(spec.ifMatch);
    if (spec.body !== undefined || spec.rawBody !== undefined) headers['Content-Type'] = spec.contentType ?? 'application/json';
    // The query goes into the URL here rather than through ky's `searchParams`, which would build
    // the Request a second time to swap in the query string (same URL either way).
    const query = toSearchParams(spec.query);
    const url = query ? `${base}${spec.path}?${query}` : base + spec.path;
    // Only the keys this request uses (no `body: undefined` etc.), for the same reason as `shared`.
    const init: Options = { ...shared, method: spec.method, headers, retry: spec.idempotencyKey === undefined ? retry : idempotentRetry };
    if (spec.body !== undefined) init.body = JSON.stringify(spec.body);
    else if (spec.rawBody !== undefined) init.body = spec.rawBody as BodyInit;
    if (spec.signal) init.signal = spec.signal;
    // One extra round after a 401, with getToken asked for a refreshed token.
    for (let round = 0; ; round++) {
      const refresh = round > 0;
      init.context = { refresh };
      try {
        const token = await options.getToken({ refresh });
        if (token) headers.Authorization = `Bearer ${token}`;
        else delete headers.Authorization;
        const response = await ky(url, init);
        return (response.status === 204 ? undefined : await response.json()) as T;
      } catch (error) {
        if (round === 0 && error instanceof HTTPError && error.response.status === 401) continue;
        throw await toThuiszittersError(error, spec.signal, url, options.fetch ?? globalThis.fetch);
      }
    }
  };
}

/** `If-Match` value: a version number becomes the strong ETag `"<version>"`; an ETag passes as is. */
export function toEtag(version: number | string): string {
  const value = String(version);
  return /^(W\/)?"/.test(value) ? value : `"${value}"`;
}

/** Form-style query (OpenAPI default): arrays repeat the key, null/undefined are left out. */
export function toSearchParams(query: object | undefined): URLSearchParams | undefined {
  if (!query) return undefined;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params.size ? params : undefined;
}

function isTransient(error: Error): boolean {
  // fetch rejects with a TypeError when the network fails, in browsers and Node alike.
  return error instanceof HTTPError || error instanceof TypeError || error.name === 'TimeoutError';
}

async function toThuiszittersError(error: unknown, signal: AbortSignal | undefined, url: string, fetchImpl: typeof fetch): Promise<unknown> {
  if (error instanceof HTTPError) {
    const { response } = error;
    const problem = await readProblem(response);
    const message = `${response.status} ${problem.title ?? response.statusText}${problem.detail ? `: ${problem.detail}` : ''}`;
    const details = { status: response.status, problem, response, cause: error };
    return response.status === 412 ? new ConflictError(message, details) : new ThuiszittersError('http', message, details);
  }
  if (signal?.aborted) return new ThuiszittersError('aborted', 'Request aborted', { cause: error });
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return new ThuiszittersError('timeout', error.message, { cause: error });
    if (error.name === 'AbortError') return new ThuiszittersError('aborted', 'Request aborted', { cause: error });
    if (error instanceof TypeError) {
      const cors = await detectCorsRefusal(url, fetchImpl);
      if (!cors) return new ThuiszittersError('network', error.message, { cause: error });
      const message =
        `The browser refused the answer of ${cors.apiOrigin}: the API does not allow requests from this page's origin ${cors.pageOrigin} (CORS). ` +
        `Add ${cors.pageOrigin} to the API's allowed origins.`;
      return new ThuiszittersError('network', message, { cause: error, cors });
    }
  }
  return error;
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', title: response.statusText, status: response.status, detail: '' };
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return fallback;
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' ? ({ ...fallback, ...body } as Problem) : fallback;
  } catch {
    return fallback;
  }
}
