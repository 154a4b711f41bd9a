// Debian's Chromium, headless, driven by Playwright (the project's flags, scripts/chromium.mjs), and the
// pages the browser sections load.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { bundle } from './bundle.js';
import { at, buildDir } from './paths.js';

export { CHROMIUM_PATH };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      // Keep timers and frames running at full rate in a page without focus.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

export interface PageSpec {
  /** File name without extension: bench/pages/<name>.ts → .build/pages/<name>.{js,html}. */
  name: string;
  /** Extra markup for <head> (e.g. a theme stylesheet). */
  head?: string;
}

/** Bundles each page script (minified, like production) and writes its HTML page. */
export async function buildPages(specs: readonly PageSpec[]): Promise<void> {
  const dir = join(buildDir, 'pages');
  await mkdir(dir, { recursive: true });
  for (const spec of specs) {
    const code = await bundle(at(`bench/pages/${spec.name}.ts`));
    await writeFile(join(dir, `${spec.name}.js`), code);
    await writeFile(
      join(dir, `${spec.name}.html`),
      `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench: ${spec.name}</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } main { padding: 16px; max-width: 960px; }</style>
${spec.head ?? ''}
</head>
<body><main id="host"></main><script type="module" src="./${spec.name}.js"></script></body>
</html>
`,
    );
  }
}

/** Opens a page of the bench in a fresh browser context and waits until its script exposed `window.bench`. */
export async function openBenchPage(browser: Browser, origin: string, name: string): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}/pages/${name}.html`);
  try {
    await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', undefined, { timeout: 30_000 });
  } catch (error) {
    throw new Error(`page ${name} did not start: ${errors.join('; ') || String(error)}`);
  }
  return { page, close: () => context.close() };
}
