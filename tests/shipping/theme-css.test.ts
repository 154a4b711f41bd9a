// theme.css as a consumer's build tool hands it to the browser. A plain Vite app (tests/shipping/
// theme-app: the form element and `@thuiszitters/components/theme.css`, from the built dist/) is
// built with each CSS minifier a consumer may have (Vite 8's default Lightning CSS, esbuild, none)
// and opened in Chromium: inputs keep their border and buttons their fill, in light and dark mode.
// Lightning CSS rewrites light-dark() for Vite's default targets into a form that only works
// beside a `color-scheme` declaration in the same file; theme.css must not depend on that.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { build } from 'vite';
import { launchChromium, openPage, serveFiles } from '../e2e/harness.ts';

const APP = resolve(import.meta.dirname, 'theme-app');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let browser: Browser;
const outDirs: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

/** Every file of a build, keyed by URL path, for serveFiles. */
function filesOf(dir: string): Record<string, [string, string]> {
  const files: Record<string, [string, string]> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files[`/${relative(dir, full)}`] = [TYPES[extname(full)] ?? 'application/octet-stream', readFileSync(full, 'utf8')];
  }
  files['/'] = files['/index.html'];
  return files;
}

/** Colours the user sees in the form of one wrapper (#light or #dark). */
function colours(wrapper: string) {
  const el = document.querySelector(`${wrapper} tz-melding-form`)!.shadowRoot!;
  const input = getComputedStyle(el.querySelector('#f-firstDayOfAbsence')!);
  const submit = getComputedStyle(el.querySelector('[part="submit"]')!);
  const section = getComputedStyle(el.querySelector('fieldset.section')!);
  return {
    inputBorder: `${input.borderTopStyle} ${input.borderTopWidth} ${input.borderTopColor}`,
    submitFill: submit.backgroundColor,
    submitText: submit.color,
    surface: section.backgroundColor,
  };
}

describe.each(['lightningcss', 'esbuild', false] as const)('a Vite app importing theme.css, CSS minifier %s', (cssMinify) => {
  let site: { origin: string; close(): Promise<void> };
  let css = '';

  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'tz-theme-app-'));
    outDirs.push(outDir);
    await build({
      configFile: false,
      root: APP,
      logLevel: 'warn',
      // Vite's defaults otherwise: target 'baseline-widely-available', JS minified.
      build: { outDir, emptyOutDir: true, cssMinify },
    });
    const files = filesOf(outDir);
    css = Object.entries(files)
      .filter(([path]) => path.endsWith('.css'))
      .map(([, [, text]]) => text)
      .join('\n');
    site = await serveFiles(files);
  });
  afterAll(async () => site?.close());

  it('the built CSS carries the colour tokens, none rewritten into variables nobody defines', () => {
    expect(css).toMatch(/--tz-color-accent-light:\s*#0b4f9c/);
    expect(css).toMatch(/--tz-color-accent-dark:\s*#8cb8f0/);
    // What Lightning CSS makes of light-dark() without a color-scheme in the same file.
    expect(css).not.toMatch(/var\(--lightningcss-/);
  });

  it('inputs keep their border and buttons their fill, light and dark', async () => {
    const { page, context, pageErrors } = await openPage(browser, `${site.origin}/`);
    await page.locator('#dark tz-melding-form [part="submit"]').waitFor();
    // The stylesheet is applied (the dark wrapper got its token from app.css, next to theme.css).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--tz-font-size').trim())).toBe('16px');
    expect(await page.evaluate(colours, '#light')).toEqual({
      inputBorder: 'solid 2px rgb(107, 114, 128)',
      submitFill: 'rgb(11, 79, 156)',
      submitText: 'rgb(255, 255, 255)',
      surface: 'rgb(255, 255, 255)',
    });
    expect(await page.evaluate(colours, '#dark')).toEqual({
      inputBorder: 'solid 2px rgb(139, 146, 156)',
      submitFill: 'rgb(140, 184, 240)',
      submitText: 'rgb(13, 20, 32)',
      surface: 'rgb(29, 31, 35)',
    });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
