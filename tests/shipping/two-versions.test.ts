// Two different versions of the single-file bundle on one page (two vendors' widgets, or an old and a
// new release): the second copy must not throw, it warns once per tag, and the first copy's
// elements stay registered and keep working. Real Chromium, the built dist/thuiszitters.bundle.js (the
// second version is the same file with another KIT_VERSION, as a later release would differ).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium, serveFiles } from '../e2e/harness.ts';

const bundlePath = resolve(import.meta.dirname, '../../packages/components/dist/thuiszitters.bundle.js');
const TAGS = ['tz-provider', 'tz-melding-form', 'tz-case-list', 'tz-case-timeline', 'tz-reason-chart', 'tz-dashboard', 'tz-routekaart-checklist'];

const page = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>twee versies</title></head>
<body>
  <script type="module" src="/first/thuiszitters.js"></script>
  <tz-melding-form pupil-ref="LVS-000123" today="2026-11-20"></tz-melding-form>
  <script type="module" src="/second/thuiszitters.js"></script>
</body></html>`;

let server: Awaited<ReturnType<typeof serveFiles>>;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const first = readFileSync(bundlePath, 'utf8');
  const second = first.replace(/"0\.1\.0"/g, '"9.9.9-second"');
  if (second === first) throw new Error('KIT_VERSION not found in the bundle: cannot make a second version');
  const files: Record<string, [string, string]> = {
    '/': ['text/html', page],
    '/first/thuiszitters.js': ['text/javascript', first],
    '/second/thuiszitters.js': ['text/javascript', second],
  };
  server = await serveFiles(files);
  origin = server.origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('two versions of the drop-in bundle on one page', () => {
  it('the second warns per tag and does not throw; the first keeps working', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const pageErrors: string[] = [];
    const warnings: string[] = [];
    const errors: string[] = [];
    tab.on('pageerror', (error) => pageErrors.push(String(error)));
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
      if (message.type() === 'error') errors.push(message.text());
    });
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => !!document.querySelector('tz-melding-form')?.shadowRoot?.querySelector('form'));

    expect(pageErrors).toEqual([]);
    expect(errors).toEqual([]);
    for (const tag of TAGS) {
      const warning = warnings.find((w) => w.includes(`<${tag}> is already defined`));
      expect(warning, `warning for <${tag}>`).toBeDefined();
      expect(warning).toContain('0.1.0');
      expect(warning).toContain('9.9.9-second');
    }
    const registered = await tab.evaluate(
      (tags) => tags.map((tag) => (customElements.get(tag) as unknown as { kitVersion?: string } | undefined)?.kitVersion),
      TAGS,
    );
    expect(registered).toEqual(TAGS.map(() => '0.1.0'));

    // The first version's form still works after the second loaded: a refused submit shows the error summary.
    await tab.evaluate(() => document.querySelector('tz-melding-form')!.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await tab.waitForFunction(() => !!document.querySelector('tz-melding-form')?.shadowRoot?.querySelector('[part~="error-summary"]'));
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
