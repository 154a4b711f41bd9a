// 4. Two versions of the kit on one page (two vendors' widgets): the second copy of the single-file
// bundle (the same file with another KIT_VERSION, so a different module) loads after the first.
// (The autoloader beside another vendor's copy: tests/hosts/autoloader.test.ts.)
// It warns once per tag, throws nothing, and the elements of the first keep working.
// (tests/shipping/two-versions.test.ts checks the registration; this host page uses the elements.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium } from '../e2e/harness.ts';
import { readBundle, startHostServer, versionedBundle, type HostServer } from './support/host-server.ts';
import { watchedPage } from './support/page-helpers.ts';

const TAGS = ['tz-provider', 'tz-melding-form', 'tz-case-list', 'tz-case-timeline', 'tz-reason-chart', 'tz-dashboard', 'tz-routekaart-checklist'];

let host: HostServer;
let browser: Browser;

beforeAll(async () => {
  const bundle = await readBundle();
  host = await startHostServer({ scripts: { '/thuiszitters.bundle.js': bundle, '/vendor-b/thuiszitters.bundle.js': versionedBundle(bundle, '0.2.0-vendor-b') } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('4. two versions of the bundle on one page', () => {
  it('a console warning per tag, no exception, and the elements keep working', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(`${host.origin}/two-versions/`);
    const timeline = page.locator('tz-case-timeline');
    await timeline.locator('[part~="norm-bar"]').waitFor();
    await page.locator('tz-reason-chart [part~="chart"]').waitFor();
    expect(host.requested).toContain('/vendor-b/thuiszitters.bundle.js');

    for (const tag of TAGS) {
      const warning = watched.consoleWarnings.find((w) => w.includes(`<${tag}> is already defined`));
      expect(warning, `warning about <${tag}>`).toBeDefined();
      expect(warning).toContain('0.1.0');
      expect(warning).toContain('0.2.0-vendor-b');
    }
    expect(await page.evaluate((tags) => tags.map((t) => (customElements.get(t) as { kitVersion?: string } | undefined)?.kitVersion), TAGS)).toEqual(
      TAGS.map(() => '0.1.0'),
    );

    // The form: filled in and sent (controlled mode: the host receives the report).
    const form = page.locator('tz-melding-form');
    await form.locator('input[name="enrolled"][value="yes"]').check();
    await form.locator('#f-firstDayOfAbsence').fill('2026-09-07');
    await form.locator('input[name="authorised"][value="no"]').check();
    await form.locator('#f-primaryReason').selectOption('schoolweigering');
    await form.locator('[part="submit"]').click();
    await page.locator('#host-log li', { hasText: 'melding submit LVS-TWO-0001' }).waitFor();

    // The timeline's add form still validates and hands the event to the host.
    await timeline.locator('#tz-add-type').selectOption('note');
    await timeline.locator('#tz-add-summary').fill('Na de tweede bundel nog steeds bruikbaar.');
    await timeline.locator('.add button[type="submit"]').click();
    await page.locator('#host-log li', { hasText: 'event add note' }).waitFor();

    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect((await watched.recorded()).rejections).toEqual([]);
    await watched.close();
  });
});
