// 3. <tz-melding-form> inside the host page's own <form> (many LVS screens wrap everything in
// one form): our buttons never submit or reset the host's form, Enter in one of our fields sends
// our form (as Enter does in any form), and Enter in the host's own field still sends the host's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium } from '../e2e/harness.ts';
import { startHostServer, type HostServer } from './support/host-server.ts';
import { watchedPage } from './support/page-helpers.ts';

let host: HostServer;
let browser: Browser;

beforeAll(async () => {
  host = await startHostServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function open(query = '?stay') {
  const watched = await watchedPage(browser);
  await watched.page.goto(`${host.origin}/host-form/${query}`);
  await watched.page.locator('tz-melding-form [part="form"]').waitFor();
  const log = async () => watched.page.locator('#host-log li').allTextContents();
  return { ...watched, form: watched.page.locator('tz-melding-form'), log };
}

describe('3. the melding form inside a host <form>', () => {
  it('its submit button validates its own form only: no host submit, no navigation', async () => {
    const { page, form, log, pageErrors, close } = await open('');
    await form.locator('[part="submit"]').click();
    await form.locator('[part="error-summary"]').waitFor();
    expect(await log()).toEqual([expect.stringMatching(/^melding invalid /)]);
    expect(new URL(page.url()).pathname).toBe('/host-form/');
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('Enter in one of its fields sends the melding form, not the host form', async () => {
    const { page, form, log, pageErrors, close } = await open('');
    await form.locator('input[name="enrolled"][value="yes"]').check();
    await form.locator('#f-firstDayOfAbsence').fill('2026-09-07');
    await form.locator('input[name="authorised"][value="no"]').check();
    await form.locator('#f-primaryReason').selectOption('schoolweigering');
    await form.locator('#f-duoReportNumber').fill('DUO-2026-4711');
    await form.locator('#f-duoReportNumber').press('Enter');
    await page.locator('#host-log li', { hasText: 'melding submit' }).waitFor();
    expect(await log()).toEqual(['melding submit LVS-FORM-0001 2026-09-07']);
    expect(new URL(page.url()).pathname).toBe('/host-form/');
    // The answers are still there (the host has not answered yet).
    expect(await form.locator('#f-duoReportNumber').inputValue()).toBe('DUO-2026-4711');
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('Enter in an incomplete melding field shows our error summary, never the host submit', async () => {
    const { form, log, close } = await open('');
    await form.locator('#f-municipalityCode').press('Enter');
    await form.locator('[part="error-summary"]').waitFor();
    expect((await log()).filter((line) => line.startsWith('host'))).toEqual([]);
    await close();
  });

  it('the host form still works: Enter in the host field and the host buttons submit and reset it', async () => {
    const { page, form, log, pageErrors, close } = await open('?stay');
    await page.locator('#mentor-note').fill('Gesprek gehad');
    await page.locator('#mentor-note').press('Enter');
    await page.locator('#host-log li', { hasText: 'host submit' }).waitFor();
    await page.locator('#host-reset').click();
    await page.locator('#host-log li', { hasText: 'host reset' }).waitFor();
    expect(await log()).toEqual(['host submit by host-submit', 'host reset']);
    expect(await page.locator('#mentor-note').inputValue()).toBe('');
    // The host's reset does not throw inside the element, which stays usable.
    await form.locator('#f-duoReportNumber').fill('DUO-1');
    expect(await form.locator('#f-duoReportNumber').inputValue()).toBe('DUO-1');
    // And a real host submit (no preventDefault) navigates as the host intends.
    await page.goto(`${host.origin}/host-form/`);
    await page.locator('#host-submit').click();
    await page.locator('#saved').waitFor();
    expect(pageErrors).toEqual([]);
    await close();
  });
});
