// The one-script-tag entry is an autoloader (dist/thuiszitters.js): a page fetches only the
// chunks of the tags it uses, an element added later is loaded when it appears, elements inside
// the provider get their API client (the provider is defined first), and a page that also holds
// another vendor's single-file copy of the kit keeps working. Real Chromium, real reference server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium, startStack, type Stack } from '../e2e/harness.ts';
import { readBundle, startHostServer, versionedBundle, type HostServer } from './support/host-server.ts';
import { fillMelding, submitMelding, uniqueRef, watchedPage } from './support/page-helpers.ts';

const ELEMENT_CHUNKS = ['provider', 'melding-form', 'case-timeline', 'reason-chart', 'dashboard', 'routekaart-checklist'];

let stack: Stack;
let host: HostServer;
let browser: Browser;

beforeAll(async () => {
  const bundle = await readBundle();
  host = await startHostServer({ scripts: { '/vendor-b/thuiszitters.bundle.js': versionedBundle(bundle, '0.2.0-vendor-b') } });
  stack = await startStack({ extraOrigins: [host.origin] });
  host.useApi(stack.apiBaseUrl, stack.token);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await host?.close();
});

/** Which element chunks the page fetched so far (by the folder name the chunk carries). */
const elementChunksRequested = () =>
  ELEMENT_CHUNKS.filter((name) => host.requested.some((path) => path.startsWith(`/thuiszitters/${name}-`) && path.endsWith('.js')));

describe('autoloader (dist/thuiszitters.js)', () => {
  it('loads only what the page uses, connects the form through the provider, and loads a tag added later', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    const ref = uniqueRef('AUTO');
    await page.goto(`${host.origin}/autoloader/?ref=${ref}`);
    const form = page.locator('tz-melding-form');
    await fillMelding(form, { firstDayOfAbsence: '2026-09-07', primaryReason: 'schoolweigering' });
    expect(elementChunksRequested()).toEqual(['provider', 'melding-form']);

    // Connected: the report reaches the real server through the provider's client.
    const caseId = await submitMelding(page, form);
    const stored = await stack.client('school', '12AB00').cases.get(caseId);
    expect(stored.pupilRef).toBe(ref);

    // A tag the host adds later is found and loaded; it gets the client from the provider too.
    await page.evaluate((id) => {
      const timeline = document.createElement('tz-case-timeline');
      timeline.setAttribute('case-id', id);
      document.getElementById('provider')!.append(timeline);
    }, caseId);
    await page.locator('tz-case-timeline [part~="norm-bar"]').waitFor();
    expect(elementChunksRequested()).toEqual(['provider', 'melding-form', 'case-timeline']);
    expect(await page.evaluate(() => customElements.get('tz-dashboard'))).toBeUndefined();

    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect((await watched.recorded()).rejections).toEqual([]);
    await watched.close();
  });

  it("beside another vendor's single-file copy: warnings per tag, no exception, the form still renders and takes input", async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    // The same page with vendor B's bundle added after the autoloader.
    await page.route('**/autoloader/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '<script type="module" src="./autoloader.js"></script>',
        '<script type="module" src="/vendor-b/thuiszitters.bundle.js"></script>\n    <script type="module" src="./autoloader.js"></script>',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${host.origin}/autoloader/`);
    const form = page.locator('tz-melding-form');
    await fillMelding(form, { firstDayOfAbsence: '2026-09-07', primaryReason: 'pesten' });
    // The autoloader's own chunks arrive after vendor B registered every tag: each warns, none throws.
    await expect.poll(() => watched.consoleWarnings.filter((w) => w.includes('is already defined')).length, { timeout: 45_000 }).toBeGreaterThanOrEqual(2);
    for (const warning of watched.consoleWarnings.filter((w) => w.includes('is already defined'))) expect(warning).toContain('0.2.0-vendor-b');
    expect(watched.pageErrors).toEqual([]);
    expect((await watched.recorded()).rejections).toEqual([]);
    await watched.close();
  });
});
