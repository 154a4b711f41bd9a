// Walk-through items of issue 15 for <tz-dashboard> and its chart, against the REAL reference
// server: the title names what is shown (region, municipality or one school), and "Vergelijken
// met" chooses an earlier school year when the period is a school year.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import './define.js';
import '../provider/define.js';
import type { TzDashboardElement } from './dashboard.element.js';
import type { TzReasonChartElement } from '../reason-chart/reason-chart.element.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { flakyFetch, testApi, type TestRole } from '../test-support/api.js';
import { dashboardWhere, titleMessages } from './title.js';
import { comparisonChoices, effectiveComparison } from '../reason-chart/comparison-choices.js';
import { reasonChartMessages } from '../reason-chart/messages.js';
import { comparisonName } from '../shared/wording.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const TODAY = '2026-03-15';

describe('dashboard title and school-year comparison (issue 15)', function () {
  this.timeout(90_000);
  before(async () => {
    await (await testApi()).client('swv').reference.reasons();
  });

  async function connected(role: TestRole, attrs: { area?: string; areaName?: string; school?: string; lang?: string } = {}) {
    const api = await testApi();
    const flaky = flakyFetch();
    const client = api.client(role, { fetch: flaky.fetch });
    const wrap = await fixture<HTMLElement>(html`<tz-provider .client=${client} lang=${attrs.lang ?? 'nl'}>
      <tz-dashboard today=${TODAY} publication=${role === 'school' ? 'day' : 'school-year'} area=${attrs.area ?? 'region'} area-name=${attrs.areaName ?? ''} school=${attrs.school ?? ''}></tz-dashboard>
    </tz-provider>`);
    const el = wrap.querySelector('tz-dashboard') as TzDashboardElement;
    await waitUntil(() => q(el, '.tile') || q(el, '.state.error'), 'headline loaded');
    const chart = q<TzReasonChartElement>(el, 'tz-reason-chart')!;
    await waitUntil(() => q(chart, '.summary') || q(chart, '.state.empty') || q(chart, '.state.error'), 'chart loaded');
    return { el, chart, api, flaky };
  }

  it('names the region of an SWV (with its name from the profile), the municipality of leerplicht, and a chosen school', async () => {
    const swv = await connected('swv');
    await waitUntil(() => text(q(swv.el, '.heading')).includes('('), 'profile name');
    expect(text(q(swv.el, '.heading'))).to.equal('Thuiszitters in de hele regio (Samenwerkingsverband Voorbeeldregio)');

    const leerplicht = await connected('leerplicht', { area: 'municipality', areaName: 'Voorbeeldstad' });
    expect(text(q(leerplicht.el, '.heading'))).to.equal('Thuiszitters in de gemeente Voorbeeldstad');
    expect(text(q(leerplicht.el, '.heading'))).not.to.contain('regio');
    await expectNoAxeViolations(leerplicht.el);

    const english = await connected('leerplicht', { area: 'municipality', lang: 'en' });
    expect(text(q(english.el, '.heading'))).to.equal('Pupils at home in your municipality');

    const school = await connected('school', { school: (await testApi()).organisations.school });
    await waitUntil(() => !text(q(school.el, '.heading')).includes('12AB00'), 'school name');
    expect(text(q(school.el, '.heading'))).to.equal('Thuiszitters in Voorbeeld College');
  });

  it('compares a school year with the school year two years earlier, in the chart and the headline figures', async () => {
    const { el, chart, flaky } = await connected('swv');
    const select = q<HTMLSelectElement>(chart, '.comparison-select')!;
    expect([...select.options].map((o) => text(o))).to.deep.equal(['Het schooljaar ervoor (2024-2025)', 'Twee schooljaren eerder (2023-2024)']);
    const before = flaky.calls.length;
    select.value = 'two-years-ago';
    select.dispatchEvent(new Event('change'));
    const asked = (path: string) => flaky.calls.slice(before).map((c) => new URL(c.url)).find((u) => u.pathname.endsWith(path));
    await waitUntil(() => asked('/statistics/reasons') && asked('/statistics/headline'), 'both reloaded');
    expect(asked('/statistics/reasons')!.searchParams.get('compareFrom')).to.equal('2023-08-01');
    expect(asked('/statistics/reasons')!.searchParams.get('compareTo')).to.equal('2024-07-31');
    expect(asked('/statistics/headline')!.searchParams.get('compareFrom')).to.equal('2023-08-01');
    await waitUntil(() => text(q(chart, '.summary')).includes('2023-2024') || q(chart, '.state.error'), 'chart shows the comparison');
    expect(q(chart, '.state.error')).to.equal(null);
    expect(q(el, '.state.error')).to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('words and choices (pure)', () => {
    const m = titleMessages.nl;
    expect(dashboardWhere({ schoolName: 'Het Baken', area: 'municipality', areaName: 'X', swvName: 'Y' }, m)).to.equal('Het Baken');
    expect(dashboardWhere({ schoolName: null, area: 'municipality', areaName: 'Gemeente Voorbeeldstad', swvName: null }, m)).to.equal('de gemeente Voorbeeldstad');
    expect(dashboardWhere({ schoolName: null, area: 'region', areaName: null, swvName: null }, m)).to.equal('de hele regio');
    const cm = reasonChartMessages.nl;
    const year = { from: '2025-08-01', to: '2026-03-15' };
    expect(comparisonChoices(year, true, cm).map((c) => c.value)).to.deep.equal(['previous', 'two-years-ago']);
    expect(comparisonChoices({ from: '2026-01-01', to: '2026-03-15' }, false, cm).map((c) => c.value)).to.deep.equal(['previous', 'last-year', 'two-years-ago']);
    expect(effectiveComparison('last-year', true)).to.equal('previous');
    expect(effectiveComparison('last-year', false)).to.equal('last-year');
    expect(comparisonName({ from: '2025-08-01', to: '2026-07-31' }, { from: '2023-08-01', to: '2024-07-31' }, TODAY, cm, () => 'x')).to.equal('schooljaar 2023-2024');
  });
});
