// Connected mode against the REAL reference server (demo seed) through the real SDK client.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import './define.js';
import '../provider/define.js';
import type { TzDashboardElement } from './dashboard.element.js';
import type { TzReasonChartElement } from '../reason-chart/reason-chart.element.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { flakyFetch, testApi } from '../test-support/api.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const TODAY = '2026-03-15';

describe('tz-dashboard (connected, reference server)', function () {
  this.timeout(90_000);
  before(async () => {
    await (await testApi()).client('swv').reference.reasons();
  });

  async function connected(role: 'swv' | 'school') {
    const api = await testApi();
    const flaky = flakyFetch();
    const client = api.client(role, { fetch: flaky.fetch });
    const wrap = await fixture<HTMLElement>(html`<tz-provider .client=${client} lang="nl">
      <tz-dashboard today=${TODAY} school=${role === 'school' ? api.organisations.school : ''}></tz-dashboard>
    </tz-provider>`);
    const el = wrap.querySelector('tz-dashboard') as TzDashboardElement;
    await waitUntil(() => q(el, '.tile') || q(el, '.state.error'), 'headline loaded');
    const chart = q<TzReasonChartElement>(el, 'tz-reason-chart')!;
    await waitUntil(() => q(chart, '.summary') || q(chart, '.state.empty') || q(chart, '.state.error'), 'chart loaded');
    return { el, chart, api, flaky, client };
  }

  it('shows the server’s headline figures for the region and the chart beside them', async () => {
    const { el, chart, client } = await connected('swv');
    const expected = await client.statistics.headline({
      from: '2025-08-01',
      to: '2026-03-15',
      compareFrom: '2024-08-01',
      compareTo: '2025-03-15',
    });
    expect(text(q(el, '.tile[data-key="active"] .tile-value'))).to.equal(String(expected.figures.active));
    expect(text(q(el, '.tile[data-key="newInPeriod"] .tile-value'))).to.equal(String(expected.figures.newInPeriod));
    expect(qa(el, 'svg.sparkline rect').map((r) => Number(r.dataset.active))).to.deep.equal(expected.trend.map((p) => p.active));
    expect(text(q(el, '.context dd'))).to.equal(String(expected.context.specialEducationOffers));
    expect(q(chart, '.state.error')).to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('shows the definition profile choices that change the figures', async () => {
    const { el, client } = await connected('swv');
    const profile = await client.reference.definitionProfile();
    await waitUntil(() => q(el, '.definition-line'), 'definition line');
    const line = text(q(el, '.definition-line'));
    expect(line).to.contain(`meer dan ${profile.lrvThresholdDays} lesdagen`);
    expect(line).to.contain(`regio ${profile.holidayRegion}`);
    expect(line).to.contain('absoluut verzuim vanaf de eerste dag');
  });

  it('follows a school chosen in the chart: the headline is fetched again for that school', async () => {
    const { el, chart, flaky } = await connected('swv');
    await waitUntil(() => qa(chart, '.rank-button').length > 0, 'ranking');
    const button = qa<HTMLButtonElement>(chart, '.rank-button')[0];
    const before = flaky.calls.length;
    button.click();
    await waitUntil(
      () => flaky.calls.slice(before).some((c) => c.url.includes('/statistics/headline') && c.url.includes(`school=${button.dataset.school}`)),
      'headline for the school',
    );
    await waitUntil(() => text(q(el, '.heading')).includes(text(button.querySelector('.rank-name'))), 'school name in heading');
    expect(el.getAttribute('school')).to.equal(button.dataset.school);
  });

  it('leerplicht: the chart offers whole school years only and says why; the headline keeps the period so far', async () => {
    const api = await testApi();
    const flaky = flakyFetch();
    const client = api.client('leerplicht', { fetch: flaky.fetch });
    const wrap = await fixture<HTMLElement>(html`<tz-provider .client=${client} lang="en">
      <tz-dashboard today=${TODAY} publication="school-year" no-school-picker></tz-dashboard>
    </tz-provider>`);
    const el = wrap.querySelector('tz-dashboard') as TzDashboardElement;
    const chart = q<TzReasonChartElement>(el, 'tz-reason-chart')!;
    await waitUntil(() => q(el, '.tile') && (q(chart, '.summary') || q(chart, '.state.empty') || q(chart, '.state.error')), 'loaded');
    expect(q(chart, '.state.error')).to.equal(null);
    expect(chart.getAttribute('publication')).to.equal('school-year');
    expect(text(q(chart, '.publication-note'))).to.contain('per whole school year');
    const reasonCalls = flaky.calls.filter((c) => c.url.includes('/statistics/reasons'));
    expect(reasonCalls.every((c) => new URL(c.url).searchParams.get('to') === '2026-07-31')).to.equal(true);
    const headline = flaky.calls.find((c) => c.url.includes('/statistics/headline'))!;
    expect(new URL(headline.url).searchParams.get('to')).to.equal(TODAY);
    await expectNoAxeViolations(el);
  });

  it('a school sees its own dashboard', async () => {
    const { el, chart } = await connected('school');
    expect(q(el, '.state.error')).to.equal(null);
    expect(qa(el, '.tile')).to.have.length(5);
    expect(q(chart, '.state.error')).to.equal(null);
    await expectNoAxeViolations(el);
  });
});
