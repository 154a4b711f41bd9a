// The generated React wrappers at run time: a small React 19 app (consumer/react-app.tsx, bundled
// here with esbuild against the built packages, the way an app's bundler would) in Chromium.
// The wrapper registers the tag, sets props as element properties and calls `on…` props with
// the element's events.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium, serveFiles } from '../e2e/harness.ts';

/** What consumer/react-app.tsx puts on window: one line per event its `on…` props received. */
interface AppWindow {
  tzReactLog: string[];
}

let server: Awaited<ReturnType<typeof serveFiles>>;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, 'consumer/react-app.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const files: Record<string, [string, string]> = {
    '/': ['text/html', '<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>React</title></head><body><main id="root"></main><script type="module" src="/app.js"></script></body></html>'],
    '/app.js': ['text/javascript', bundle.outputFiles[0].text],
  };
  server = await serveFiles(files);
  origin = server.origin;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('@thuiszitters/react in a React 19 app', () => {
  it('renders the element with its props as properties and calls onTzMeldingInvalid', async () => {
    const tab = await browser.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    tab.on('pageerror', (error) => pageErrors.push(String(error)));
    tab.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => !!document.querySelector('tz-melding-form')?.shadowRoot?.querySelector('button[type="submit"]'));

    const state = await tab.evaluate(() => {
      const el = document.querySelector('tz-melding-form')!;
      return { defined: !!customElements.get('tz-melding-form'), pupilRef: el.pupilRef, today: el.today, lang: el.lang };
    });
    expect(state).toEqual({ defined: true, pupilRef: 'LVS-000123', today: '2026-11-20', lang: 'en' });

    await tab.evaluate(() => document.querySelector('tz-melding-form')!.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await tab.waitForFunction(() => (window as unknown as AppWindow).tzReactLog.length > 0);
    const log = await tab.evaluate(() => (window as unknown as AppWindow).tzReactLog);
    expect(log[0]).toMatch(/^invalid:[1-9]\d*$/);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await tab.close();
  });
});
