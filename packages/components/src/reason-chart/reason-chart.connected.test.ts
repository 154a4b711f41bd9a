// Connected mode against the REAL reference server (demo seed) through the real SDK client.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import './define.js';
import '../provider/define.js';
import type { TzReasonChartElement } from './reason-chart.element.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { flakyFetch, testApi } from '../test-support/api.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const TODAY = '2026-03-15';

/**
 * Latency injection at the network edge: records the URL of every request whose signal gets
 * aborted, and can hold matching requests until they are aborted (a slow answer the chart
 * must cancel when the user already chose something else).
 */
function trackAborts(base: typeof fetch) {
  const aborted: string[] = [];
  const held: string[] = [];
  let hold: ((url: string) => boolean) | undefined;
  const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    request.signal.addEventListener('abort', () => aborted.push(request.url));
    if (hold?.(request.url)) {
      held.push(request.url);
      await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve()));
      throw new DOMException('The operation was aborted.', 'AbortError');
    }
    return base(request);
  }) as typeof fetch;
  return { fetch: wrapped, aborted, held, holdUntilAborted: (match: (url: string) => boolean) => (hold = match) };
}

async function connected(role: 'swv' | 'school', attrs = '') {
  const api = await testApi();
  const flakyBase = flakyFetch();
  const tracking = trackAborts(flakyBase.fetch);
  const flaky = Object.assign(flakyBase, { aborted: tracking.aborted, held: tracking.held, holdUntilAborted: tracking.holdUntilAborted });
  const client = api.client(role, { fetch: tracking.fetch });
  const wrap = await fixture<HTMLElement>(html`<tz-provider .client=${client} lang="nl">
    <tz-reason-chart today=${TODAY} view=${attrs}></tz-reason-chart>
  </tz-provider>`);
  const el = wrap.querySelector('tz-reason-chart')!;
  await waitUntil(() => q(el, '.summary') || q(el, '.state.empty') || q(el, '.state.error'), 'chart loaded');
  return { el, flaky, api };
}

const periodOf = (el: TzReasonChartElement) => {
  const p = el.selectedPeriod!;
  const c = el.selectedComparisonPeriod!;
  return { from: p.from, to: p.to, compareFrom: c.from, compareTo: c.to };
};

describe('tz-reason-chart (connected, reference server)', function () {
  // The first request starts the reference server (PGlite + demo seed).
  this.timeout(90_000);
  before(async () => {
    const api = await testApi();
    await api.client('swv').reference.reasons();
  });

  it('region view: the total equals the sum over the schools, and over the main reasons', async () => {
    const { el, api } = await connected('swv', 'table');
    expect(q(el, '.state.error')).to.equal(null);
    await waitUntil(() => qa(el, '.rank-button').length > 0, 'ranking loaded');
    const total = Number(text(q(el, 'td.total')));
    expect(total).to.be.greaterThan(0);
    // The SWV sees small cells suppressed ("< 5" = 1..4 cases): the shown parts must add up to
    // the total within exactly that margin, and the schools' own (unsuppressed) view closes it.
    const sumOf = (cells: string[]) => {
      const shown = cells.filter((c) => /^\d+$/.test(c)).map(Number);
      return { sum: shown.reduce((a, b) => a + b, 0), suppressed: cells.length - shown.length };
    };
    const schools = sumOf(qa(el, '.rank-button .rank-value [aria-hidden]').map((n) => text(n).replace(/ [▲▼=].*$/, '')));
    expect(total).to.be.within(schools.sum + schools.suppressed, schools.sum + 4 * schools.suppressed);
    // Reasons: besides small cells, whole groups of reasons may be hidden (disclosure control),
    // so the shown reasons never add up to more than the total.
    const reasons = sumOf(qa(el, 'tbody td.count').map(text));
    expect(total).to.be.at.least(reasons.sum);
    await expectNoAxeViolations(el);
    // A school sees itself unsuppressed: its own total equals its row in the SWV's ranking.
    const own = api.organisations.school;
    const ownRow = text(q(el, `.rank-button[data-school="${own}"] .rank-value [aria-hidden]`)).replace(/ [▲▼=].*$/, '');
    const schoolClient = api.client('school');
    const ownStats = await schoolClient.statistics.reasons({ ...periodOf(el), school: own });
    expect(String(ownStats.total)).to.equal(ownRow);
    expect(ownStats.items.reduce((a, i) => a + (i.count ?? 0), 0)).to.equal(ownStats.total);
  });

  it('re-fetches when a school is chosen, and aborts the stale request', async () => {
    const { el, flaky } = await connected('swv');
    await waitUntil(() => qa(el, '.rank-button').length > 1, 'ranking loaded');
    const [first, second] = qa<HTMLButtonElement>(el, '.rank-button');
    const firstCode = first.dataset.school!;
    const secondCode = second.dataset.school!;
    // Two quick switches while the first answer is slow: the first request is aborted.
    flaky.holdUntilAborted((url) => url.includes('/statistics/reasons') && new URL(url).searchParams.get('school') === firstCode);
    el.school = firstCode;
    await waitUntil(() => flaky.held.length === 1, 'first request in flight');
    el.school = secondCode;
    await waitUntil(() => text(q(el, '.subheading')).includes(second.querySelector('.rank-name')!.textContent!.trim()), 'second school shown');
    expect(flaky.aborted.some((url) => new URL(url).searchParams.get('school') === firstCode)).to.equal(true);
    expect(q(el, '.ranking')).to.equal(null);
  });

  it('re-fetches for another period and scope with the right query', async () => {
    const { el, flaky } = await connected('school');
    const before = flaky.calls.length;
    el.period = 'last-3-months';
    el.comparison = 'last-year';
    el.reasonScope = 'all';
    await waitUntil(() => flaky.calls.slice(before).some((c) => c.url.includes('/statistics/reasons')), 'request');
    await waitUntil(() => q(el, '.summary') && text(q(el, '.subheading')).startsWith('Alle genoemde redenen'), 'scope shown');
    const call = flaky.calls.slice(before).filter((c) => c.url.includes('/statistics/reasons')).pop()!;
    const params = new URL(call.url).searchParams;
    expect(Object.fromEntries(params)).to.deep.include({
      from: '2025-12-16',
      to: '2026-03-15',
      compareFrom: '2024-12-16',
      compareTo: '2025-03-15',
      reasonScope: 'all',
    });
  });

  it('a school sees its own chart', async () => {
    const { el, api } = await connected('school');
    el.school = api.organisations.school;
    await waitUntil(() => q(el, '.summary') || q(el, '.state.empty'), 'school chart');
    expect(q(el, '.state.error')).to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('shows an error with retry when the connection drops, and recovers', async () => {
    const { el, flaky } = await connected('school');
    flaky.failNext(1, 'before', (_m, url) => url.includes('/statistics/reasons'));
    el.period = 'last-3-months';
    await waitUntil(() => q(el, '.state.error'), 'error state');
    await expectNoAxeViolations(el);
    q<HTMLButtonElement>(el, '.retry')!.click();
    await waitUntil(() => q(el, '.summary') || q(el, '.state.empty'), 'recovered');
  });

  it('an SWV is offered whole school years only and told why; the request asks for exactly those', async () => {
    const { el, flaky } = await connected('swv');
    expect(q(el, '.state.error')).to.equal(null);
    expect(el.schoolYearsOnly).to.equal(true);
    expect(qa<HTMLOptionElement>(el, '.period-select option').map((o) => o.value)).to.deep.equal(['this-school-year', 'last-school-year']);
    expect(q(el, '.custom-from')).to.equal(null);
    expect(qa(el, 'input[type="radio"]')).to.have.length(0);
    const note = q(el, '.publication-note')!;
    expect(text(note)).to.contain('per heel schooljaar');
    expect(q(el, '.period-select')!.getAttribute('aria-describedby')).to.equal(note.id);
    const calls = flaky.calls.filter((c) => c.url.includes('/statistics/reasons')).map((c) => Object.fromEntries(new URL(c.url).searchParams));
    expect(calls.at(-1)).to.deep.include({ from: '2025-08-01', to: '2026-07-31', compareFrom: '2024-08-01', compareTo: '2025-07-31', reasonScope: 'primary' });
    // Last school year: again a whole one, compared with the one before.
    const select = q<HTMLSelectElement>(el, '.period-select')!;
    select.value = 'last-school-year';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => text(q(el, '.period-text')).includes('2024'), 'last school year shown');
    expect(el.selectedPeriod).to.deep.equal({ from: '2024-08-01', to: '2025-07-31' });
    await expectNoAxeViolations(el);
  });

  it('with publication="school-year" the SWV never sends a refused request; leerplicht likewise', async () => {
    const api = await testApi();
    for (const role of ['swv', 'leerplicht'] as const) {
      const flaky = flakyFetch();
      const client = api.client(role, { fetch: flaky.fetch });
      const wrap = await fixture<HTMLElement>(html`<tz-provider .client=${client} lang="en">
        <tz-reason-chart today=${TODAY} publication="school-year" no-school-picker no-ranking></tz-reason-chart>
      </tz-provider>`);
      const el = wrap.querySelector('tz-reason-chart')!;
      await waitUntil(() => q(el, '.summary') || q(el, '.state.empty') || q(el, '.state.error'), 'chart loaded');
      expect(q(el, '.state.error')).to.equal(null);
      const reasonCalls = flaky.calls.filter((c) => c.url.includes('/statistics/reasons'));
      expect(reasonCalls).to.have.length(1);
      expect(new URL(reasonCalls[0].url).searchParams.get('to')).to.equal('2026-07-31');
      expect(text(q(el, '.publication-note'))).to.contain('per whole school year');
    }
  });

  it('emits tz-school-selected from the ranking in connected mode too', async () => {
    const { el } = await connected('swv');
    await waitUntil(() => qa(el, '.rank-button').length > 0, 'ranking loaded');
    const button = qa<HTMLButtonElement>(el, '.rank-button')[0];
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'tz-school-selected');
    expect(event.detail.school).to.equal(button.dataset.school);
    expect(el.getAttribute('school')).to.equal(button.dataset.school);
  });
});
