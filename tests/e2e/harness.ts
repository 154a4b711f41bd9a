// End-to-end harness: a real reference server (PGlite in memory, demo seed) on a random port of
// 127.0.0.1, and Debian's Chromium driven by Playwright. Nothing is mocked.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { createApp, type App } from '../../packages/reference-server/src/app.ts';
import { seedDemoData } from '../../packages/reference-server/src/seed/index.ts';
import { createClient, type ThuiszittersClient } from '@thuiszitters/sdk';


export type Role = 'school' | 'swv' | 'leerplicht';

export interface Stack {
  server: App;
  /** e.g. http://127.0.0.1:39123 */
  origin: string;
  apiBaseUrl: string;
  token(role: Role, organisation: string): Promise<string>;
  client(role: Role, organisation: string): ThuiszittersClient;
  close(): Promise<void>;
}

/** Starts a seeded reference server; `extraOrigins` are allowed by CORS (cross-origin hosts). */
export async function startStack(options: { extraOrigins?: string[]; port?: number } = {}): Promise<Stack> {
  const server = await createApp({
    dataDir: 'memory://',
    databaseUrl: undefined,
    logLevel: 'silent',
    corsOrigins: options.extraOrigins ?? [],
    rateLimit: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
  });
  await seedDemoData(server.db);
  await server.app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const address = server.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  const apiBaseUrl = `${origin}/v1`;
  const tokens = new Map<string, Promise<string>>();
  const token = (role: Role, organisation: string) => {
    const key = `${role}:${organisation}`;
    if (!tokens.has(key)) {
      tokens.set(
        key,
        fetch(`${origin}/dev/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ role, organisation, name: `E2E ${role}` }),
        }).then(async (r) => {
          if (!r.ok) throw new Error(`dev token: ${r.status} ${await r.text()}`);
          return ((await r.json()) as { accessToken: string }).accessToken;
        }),
      );
    }
    return tokens.get(key)!;
  };
  return {
    server,
    origin,
    apiBaseUrl,
    token,
    client: (role, organisation) => createClient({ baseUrl: apiBaseUrl, getToken: () => token(role, organisation) }),
    close: () => server.close(),
  };
}

/** Serves fixed in-memory files (`path → [content type, body]`) on 127.0.0.1, port chosen by the OS. */
export async function serveFiles(files: Record<string, [string, string]>): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** A page that fails the test on uncaught errors; collects console errors for assertions. */
export async function openPage(browser: Browser, url: string, options: { context?: BrowserContext } = {}) {
  const context = options.context ?? (await browser.newContext());
  const page: Page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(url);
  return { page, context, pageErrors, consoleErrors };
}
