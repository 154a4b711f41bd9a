// Browser tests talk to a REAL reference server (PGlite in memory, demo seed) that the test
// runner proxies on the page's own origin (scripts/wtr-api-proxy.mjs). Network failures are
// injected at the edge with `flakyFetch`, so the SDK, the server and the database stay real.
import { createClient, type ThuiszittersClient } from '@thuiszitters/sdk';

export type TestRole = 'school' | 'otherSchool' | 'swv' | 'leerplicht' | 'otherLeerplicht';

const ROLE_CLAIM: Record<TestRole, 'school' | 'swv' | 'leerplicht'> = {
  school: 'school',
  otherSchool: 'school',
  swv: 'swv',
  leerplicht: 'leerplicht',
  otherLeerplicht: 'leerplicht',
};

export interface TestApi {
  baseUrl: string;
  /** Demo organisation per role: school 12AB00, otherSchool 14CD00, swv VO2801, leerplicht GM9901, otherLeerplicht GM9903. */
  organisations: Record<TestRole, string>;
  token(role: TestRole): Promise<string>;
  client(role: TestRole, options?: { fetch?: typeof fetch }): ThuiszittersClient;
}

let cached: Promise<TestApi> | undefined;

export function testApi(): Promise<TestApi> {
  cached ??= (async () => {
    const info = (await (await fetch('/__tz/test-api')).json()) as { basePath: string; organisations: Record<TestRole, string> };
    const baseUrl = new URL(info.basePath, location.origin).href;
    const tokens = new Map<TestRole, Promise<string>>();
    const token = (role: TestRole) => {
      if (!tokens.has(role)) {
        tokens.set(
          role,
          fetch('/dev/token', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ role: ROLE_CLAIM[role], organisation: info.organisations[role], name: `Test ${role}` }),
          }).then(async (r) => {
            if (!r.ok) throw new Error(`dev token for ${role}: ${r.status} ${await r.text()}`);
            return ((await r.json()) as { accessToken: string }).accessToken;
          }),
        );
      }
      return tokens.get(role)!;
    };
    return {
      baseUrl,
      organisations: info.organisations,
      token,
      client: (role, options = {}) => createClient({ baseUrl, getToken: () => token(role), retry: { limit: 0 }, ...options }),
    };
  })();
  return cached;
}

export interface FlakyFetch {
  fetch: typeof fetch;
  /** Every request that went through, with its method, URL and headers. */
  calls: { method: string; url: string; headers: Headers }[];
  /**
   * Make the next `count` matching requests fail like a dropped connection.
   * `before`: the request never reaches the server. `afterSend`: the server handles it, the
   * answer is lost (the case that only an idempotency key makes safe to retry).
   */
  failNext(count: number, mode?: 'before' | 'afterSend', match?: (method: string, url: string) => boolean): void;
}

export function flakyFetch(base: typeof fetch = globalThis.fetch.bind(globalThis)): FlakyFetch {
  let failures = 0;
  let failMode: 'before' | 'afterSend' = 'before';
  let matcher: (method: string, url: string) => boolean = () => true;
  const calls: FlakyFetch['calls'] = [];
  const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push({ method: request.method, url: request.url, headers: new Headers(request.headers) });
    if (failures > 0 && matcher(request.method, request.url)) {
      failures--;
      if (failMode === 'afterSend') await base(request.clone());
      throw new TypeError('Failed to fetch');
    }
    return base(request);
  }) as typeof fetch;
  return {
    fetch: wrapped,
    calls,
    failNext(count, mode = 'before', match = () => true) {
      failures = count;
      failMode = mode;
      matcher = match;
    },
  };
}
