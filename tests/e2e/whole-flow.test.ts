// The whole flow end to end, in Chromium against the real reference server (PGlite, demo seed):
// a school reports a case through <tz-melding-form> (and the network drops in the middle of the
// submit), the SWV finds it, sees it counted in the region's reasons, assigns the lead, holds a
// meeting with the pupil heard and makes an offer through <tz-case-timeline>'s add form, and the
// 3-month norm turns to "met"; leerplicht of another municipality and another school cannot see
// it; the audit log lists every read and write. Then a short run through the demo page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { ThuiszittersError, type ReasonStatistics } from '@thuiszitters/sdk';
import { schoolYearOf, todayInAmsterdam } from '@thuiszitters/domain';
import { launchChromium, startStack, type Stack } from './harness.ts';
import { startHostServer, type HostServer } from '../hosts/support/host-server.ts';
import { WAIT, fillMelding, uniqueRef, watchedPage, type WatchedPage } from '../hosts/support/page-helpers.ts';

const SCHOOL = { role: 'school', organisation: '12AB00' } as const;
const SWV = { role: 'swv', organisation: 'VO2801' } as const;
/** 12AB00 lies in GM9901 (seed/region.ts); GM9903 is another municipality of the region. */
const OTHER_LEERPLICHT = { role: 'leerplicht', organisation: 'GM9903' } as const;
const OTHER_SCHOOL = { role: 'school', organisation: '14CD00' } as const;
const REASON = 'schoolweigering';

/** `days` before `date` (YYYY-MM-DD), so the flow stays inside the 3-month norm whatever today is. */
function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
const FIRST_DAY = daysBefore(todayInAmsterdam(), 40);

let stack: Stack;
let host: HostServer;
let browser: Browser;

beforeAll(async () => {
  host = await startHostServer();
  stack = await startStack({ extraOrigins: [host.origin] });
  host.useApi(stack.apiBaseUrl, stack.token);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await host?.close();
});

type User = { role: 'school' | 'swv' | 'leerplicht'; organisation: string };
const client = (user: User) => stack.client(user.role, user.organisation);

async function openFlow(user: User, params: Record<string, string>): Promise<WatchedPage> {
  const watched = await watchedPage(browser);
  const query = new URLSearchParams({ role: user.role, organisation: user.organisation, ...params });
  await watched.page.goto(`${host.origin}/flow/?${query}`);
  return watched;
}

/** The region's reason statistics over the chart's default period (this school year vs the last). */
async function regionReasons(): Promise<ReasonStatistics> {
  const year = schoolYearOf(todayInAmsterdam());
  const last = schoolYearOf(`${year.startYear - 1}-09-01`);
  return client(SWV).statistics.reasons({ from: year.from, to: year.to, compareFrom: last.from, compareTo: last.to, reasonScope: 'primary' });
}

const countOf = (stats: ReasonStatistics, reason: string) => stats.items.find((item) => item.reason === reason)?.count ?? 0;

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof ThuiszittersError) return error.status ?? 0;
    throw error;
  }
}

describe('the whole flow across three roles', () => {
  const pupilRef = uniqueRef('flow');
  let caseId = '';
  let before: ReasonStatistics;

  it('school: reports with the melding form; the network drops mid-submit, the data stays, the retry makes one case', async () => {
    before = await regionReasons();
    const school = await openFlow(SCHOOL, { view: 'melding', pupil: pupilRef });
    const { page, context } = school;
    const form = page.locator('tz-melding-form');
    await fillMelding(form, { firstDayOfAbsence: FIRST_DAY, primaryReason: REASON });

    // The first POST reaches the server (which stores the case), then the network goes away
    // before the answer arrives: the browser sees a dropped connection.
    let posts = 0;
    await page.route('**/v1/cases', async (route) => {
      if (route.request().method() !== 'POST' || posts++ > 0) return route.continue();
      const stored = await route.fetch();
      expect(stored.status()).toBe(201);
      await context.setOffline(true);
      await route.abort('internetdisconnected');
    });
    await form.locator('[part="submit"]').click();
    const failure = form.locator('[part="failure"]');
    await failure.waitFor();
    expect(await failure.getAttribute('role')).toBe('alert');
    // Every answer is still there.
    expect(await form.locator('#f-firstDayOfAbsence').inputValue()).toBe(FIRST_DAY);
    expect(await form.locator('#f-primaryReason').inputValue()).toBe(REASON);
    expect(await form.locator('input[name="enrolled"][value="yes"]').isChecked()).toBe(true);

    await context.setOffline(false);
    await failure.getByRole('button').click();
    await form.locator('[part="confirmation"]').waitFor();
    const line = await page.locator('#host-log li', { hasText: 'created ' }).textContent();
    caseId = line!.replace('created ', '').trim();
    // The first POST plus at least the successful retry (the SDK may also have tried while offline).
    expect(posts).toBeGreaterThanOrEqual(2);

    const { items } = await client(SCHOOL).cases.list({ q: pupilRef });
    expect(items.map((c) => c.id)).toEqual([caseId]);
    expect(school.pageErrors).toEqual([]);
    await school.close();
  });

  it('swv: finds the case and sees it counted in the region reason chart', async () => {
    expect(caseId).not.toBe('');
    const { items } = await client(SWV).cases.list({ q: pupilRef });
    expect(items.map((c) => c.id)).toEqual([caseId]);
    const found = await client(SWV).cases.get(caseId);
    expect(found.derived.normStatus).not.toBe('met');

    const after = await regionReasons();
    expect(before.total).not.toBeNull();
    expect(after.total).toBe(before.total! + 1);
    const count = countOf(after, REASON);
    expect(count).toBe(countOf(before, REASON) + 1);

    const chart = await openFlow(SWV, { view: 'chart' });
    const cell = chart.page.locator(`tz-reason-chart tr[data-key="${REASON}"] td.count`);
    await cell.waitFor();
    expect((await cell.textContent())!.trim()).toBe(String(count));
    expect(chart.pageErrors).toEqual([]);
    await chart.close();
  });

  it('swv, demo page: the worklist starts at "needs attention"; the new case is among the open cases and opens its timeline beside the list', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(`${stack.origin}/?rol=swv`);
    const list = page.locator('tz-case-list#case-list');
    await list.locator('.count').waitFor();
    expect(await list.getAttribute('preset')).toBe('needs-attention');
    expect(await list.locator('select[id$="-preset"]').inputValue()).toBe('needs-attention');
    // The announced count is the server's total for "open with any signal", and every row says why.
    const attention = await client(SWV).cases.list({
      status: 'open',
      signal: ['noLeadHolder', 'normAlmostOut', 'normExceeded', 'noActivity', 'actionOverdue', 'duplicateOpenCase'],
      limit: 1,
    });
    await expect.poll(async () => (await list.locator('.count').textContent())!.trim(), { timeout: WAIT }).toMatch(new RegExp(`^${attention.total.toLocaleString('nl-NL')} casussen`));
    const firstRowSignals = await list.locator('tbody tr').first().locator('.signal').allTextContents();
    expect(firstRowSignals.length).toBeGreaterThan(0);
    // Nothing is chosen yet: the timeline waits.
    expect(await page.locator('tz-case-timeline#case-timeline').isHidden()).toBe(true);

    // A case reported today raises no signal yet (no lead holder counts after 14 days): it is
    // among all open cases. Keyboard only: that view, a search for the pupil, then choose it.
    await list.locator('select[id$="-preset"]').focus();
    await list.locator('select[id$="-preset"]').selectOption('open');
    await list.locator('input[type="search"]').focus();
    await page.keyboard.type(pupilRef);
    await page.keyboard.press('Enter');
    const row = list.locator(`tbody tr[data-case-id="${caseId}"]`);
    await row.waitFor();
    await expect.poll(async () => list.locator('tbody tr').count(), { timeout: WAIT }).toBe(1);
    expect((await row.locator('td').nth(2).textContent())!.trim()).toBe('Geen regiehouder');
    await row.locator('.open-case').focus();
    await page.keyboard.press('Enter');
    const timeline = page.locator('tz-case-timeline#case-timeline');
    await timeline.locator('[part~="norm-bar"]').waitFor();
    expect(await timeline.getAttribute('case-id')).toBe(caseId);
    expect((await timeline.locator('h2').first().textContent())!).toContain(pupilRef);
    // The new case's timeline starts with its "gemeld" event.
    expect(await timeline.locator('li.event[data-type="caseReported"]').count()).toBe(1);
    expect(await row.getAttribute('aria-current')).toBe('true');
    // Beside the list on a wide screen.
    const [listBox, timelineBox] = [await list.boundingBox(), await timeline.boundingBox()];
    expect(timelineBox!.x).toBeGreaterThan(listBox!.x + listBox!.width - 1);
    const { violations } = await watched.recorded();
    expect(violations).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await watched.close();
  });

  it('swv: assigns the lead, holds a meeting with the pupil heard, makes an offer: the norm bar turns to met', async () => {
    const swv = await openFlow(SWV, { view: 'timeline', case: caseId, 'can-add': '' });
    const { page } = swv;
    const timeline = page.locator('tz-case-timeline');
    await timeline.locator('[part~="norm-bar"]').waitFor();
    expect(await timeline.locator('[part~="norm-met"]').count()).toBe(0);
    const today = todayInAmsterdam();

    const add = async (type: string, fill: () => Promise<void>) => {
      await timeline.locator('#tz-add-type').selectOption(type);
      await fill();
      await timeline.locator('.add button[type="submit"]').click();
      await page.locator('#host-log li', { hasText: `added ${type}` }).waitFor();
    };
    await add('leadAssigned', async () => {
      await timeline.locator('#tz-add-leadRole').selectOption('swv');
      await timeline.locator('#tz-add-leadOrganisation').fill('VO2801');
      await timeline.locator('#tz-add-leadName').fill('Consulent E2E');
    });
    await add('meetingHeld', async () => {
      await timeline.locator('#tz-add-meetingType').selectOption('mdo');
      await timeline.locator('#tz-add-participants').check(); // the first role
      await timeline.locator('#tz-add-participants-leerling').check();
      await timeline.locator('#tz-add-pupilHeard').check(); // "yes" comes first
    });
    await add('offerMade', async () => {
      await timeline.locator('#tz-add-offerType').selectOption('eigenSchool');
      await timeline.locator('#tz-add-startDate').fill(today);
      await timeline.locator('#tz-add-hoursPerWeek').fill('12');
    });
    // The header follows the stored case: the 3-month norm is met.
    await timeline.locator('[part~="norm-met"]').waitFor();
    expect(await page.locator('#host-log li', { hasText: 'add failed' }).count()).toBe(0);

    const stored = await client(SWV).cases.get(caseId);
    expect(stored.lead).toMatchObject({ organisation: 'VO2801', role: 'swv', name: 'Consulent E2E' });
    expect(stored.offer).toMatchObject({ type: 'eigenSchool', startDate: today, hoursPerWeek: 12 });
    expect(stored.derived.normStatus).toBe('met');
    const events = await client(SWV).events.list(caseId);
    const meeting = events.items.find((e) => e.type === 'meetingHeld');
    expect(meeting?.data).toMatchObject({ meetingType: 'mdo', pupilHeard: true });
    expect(swv.pageErrors).toEqual([]);
    await swv.close();
  });

  it('leerplicht of another municipality and another school cannot see the case', async () => {
    expect(await statusOf(client(OTHER_LEERPLICHT).cases.get(caseId))).toBe(404);
    expect(await statusOf(client(OTHER_SCHOOL).cases.get(caseId))).toBe(404);
    expect((await client(OTHER_LEERPLICHT).cases.list({ q: pupilRef })).items).toEqual([]);
    expect((await client(OTHER_SCHOOL).cases.list({ q: pupilRef })).items).toEqual([]);

    for (const user of [OTHER_LEERPLICHT, OTHER_SCHOOL]) {
      const watched = await openFlow(user, { view: 'timeline', case: caseId });
      const state = watched.page.locator('tz-case-timeline .state.error');
      await state.waitFor();
      expect(await state.textContent()).toContain('Casus niet gevonden');
      expect(await watched.page.locator('tz-case-timeline [part~="norm"]').count()).toBe(0);
      expect(watched.pageErrors).toEqual([]);
      await watched.close();
    }
  });

  it('the audit log lists each of those reads and writes', async () => {
    const { items } = await client(SWV).audit.list({ caseId, limit: 100 });
    const allowed = items.filter((e) => e.outcome === 'allowed');
    const lines = allowed.map((e) => `${e.actor.role}:${e.actor.organisation} ${e.action}${e.detail ? ` ${e.detail}` : ''}`);
    // Reads of this case alone, or list reads whose page showed it.
    expect(items.every((e) => e.caseId === caseId || e.caseIds.includes(caseId))).toBe(true);
    // The school's report, and its retry answered from the stored result (no second create).
    expect(items.filter((e) => e.action === 'create').map((e) => `${e.actor.role}:${e.actor.organisation}`)).toEqual(['school:12AB00']);
    expect(lines).toContain('school:12AB00 read idempotent replay of create');
    // The SWV's reads (SDK and timeline) and its three events.
    expect(lines).toContain('swv:VO2801 read');
    expect(lines).toContain('swv:VO2801 readEvents');
    for (const type of ['leadAssigned', 'meetingHeld', 'offerMade']) expect(lines).toContain(`swv:VO2801 addEvent ${type}`);
    // Nothing was shown to the others, so nothing of theirs is logged as allowed for this case;
    // their attempts are logged as refused.
    expect(lines.filter((l) => l.startsWith('leerplicht:') || l.startsWith('school:14CD00'))).toEqual([]);
    const refused = items.filter((e) => e.outcome === 'refused').map((e) => `${e.actor.organisation} ${e.action}`);
    expect(refused).toContain('GM9903 read');
    expect(refused).toContain('14CD00 read');
  });
});

describe('the demo page', () => {
  for (const role of ['school', 'swv', 'leerplicht'] as const) {
    it(`renders every element of the ${role} view without page errors`, async () => {
      const watched = await watchedPage(browser);
      const { page } = watched;
      await page.goto(`${stack.origin}/?rol=${role}`);
      const sections = page.locator('section[data-element]:not([hidden])');
      await sections.first().waitFor();
      const tags = await sections.evaluateAll((list) => list.map((s) => (s as HTMLElement).dataset.element!));
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) {
        // Each element rendered something into its shadow root (beyond a skeleton for the charts).
        await page.waitForFunction((t) => (document.querySelector(`section:not([hidden]) ${t}`)?.shadowRoot?.childElementCount ?? 0) > 0, tag, { timeout: WAIT });
      }
      if (role === 'school') await page.locator('tz-melding-form [part="form"], tz-melding-form [part="section"]').first().waitFor();
      if (role !== 'school') await page.locator('tz-case-list#case-list table').waitFor();
      await page.locator('tz-dashboard [part~="tile"]').first().waitFor();
      expect(await page.locator('tz-dashboard .state.error').count()).toBe(0);
      const { violations, rejections } = await watched.recorded();
      expect(rejections).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      // The demo page sends a strict CSP with Trusted Types (demo/index.ts).
      expect(violations).toEqual([]);
      await watched.close();
    });
  }

  it('after a report is created with the keyboard, focus is on the confirmation, not on <body>', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    // The demo pupil has a seeded open case (the form would edit it, and the API refuses a second
    // open case for the same pupil): close it first, so the form reports a new case as on a first visit.
    const { items: open } = await client(SCHOOL).cases.list({ status: 'open', q: 'LVS-000123' });
    for (const c of open) await client(SCHOOL).cases.close(c.id, { closedOn: todayInAmsterdam(), reason: 'terugNaarSchool' }, { ifMatch: c.version });
    await page.goto(`${stack.origin}/?rol=school`);
    const form = page.locator('tz-melding-form');
    await fillMelding(form, { firstDayOfAbsence: daysBefore(todayInAmsterdam(), 30), primaryReason: REASON });
    await form.locator('#f-birthYearMonth').fill('2012-03'); // the demo page does not prefill it
    await form.locator('[part="submit"]').focus();
    await page.keyboard.press('Enter');
    await form.locator('[part="confirmation"]').waitFor();
    // The page switched the form to the new case (tz-melding-created): the confirmation stays and keeps focus.
    await page.locator('tz-case-timeline:not([hidden])').waitFor();
    const focused = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active ? `${active.localName}#${active.id}` : 'none';
      });
    await expect.poll(focused, { timeout: WAIT }).toBe('h2#done-title');
    expect(watched.pageErrors).toEqual([]);
    await watched.close();
  });

  it('"Afdrukken" prints the element only, not the LVS page around it (strict CSP page, PDF page count)', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    // The print dialog cannot be driven: record the call, and print to PDF while the scope is on.
    await page.addInitScript(() => {
      window.print = () => void ((window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1);
    });
    await page.goto(`${stack.origin}/?rol=swv`);
    await page.locator('tz-case-list#case-list tbody .open-case').first().click();
    const timeline = page.locator('tz-case-timeline');
    await timeline.locator('[part~="norm"]').waitFor();
    const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    const whole = pagesOf(await page.pdf());

    await timeline.getByRole('button', { name: 'Afdrukken', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['header.lvs-header', '#case-list', 'tz-dashboard', 'tz-case-timeline'].map((s) => [s, getComputedStyle(document.querySelector(s)!).display]),
    );
    expect(Object.fromEntries(shown)).toEqual({ 'header.lvs-header': 'none', '#case-list': 'none', 'tz-dashboard': 'none', 'tz-case-timeline': 'block' });
    const scoped = pagesOf(await page.pdf());
    expect(scoped).toBeGreaterThan(0);
    expect(scoped).toBeLessThan(whole);

    // After printing the page prints whole again (Ctrl+P is the host's business).
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header.lvs-header')!).display)).not.toBe('none');
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    const { violations } = await watched.recorded();
    expect(violations).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    console.log(`demo page PDF: ${whole} pages whole, ${scoped} pages printing the timeline`);
    await watched.close();
  });

  it('switching roles by the role links shows the other role’s elements', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(`${stack.origin}/?rol=school`);
    await page.locator('tz-melding-form').first().waitFor({ state: 'attached' });
    await page.getByRole('link', { name: 'Samenwerkingsverband' }).click();
    await page.waitForURL(/rol=swv/);
    await page.locator('section#routekaart:not([hidden]) tz-routekaart-checklist [part~="point"]').first().waitFor();
    expect(await page.locator('section#melding').count()).toBe(0);
    expect(watched.pageErrors).toEqual([]);
    await watched.close();
  });
});
