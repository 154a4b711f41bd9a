// 5. Framework hosts: a React 19 app using @thuiszitters/react, built with Vite here (programmatic
// build into a temp folder), and an "Angular-style" page that binds properties from script and
// listens to events. Props, events and re-renders all work. Controlled mode (no API).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { build } from 'vite';
import { launchChromium } from '../e2e/harness.ts';
import { PAGES_DIR, startHostServer, type HostServer } from './support/host-server.ts';
import { watchedPage, type WatchedPage } from './support/page-helpers.ts';

let host: HostServer;
let browser: Browser;
let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'tz-react-host-'));
  await build({
    configFile: false,
    root: resolve(PAGES_DIR, 'react-app'),
    base: '/react-app-build/',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false },
  });
  host = await startHostServer({ mounts: { '/react-app-build/': outDir } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const logLines = (page: Page) => page.locator('#host-log li').allTextContents();

/** The same user story on both hosts: prop changes re-render, events reach the host, answers survive re-renders. */
async function exercise(watched: WatchedPage, expected: { submit: (refSuffix: string) => string }) {
  const { page } = watched;
  const form = page.locator('tz-melding-form');
  const timeline = page.locator('tz-case-timeline');
  // Object props arrived as properties: the example case's header and events show.
  await timeline.locator('[part~="norm-bar"]').waitFor();
  const eventsBefore = await timeline.locator('[part~="event"]').count();
  expect(eventsBefore).toBeGreaterThan(0);

  // Fill in the form; then the host re-renders in another language: the answers stay.
  await form.locator('input[name="enrolled"][value="yes"]').check();
  await form.locator('#f-firstDayOfAbsence').fill('2026-09-07');
  await form.locator('input[name="authorised"][value="no"]').check();
  await form.locator('#f-primaryReason').selectOption('schoolweigering');
  await page.locator('#switch-lang').click();
  await form.locator('legend', { hasText: 'Pupil' }).first().waitFor();
  await form.locator('[part="submit"]', { hasText: 'Send report' }).waitFor();
  expect(await timeline.getAttribute('lang')).toBe('en');
  expect(await form.locator('#f-firstDayOfAbsence').inputValue()).toBe('2026-09-07');
  expect(await form.locator('#f-primaryReason').inputValue()).toBe('schoolweigering');
  await form.locator('[part="submit"]').click();
  await page.locator('#host-log li', { hasText: expected.submit('0001') }).waitFor();

  // Another pupil (a prop change): the new reference shows and no answer is carried over.
  await page.locator('#next-pupil').click();
  await form.locator('dd', { hasText: /-0002$/ }).waitFor();
  expect(await form.locator('#f-firstDayOfAbsence').inputValue()).toBe('');

  // An event from the timeline reaches the host, which binds a new list: it shows up.
  await timeline.locator('#tz-add-type').selectOption('note');
  await timeline.locator('#tz-add-summary').fill('Toegevoegd door de host-app.');
  await timeline.locator('.add button[type="submit"]').click();
  await page.locator('#host-log li', { hasText: 'event note' }).waitFor();
  await timeline.locator('[part~="event"]', { hasText: 'Toegevoegd door de host-app.' }).first().waitFor();
  expect(await timeline.locator('[part~="event"]').count()).toBe(eventsBefore + 1);

  expect(watched.pageErrors).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
  return logLines(page);
}

describe('5. framework hosts', () => {
  it('React 19 with @thuiszitters/react: props, events and re-renders', async () => {
    const watched = await watchedPage(browser);
    await watched.page.goto(`${host.origin}/react-app-build/`);
    const lines = await exercise(watched, { submit: (n) => `submit LVS-REACT-${n} schoolweigering` });
    expect(lines).toEqual(['submit LVS-REACT-0001 schoolweigering', 'event note']);
    // The chart got its data as a property too.
    await watched.page.locator('tz-reason-chart [part~="chart"]').waitFor();
    await watched.close();
  });

  it('Angular-style page: properties set from script, events listened to', async () => {
    const watched = await watchedPage(browser);
    await watched.page.goto(`${host.origin}/angular-style/`);
    const lines = await exercise(watched, { submit: (n) => `submit LVS-NG-${n} GM9901` });
    expect(lines).toEqual(['submit LVS-NG-0001 GM9901', 'event note']);
    await watched.close();
  });
});
