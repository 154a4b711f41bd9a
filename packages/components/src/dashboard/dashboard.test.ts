import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient } from '@thuiszitters/sdk';
import './define.js';
import type { TzDashboardElement } from './dashboard.element.js';
import type { TzReasonChartElement } from '../reason-chart/reason-chart.element.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { emptyHeadline, regionHeadline } from './fixtures.js';
import { regionReasons, regionSchools } from '../reason-chart/fixtures.js';

const TODAY = '2026-03-15';
const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function dashboard(headline: unknown = regionHeadline, lang = 'nl', width = 1000) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
    <tz-dashboard
      lang=${lang}
      today=${TODAY}
      .headline=${headline}
      .reasons=${regionReasons}
      .schools=${regionSchools}
      .context=${[{ label: 'Leerlingen in het speciaal onderwijs', value: 1234, source: 'DUO, 1 oktober 2025' }]}
    ></tz-dashboard>
  </div>`);
  const el = wrap.querySelector('tz-dashboard') as TzDashboardElement;
  await el.updateComplete;
  const chart = q<TzReasonChartElement>(el, 'tz-reason-chart')!;
  await chart.updateComplete;
  return { wrap, el, chart };
}

const tile = (el: Element, key: string) => q(el, `.tile[data-key="${key}"]`)!;

describe('tz-dashboard', () => {
  before(() => setViewport({ width: 1400, height: 900 }));

  it('shows the five headline figures with their change in symbols and words', async () => {
    const { el } = await dashboard();
    expect(qa(el, '.tile').map((t) => t.dataset.key)).to.deep.equal([
      'active',
      'newInPeriod',
      'closedWithSolution',
      'offerWithinNormShare',
      'medianDaysToOffer',
    ]);
    const row = (key: string) => [
      text(tile(el, key).querySelector('.tile-value')),
      text(tile(el, key).querySelector('.tile-arrow')),
      text(tile(el, key).querySelector('.tile-change-text')),
      text(tile(el, key).querySelector('.tile-was')),
    ];
    expect(row('active')).to.deep.equal(['38', '▼ 3', '3 minder dan vorig schooljaar', '(was 41)']);
    expect(row('newInPeriod')).to.deep.equal(['64', '▲ 6', '6 meer dan vorig schooljaar', '(was 58)']);
    expect(row('closedWithSolution')).to.deep.equal(['29', '= 0', 'evenveel als vorig schooljaar', '(was 29)']);
    expect(row('offerWithinNormShare')).to.deep.equal(['62%', '▲ 7 pp', '7 procentpunt hoger dan vorig schooljaar', '(was 55%)']);
    expect(row('medianDaysToOffer')).to.deep.equal(['47 dagen', '▼ 7 d', '7 dagen korter dan vorig schooljaar', '(was 54 dagen)']);
    expect(text(q(el, '.heading'))).to.equal('Thuiszitters in de hele regio');
    expect(text(q(el, '.period-line'))).to.equal('1 augustus 2025 t/m 31 juli 2026, vergeleken met vorig schooljaar');
    await expectNoAxeViolations(el);
  });

  it('speaks English', async () => {
    const { el } = await dashboard(regionHeadline, 'en');
    expect(text(q(el, '.heading'))).to.equal('Pupils at home in the whole region');
    expect(text(tile(el, 'active').querySelector('.tile-change-text'))).to.equal('3 fewer than last school year');
    expect(text(tile(el, 'offerWithinNormShare').querySelector('.tile-change-text'))).to.equal(
      '7 percentage points higher than last school year',
    );
    expect(text(tile(el, 'medianDaysToOffer').querySelector('.tile-value'))).to.equal('47 days');
    await expectNoAxeViolations(el);
  });

  it('draws the monthly trend as bars with a text alternative', async () => {
    const { el } = await dashboard();
    const spark = q(el, 'svg.sparkline')!;
    expect(spark.getAttribute('role')).to.equal('img');
    expect(spark.getAttribute('aria-label')).to.equal(
      'Actieve thuiszitters per maand, van 31 in aug 2025 naar 38 in jul 2026; het hoogste aantal was 47 in feb 2026.',
    );
    const bars = [...spark.querySelectorAll('rect')];
    expect(bars.map((b) => Number(b.dataset.active))).to.deep.equal(regionHeadline.trend.map((p) => p.active));
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    const tallest = heights.indexOf(Math.max(...heights));
    expect(bars[tallest].dataset.month).to.equal('2026-02');
    expect(heights[0] / heights[tallest]).to.be.closeTo(31 / 47, 0.01);
  });

  it('shows context figures from the registry, the national series and the host', async () => {
    const { el } = await dashboard();
    const items = qa(el, '.context dl > div').map((d) => [text(d.querySelector('dt')), [...d.querySelectorAll('dd')].map(text).join(' ')]);
    expect(items).to.deep.equal([
      ['Aanbod speciaal onderwijs met TLV in de periode', '17'],
      ['Leerlingen in het speciaal onderwijs', '1.234 DUO, 1 oktober 2025'],
      ['Vrijstellingen artikel 5 onder a', '7.389'],
      ['Absoluut verzuim', '10.240'],
      ['Langdurig relatief verzuim', '3.246'],
    ]);
    expect(text(q(el, '.national-title'))).to.equal('Landelijk, schooljaar 2021/22 (bron: OCW)');
  });

  it('composes the reason chart and shares its school and period', async () => {
    const { el, chart } = await dashboard();
    expect(chart.period).to.equal('this-school-year');
    expect(chart.today).to.equal(TODAY);
    expect(chart.shadowRoot!.querySelectorAll('g.row')).to.have.length(7);
    const button = chart.shadowRoot!.querySelector<HTMLButtonElement>('.rank-button[data-school="12AB00"]')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'tz-school-selected'); // reaches the host through the dashboard
    expect(event.detail.school).to.equal('12AB00');
    await el.updateComplete;
    expect(el.getAttribute('school')).to.equal('12AB00');
    expect(text(q(el, '.heading'))).to.equal('Thuiszitters in Het Baken Lyceum');
    // A school year compares with an earlier school year of choice (issue 15: "Vergelijken met").
    const select = chart.shadowRoot!.querySelector<HTMLSelectElement>('.comparison-select')!;
    select.value = 'two-years-ago';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const period = await oneEvent(el, 'tz-period-change');
    expect(period.detail.comparisonPeriod).to.deep.equal({ from: '2023-08-01', to: '2024-03-15' });
    await el.updateComplete;
    expect(el.getAttribute('comparison')).to.equal('two-years-ago');
    expect(chart.comparison).to.equal('two-years-ago');
  });

  it('shows a period without cases: zeros, dashes and no comparison', async () => {
    const { el } = await dashboard(emptyHeadline);
    expect(text(q(el, '.nobody'))).to.equal('Er zijn in deze periode geen thuiszitters geregistreerd.');
    expect(text(tile(el, 'offerWithinNormShare').querySelector('.tile-value'))).to.equal('–');
    expect(text(tile(el, 'offerWithinNormShare').querySelector('.tile-change-text'))).to.equal('geen vergelijking mogelijk');
    expect(tile(el, 'offerWithinNormShare').querySelector('.tile-arrow')).to.equal(null);
    expect(text(tile(el, 'active').querySelector('.tile-arrow'))).to.equal('▼ 2');
    await expectNoAxeViolations(el);
  });

  it('shows a readable error and warns when the host passes a wrong shape', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      const { el } = await dashboard({ ...regionHeadline, figures: { ...regionHeadline.figures, active: 'veel' } });
      expect(text(q(el, '.state.error'))).to.contain('De aangeleverde gegevens hebben niet de verwachte vorm.');
      expect(warnings.some((w) => w.includes('headline.figures.active'))).to.equal(true);
      await expectNoAxeViolations(el);
    } finally {
      console.warn = warn;
    }
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const { el, wrap } = await dashboard(regionHeadline, 'nl', 320);
    await waitUntil(() => el.scrollWidth <= 321, 'no overflow at 320px');
    for (const t of qa(el, '.tile')) expect(t.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
    await expectNoAxeViolations(el);
  });

  it('shows loading, then an error with retry (connected, failure injected at fetch)', async () => {
    let fail = false;
    const client = createClient({
      baseUrl: 'http://127.0.0.1:9/v1',
      getToken: () => 'token',
      retry: 0,
      fetch: (() => (fail ? Promise.reject(new TypeError('Failed to fetch')) : new Promise<Response>(() => {}))) as unknown as typeof fetch,
    });
    const el = await fixture<TzDashboardElement>(html`<tz-dashboard today=${TODAY} .client=${client}></tz-dashboard>`);
    await waitUntil(() => q(el, '.loading'));
    expect(text(q(el, '.loading [role="status"]'))).to.equal('Kerncijfers laden…');
    expect(q(el, '.figures')!.getAttribute('aria-busy')).to.equal('true');
    await expectNoAxeViolations(el);
    fail = true;
    el.retry();
    await waitUntil(() => q(el, '.state.error'), 'error state');
    expect(text(q(el, '.state.error'))).to.contain('De kerncijfers konden niet worden geladen');
    await expectNoAxeViolations(el);
  });

  it('list-links: the active and norm tiles ask for their list of cases with tz-filter-requested (keyboard)', async () => {
    const { el } = await dashboard();
    expect(qa(el, '.tile-link')).to.have.length(0);
    el.listLinks = true;
    el.school = '12AB00';
    await el.updateComplete;
    const links = qa<HTMLButtonElement>(el, '.tile-link button');
    expect(links.map((b) => text(b))).to.deep.equal(['Toon de lopende casussen', 'Toon de casussen over de termijn']);
    links[1].focus();
    const asked = oneEvent(el, 'tz-filter-requested');
    await sendKeys({ press: 'Enter' });
    const { detail } = await asked;
    expect(detail).to.deep.equal({ filter: { preset: 'norm-exceeded', school: '12AB00' }, tile: 'offerWithinNormShare' });
    await expectNoAxeViolations(el);
  });
});
