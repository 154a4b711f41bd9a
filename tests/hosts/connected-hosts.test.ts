// Host pages that talk to a real reference server (PGlite, demo seed), driven in Chromium:
//  1. a legacy LVS page with hostile global CSS (compared with a clean page),
//  2. a page under a strict Content-Security-Policy with Trusted Types,
//  6. the host page on another origin than the API: allowed by CORS, and not allowed.
// One stack and one browser for the file; the host servers start first so that the allowed
// host's origin can go into the server's CORS allowlist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { launchChromium, startStack, type Stack } from '../e2e/harness.ts';
import { startHostServer, type HostServer } from './support/host-server.ts';
import { fillMelding, submitMelding, uniqueRef, watchedPage } from './support/page-helpers.ts';

let stack: Stack;
let browser: Browser;
/** Allowed by the API's CORS allowlist; serves every page of this file. */
let host: HostServer;
/** Not in the allowlist. */
let strangerHost: HostServer;
let cspHeader = '';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

beforeAll(async () => {
  host = await startHostServer({
    headers: (path) => (path.startsWith('/strict-csp/') && cspHeader ? { 'Content-Security-Policy': cspHeader } : undefined),
  });
  strangerHost = await startHostServer();
  stack = await startStack({ extraOrigins: [host.origin] });
  // The page may call its own origin and the API, nothing else.
  cspHeader = `${STRICT_CSP}; connect-src 'self' ${stack.origin}`;
  host.useApi(stack.apiBaseUrl, stack.token);
  strangerHost.useApi(stack.apiBaseUrl, stack.token);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await host?.close();
  await strangerHost?.close();
});

/** A seeded open case of school 12AB00, for the timeline. */
async function aSchoolCase(): Promise<string> {
  const { items } = await stack.client('school', '12AB00').cases.list({ status: 'open', limit: 1 });
  expect(items.length).toBe(1);
  return items[0].id;
}

// ── 1. Legacy LVS page ──────────────────────────────────────────────────────────────────────────

/** Key parts inside the shadow roots, one line high each, so their sizes must not depend on page width. */
const PROBES: [tag: string, selector: string][] = [
  ['tz-melding-form', '[part="submit"]'],
  ['tz-melding-form', '#f-firstDayOfAbsence'],
  ['tz-melding-form', '#f-birthYearMonth'],
  ['tz-melding-form', 'select#f-school'],
  ['tz-melding-form', '#f-primaryReason'],
  ['tz-melding-form', '#f-municipalityCode'],
  ['tz-melding-form', 'input[name="enrolled"]'],
  ['tz-melding-form', 'label[for="f-firstDayOfAbsence"]'],
  ['tz-melding-form', 'legend'],
  ['tz-case-timeline', 'h2'],
  ['tz-case-timeline', '[part~="norm-bar"]'],
  ['tz-case-timeline', '[part~="filters"] select'],
  ['tz-case-timeline', '[part~="filters"] input'],
  ['tz-reason-chart', '[part~="controls"] select'],
  ['tz-reason-chart', '[part~="controls"] input[type="radio"]'],
  ['tz-reason-chart', '.heading'],
];

interface Measured {
  probe: string;
  found: boolean;
  fontSize: string;
  fontFamily: string;
  lineHeight: string;
  boxSizing: string;
  letterSpacing: string;
  whiteSpace: string;
  fontWeight: string;
  textTransform: string;
  height: number;
}

async function measure(page: Page): Promise<Measured[]> {
  return page.evaluate((probes) => {
    return probes.map(([tag, selector]) => {
      const el = document.querySelector(tag)?.shadowRoot?.querySelector(selector) as HTMLElement | null | undefined;
      const probe = `${tag} ${selector}`;
      if (!el) return { probe, found: false, fontSize: '', fontFamily: '', lineHeight: '', boxSizing: '', letterSpacing: '', whiteSpace: '', fontWeight: '', textTransform: '', height: 0 };
      const s = getComputedStyle(el);
      return {
        probe,
        found: true,
        fontSize: s.fontSize,
        fontFamily: s.fontFamily,
        lineHeight: s.lineHeight,
        boxSizing: s.boxSizing,
        letterSpacing: s.letterSpacing,
        whiteSpace: s.whiteSpace,
        fontWeight: s.fontWeight,
        textTransform: s.textTransform,
        height: Math.round(el.getBoundingClientRect().height * 2) / 2,
      };
    });
  }, PROBES);
}

async function openLegacy(path: string, caseId: string) {
  const watched = await watchedPage(browser);
  await watched.page.goto(`${host.origin}/legacy-lvs/${path}?case=${caseId}`);
  const { page } = watched;
  // Everything the probes need: the form with the school list, the timeline's case, the chart.
  await page.locator('tz-melding-form select#f-school').waitFor();
  await page.locator('tz-case-timeline [part~="norm-bar"]').waitFor();
  await page.locator('tz-reason-chart [part~="controls"] select').first().waitFor();
  return watched;
}

describe('1. legacy LVS page with hostile global CSS', () => {
  it('key parts inside the elements have the same computed sizes as on a clean page', async () => {
    const caseId = await aSchoolCase();
    const clean = await openLegacy('clean.html', caseId);
    const legacy = await openLegacy('index.html', caseId);
    // The hostile stylesheet did load and does change the page itself.
    expect(await legacy.page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Verdana');
    expect(await legacy.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');
    expect(await legacy.page.evaluate(() => getComputedStyle(document.querySelector('.lvs-search input')!).borderTopStyle)).toBe('none');

    const reference = await measure(clean.page);
    const hostile = await measure(legacy.page);
    expect(reference.filter((m) => !m.found).map((m) => m.probe)).toEqual([]);
    expect(hostile).toEqual(reference);
    // Sanity of the reference itself: text at the kit's 16px, inputs and buttons at 44px targets.
    const submit = reference.find((m) => m.probe.endsWith('[part="submit"]'))!;
    expect(submit.fontSize).toBe('16px');
    expect(submit.height).toBeGreaterThanOrEqual(44);
    expect(clean.pageErrors).toEqual([]);
    expect(legacy.pageErrors).toEqual([]);
    await clean.close();
    await legacy.close();
  });

  it('the form still works there: filled in by a user and sent, one case on the server', async () => {
    const caseId = await aSchoolCase();
    const legacy = await openLegacy('index.html', caseId);
    const pupilRef = uniqueRef('legacy');
    const form = legacy.page.locator('tz-melding-form');
    await form.evaluate((el, ref) => el.setAttribute('pupil-ref', ref), pupilRef);
    await fillMelding(form, { firstDayOfAbsence: '2026-10-01', primaryReason: 'schoolweigering' });
    const createdId = await submitMelding(legacy.page, form);
    const { items } = await stack.client('school', '12AB00').cases.list({ q: pupilRef });
    expect(items.map((c) => c.id)).toEqual([createdId]);
    expect(legacy.pageErrors).toEqual([]);
    await legacy.close();
  });
});

// ── 2. Strict CSP and Trusted Types ─────────────────────────────────────────────────────────────

describe('2. strict Content-Security-Policy with Trusted Types', () => {
  it('every element renders and the form submits, with zero CSP violations', async () => {
    const caseId = await aSchoolCase();
    const watched = await watchedPage(browser);
    const { page } = watched;
    const response = await page.goto(`${host.origin}/strict-csp/?case=${caseId}`);
    expect(response!.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
    expect(await page.evaluate(() => typeof (window as { trustedTypes?: unknown }).trustedTypes)).toBe('object');

    // Each element shows its loaded content, not a skeleton or an error.
    await page.locator('tz-case-timeline [part~="norm-bar"]').waitFor();
    await page.locator('tz-case-timeline [part~="event"]').first().waitFor();
    await page.locator('tz-dashboard [part~="tile"]').first().waitFor();
    await page.locator('tz-reason-chart#chart [part~="chart"]').waitFor();
    await page.locator('tz-routekaart-checklist [part~="point"]').first().waitFor();
    expect(await page.locator('tz-routekaart-checklist [part~="point"]').count()).toBe(10);

    const form = page.locator('tz-melding-form');
    const pupilRef = uniqueRef('csp');
    await form.evaluate((el, ref) => el.setAttribute('pupil-ref', ref), pupilRef);
    await fillMelding(form, { school: '14CD00', firstDayOfAbsence: '2026-10-05', primaryReason: 'schoolweigering' });
    const createdId = await submitMelding(page, form);
    const created = await stack.client('swv', 'VO2801').cases.get(createdId);
    expect(created.pupilRef).toBe(pupilRef);
    expect(created.school).toEqual({ brin: '14CD', vestiging: '00' });

    // An event through the timeline's add form (a write from inside a shadow root under the CSP).
    const timeline = page.locator('tz-case-timeline');
    await timeline.locator('#tz-add-type').selectOption('note');
    await timeline.locator('#tz-add-summary').fill('Gesprek met ouders gepland (CSP-test).');
    await timeline.locator('.add button[type="submit"]').click();
    await timeline.locator('[part~="event"]', { hasText: 'Gesprek met ouders gepland (CSP-test).' }).first().waitFor();

    // A Routekaart point saved from inside its shadow root under the CSP.
    const routekaart = page.locator('tz-routekaart-checklist');
    const current = await routekaart.locator('input[name="status-4"]:checked').getAttribute('value');
    const next = current === 'inProgress' ? 'inPlace' : 'inProgress';
    await routekaart.locator(`input[name="status-4"][value="${next}"]`).check();
    await page.locator('#host-log li', { hasText: 'routekaart saved 4' }).waitFor();
    const { items: assessments } = await stack.client('swv', 'VO2801').routekaart.list({ organisation: 'VO2801' });
    expect(assessments[0].points.find((p) => p.number === 4)?.status).toBe(next);

    const { violations, rejections, policies } = await watched.recorded();
    // Only Lit's own policy: a host may pin it with `trusted-types lit-html`.
    expect([...new Set(policies)]).toEqual(['lit-html']);
    expect(rejections).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(violations).toEqual([]);
    expect(watched.consoleErrors.filter((e) => /Content Security Policy|Trusted Type/i.test(e))).toEqual([]);
    await watched.close();
  });
});

// ── 6. Cross-origin host page ───────────────────────────────────────────────────────────────────

describe('6. host page and API on different origins', () => {
  it('works when the host origin is in the server allowlist', async () => {
    expect(new URL(host.origin).port).not.toBe(new URL(stack.origin).port);
    const watched = await watchedPage(browser);
    const { page } = watched;
    const pupilRef = uniqueRef('cross');
    await page.goto(`${host.origin}/cross-origin/?pupil=${pupilRef}`);
    await page.locator('tz-reason-chart [part~="chart"]').waitFor();
    const form = page.locator('tz-melding-form');
    await form.locator('select#f-school').waitFor(); // reference data arrived across origins
    await fillMelding(form, { firstDayOfAbsence: '2026-10-02', primaryReason: 'schoolweigering' });
    const createdId = await submitMelding(page, form);
    const created = await stack.client('school', '12AB00').cases.get(createdId);
    expect(created.pupilRef).toBe(pupilRef);
    expect((await watched.recorded()).rejections).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await watched.close();
  });

  it('fails cleanly when it is not: error states that name CORS and the origins, no unhandled rejection, nothing created', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    const pupilRef = uniqueRef('stranger');
    await page.goto(`${strangerHost.origin}/cross-origin/?pupil=${pupilRef}`);
    await page.locator('#host-log li', { hasText: 'reference data failed' }).waitFor();
    // The chart says it could not load, in words, with a way to try again.
    const chartError = page.locator('tz-reason-chart .state.error');
    await chartError.waitFor();
    // Not "no connection": what a developer recognises, with the fix (the page is Dutch).
    const chartText = (await chartError.textContent())!;
    expect(chartText).toContain(`De API op ${stack.origin} staat verzoeken van deze pagina (${strangerHost.origin}) niet toe (CORS)`);
    expect(chartText).toContain(`${strangerHost.origin} toe te voegen aan de toegestane origins`);
    // The form is still usable, and sending ends in a readable failure that keeps the answers.
    const form = page.locator('tz-melding-form');
    await fillMelding(form, { firstDayOfAbsence: '2026-10-02', primaryReason: 'schoolweigering' });
    await form.locator('[part="submit"]').click();
    const failure = form.locator('[part="failure"]');
    await failure.waitFor();
    expect(await failure.getAttribute('role')).toBe('alert');
    expect(await failure.textContent()).toContain(`De API op ${stack.origin} staat verzoeken van deze pagina (${strangerHost.origin}) niet toe (CORS)`);
    expect(await form.locator('#f-firstDayOfAbsence').inputValue()).toBe('2026-10-02');

    const { items } = await stack.client('school', '12AB00').cases.list({ q: pupilRef });
    expect(items).toEqual([]);
    // The console names CORS and the fix, once for the page (besides the browser's own errors).
    const corsWarnings = watched.consoleWarnings.filter((w) => w.includes('[thuiszitters] CORS'));
    expect(corsWarnings).toEqual([
      `[thuiszitters] CORS: the API at ${stack.origin} does not allow requests from this page's origin ${strangerHost.origin}, ` +
        `so the browser refused its answers. Add ${strangerHost.origin} to the API's allowed origins (reference server: CORS_ORIGINS=${strangerHost.origin}).`,
    ]);
    expect((await watched.recorded()).rejections).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await watched.close();
  });
});

