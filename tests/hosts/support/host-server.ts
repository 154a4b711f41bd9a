// A small static web server for the host pages (node:http on 127.0.0.1, random port): serves
// tests/hosts/pages/**, the kit's one-script-tag entry at /thuiszitters.js (the autoloader) with
// its chunks at /thuiszitters/*, the single-file bundle (and differently versioned copies of it), extra
// folders (a Vite build), and what an LVS back end would give its own page: the API base URL
// (/host-config.json) and a bearer token for the signed-in user (/token). Response headers (a CSP)
// can be set per path.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Role } from '../../e2e/harness.ts';

export const PAGES_DIR = resolve(import.meta.dirname, '../pages');
/** The contract's examples, served at /examples/ for controlled-mode pages. */
export const EXAMPLES_DIR = resolve(import.meta.dirname, '../../../openapi/examples');
const DIST_DIR = resolve(import.meta.dirname, '../../../packages/components/dist');
/** The one-script-tag entry: the autoloader, which imports chunks from `thuiszitters/` beside it. */
export const LOADER_PATH = resolve(DIST_DIR, 'thuiszitters.js');
/** The single-file bundle (every element inside). */
export const BUNDLE_PATH = resolve(DIST_DIR, 'thuiszitters.bundle.js');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The built bundle's text, read once per test file. `npm test` builds first; in a shared working
 * tree another build may be rewriting dist/ right now, so a missing file is waited for a while
 * (the build starts by emptying dist/) before failing with the fix.
 */
export async function readBundle(path = BUNDLE_PATH): Promise<string> {
  const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
  // Within the hooks' 120 s timeout (tests/vitest.config.ts).
  const giveUpAt = Date.now() + 100_000;
  for (;;) {
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      await pause(250);
      // A file still being written grows; take it once it stands still.
      if (text.length > 0 && existsSync(path) && statSync(path).size === Buffer.byteLength(text)) return text;
    }
    if (Date.now() > giveUpAt) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does).`);
    await pause(500);
  }
}

/** The same bundle as another release would be: every KIT_VERSION string replaced. */
export function versionedBundle(bundle: string, version: string): string {
  const copy = bundle.replace(/"0\.1\.0"/g, JSON.stringify(version));
  if (copy === bundle) throw new Error('KIT_VERSION ("0.1.0") not found in the bundle');
  return copy;
}

export interface HostServerOptions {
  /** Extra response headers for a request path (e.g. a CSP for one host page). */
  headers?: (path: string) => Record<string, string> | undefined;
  /** Extra scripts served at fixed paths, e.g. `/v2/thuiszitters.js`. */
  scripts?: Record<string, string>;
  /** URL prefix → folder on disk (e.g. a Vite build in a temp dir). */
  mounts?: Record<string, string>;
}

export interface HostServer {
  origin: string;
  /** Connects the host back end to an API: its base URL for the page, tokens for /token. */
  useApi(apiBaseUrl: string, token: (role: Role, organisation: string) => Promise<string>): void;
  /** Paths requested so far (to prove which files a page loaded). */
  requested: string[];
  close(): Promise<void>;
}

export async function startHostServer(options: HostServerOptions = {}): Promise<HostServer> {
  const loader = await readBundle(LOADER_PATH);
  const scripts: Record<string, string> = { '/thuiszitters.js': loader, ...options.scripts };
  const mounts = { '/thuiszitters/': resolve(DIST_DIR, 'thuiszitters'), ...options.mounts };
  let api: { baseUrl: string; token: (role: Role, organisation: string) => Promise<string> } | undefined;
  const requested: string[] = [];

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const path = decodeURIComponent(url.pathname);
    requested.push(path);
    const extra = options.headers?.(path) ?? {};
    const send = (status: number, type: string, body: string | Buffer) =>
      void res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra }).end(body);

    if (path === '/host-config.json') {
      return send(api ? 200 : 503, TYPES['.json'], JSON.stringify(api ? { apiBaseUrl: api.baseUrl } : { error: 'no API yet' }));
    }
    if (path === '/token') {
      const role = url.searchParams.get('role') as Role | null;
      const organisation = url.searchParams.get('organisation');
      if (!api || !role || !organisation) return send(400, TYPES['.json'], '{"error":"role and organisation needed"}');
      api.token(role, organisation).then(
        (accessToken) => send(200, TYPES['.json'], JSON.stringify({ accessToken })),
        (error: unknown) => send(502, TYPES['.json'], JSON.stringify({ error: String(error) })),
      );
      return;
    }
    if (scripts[path] !== undefined) return send(200, TYPES['.js'], scripts[path]);

    let file: string | undefined;
    for (const [prefix, dir] of Object.entries({ '/examples/': EXAMPLES_DIR, ...mounts })) {
      if (path.startsWith(prefix)) file = safeJoin(dir, path.slice(prefix.length));
    }
    file ??= safeJoin(PAGES_DIR, path);
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) return send(404, 'text/plain; charset=utf-8', 'not found');
    return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requested,
    useApi(baseUrl, token) {
      api = { baseUrl, token };
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** `dir` + a URL path, refusing anything that climbs out of `dir`. */
function safeJoin(dir: string, urlPath: string): string | undefined {
  const full = normalize(join(dir, urlPath));
  return full === dir || full.startsWith(dir + '/') ? full : undefined;
}
