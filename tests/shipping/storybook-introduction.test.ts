// The static Storybook build renders the introduction's table of elements as a table. Storybook's
// MDX has no GitHub-flavoured tables (no remark-gfm): a Markdown table there is printed as lines of
// pipes, which only shows in the built docs page. So build Storybook and look at the page in Chromium.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium } from '../e2e/harness.ts';

const root = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

let out = '';
let server: Server;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'tz-storybook-'));
  const build = spawnSync('npx', ['storybook', 'build', '-o', out, '--quiet'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`storybook build failed:\n${build.stdout}\n${build.stderr}`);
  server = createServer((req, res) => {
    const path = join(out, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(out) || !statSync(path, { throwIfNoEntry: false })?.isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the static Storybook build', () => {
  it('renders the introduction’s table of elements as a table, not as lines of pipes', async () => {
    expect(readdirSync(out)).toContain('iframe.html');
    const page = await browser.newPage();
    await page.goto(`${origin}/iframe.html?viewMode=docs&id=introductie--docs`);
    const rows = page.locator('#storybook-docs table tbody tr');
    await rows.first().waitFor({ timeout: 45_000 });
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(cells.map((c) => c[0])).toEqual([
      '<tz-provider>',
      '<tz-melding-form>',
      '<tz-case-list>',
      '<tz-case-timeline>',
      '<tz-reason-chart>',
      '<tz-dashboard>',
      '<tz-routekaart-checklist>',
    ]);
    expect(cells.every((c) => c.length === 2 && c[1].length > 10)).toBe(true);
    // No Markdown table was left as text anywhere on the page.
    expect(await page.locator('#storybook-docs').textContent()).not.toMatch(/\|\s*-{3,}\s*\|/);
    await page.close();
  });
});
