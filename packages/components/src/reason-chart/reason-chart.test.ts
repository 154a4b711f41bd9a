import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient } from '@thuiszitters/sdk';
import './define.js';
import type { ExportDetail, TzReasonChartElement } from './reason-chart.element.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { allSuppressed, emptyReasons, publishedRegionReasons, regionReasons, regionSchools, schoolReasons } from './fixtures.js';

const TODAY = '2026-03-15';

async function controlled(data: unknown = regionReasons, lang = 'nl', width = 900) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
    <tz-reason-chart lang=${lang} today=${TODAY} .data=${data} .schools=${regionSchools}></tz-reason-chart>
  </div>`);
  const el = wrap.querySelector('tz-reason-chart') as TzReasonChartElement;
  await el.updateComplete;
  return { wrap, el };
}

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const activeIn = (el: Element) => el.shadowRoot!.activeElement;

describe('tz-reason-chart: bars', () => {
  before(() => setViewport({ width: 1400, height: 900 }));

  it('draws one bar per reason, sorted by count, with comparison and change', async () => {
    const { el } = await controlled();
    const rows = qa(el, 'g.row');
    expect(rows.map((r) => r.getAttribute('data-key'))).to.deep.equal([
      'psychisch',
      'ontwikkeling-gedrag',
      'schoolweigering',
      'wachten-onderwijsplek',
      'thuissituatie',
      'pesten',
      'lichamelijk',
    ]);
    expect(rows.map((r) => text(r.querySelector('.value')))).to.deep.equal(['34', '22', '18', '12', '8', '7', '< 5']);
    expect(rows.map((r) => text(r.querySelector('.comparison-value')))).to.deep.equal(['28', '22', '21', '9', '7', '< 5', '8']);
    expect(rows.map((r) => text(r.querySelector('.change')))).to.deep.equal(['▲ 6', '= 0', '▼ 3', '▲ 3', '▲ 1', '', '']);
    const widths = rows.map((r) => Number(r.querySelector('.bar.current, .bar.suppressed')!.getAttribute('width')));
    expect(widths[1] / widths[0]).to.be.closeTo(22 / 34, 0.01);
    expect(widths[3] / widths[0]).to.be.closeTo(12 / 34, 0.01);
    const comparisonWidth = Number(rows[0].querySelector('.bar.comparison')!.getAttribute('width'));
    expect(comparisonWidth / widths[0]).to.be.closeTo(28 / 34, 0.01);
    expect(rows[0].getAttribute('aria-label')).to.equal(
      'Psychische problematiek (angst, depressie, stress): 34 leerlingen; vergelijkingsperiode 28 leerlingen; 6 meer dan vorig schooljaar.',
    );
    expect(rows[2].getAttribute('aria-label')).to.contain('3 minder dan vorig schooljaar');
    expect(text(q(el, '.summary'))).to.equal(
      'Psychische problematiek is de meest genoemde reden: 34 leerlingen, 6 meer dan vorig schooljaar. Totaal: 101 leerlingen.',
    );
    await expectNoAxeViolations(el);
  });

  it('speaks English with the English taxonomy labels', async () => {
    const { el } = await controlled(regionReasons, 'en');
    expect(text(q(el, '.summary'))).to.equal(
      'Mental health problems is the reason mentioned most: 34 pupils, 6 more than last school year. Total: 101 pupils.',
    );
    expect(text(qa(el, 'g.row')[2].querySelector('.label'))).to.equal('School refusal or school anxiety');
    expect(qa(el, 'g.row')[0].getAttribute('aria-label')).to.equal(
      'Mental health problems (anxiety, depression, stress): 34 pupils; comparison period 28 pupils; 6 more than last school year.',
    );
    expect(text(q(el, '.heading'))).to.equal('Reasons for being at home');
    await expectNoAxeViolations(el);
  });

  it('follows a language change of the page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="nl" style="width:700px">
      <tz-reason-chart today=${TODAY} .data=${regionReasons}></tz-reason-chart>
    </div>`);
    const el = wrap.querySelector('tz-reason-chart')!;
    await el.updateComplete;
    expect(text(q(el, '.heading'))).to.equal('Redenen van thuiszitten');
    wrap.setAttribute('lang', 'en');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(q(el, '.heading'))).to.equal('Reasons for being at home');
  });

  it('offers whole school years only when the data says so, and says why (nl + en)', async () => {
    const { el } = await controlled(publishedRegionReasons);
    expect(qa<HTMLOptionElement>(el, '.period-select option').map((o) => o.value)).to.deep.equal(['this-school-year', 'last-school-year']);
    expect(qa(el, 'input[type="radio"]')).to.have.length(0);
    // "Vergelijken met" chooses among earlier whole school years (issue 15).
    expect(qa<HTMLOptionElement>(el, '.comparison-select option').map((o) => [o.value, text(o)])).to.deep.equal([
      ['previous', 'Het schooljaar ervoor (2024-2025)'],
      ['two-years-ago', 'Twee schooljaren eerder (2023-2024)'],
    ]);
    expect(text(q(el, '.publication-note'))).to.contain('Zo kan niemand');
    expect(el.selectedPeriod).to.deep.equal({ from: '2025-08-01', to: '2026-07-31' });
    el.lang = 'en';
    await el.updateComplete;
    expect(text(q(el, '.publication-note'))).to.contain('so that nobody can work out');
    await expectNoAxeViolations(el);
    // A host that knows the role sets the attribute; the same controls, before any data.
    const { el: plain } = await controlled(regionReasons);
    expect(qa(plain, '.period-select option')).to.have.length(4);
    plain.publication = 'school-year';
    await plain.updateComplete;
    expect(qa(plain, '.period-select option')).to.have.length(2);
  });

  it('names the comparison "the same period last year" when that is what the data compares with', async () => {
    const data = { ...regionReasons, comparisonPeriod: { from: '2024-08-01', to: '2025-07-31' }, period: { from: '2025-08-01', to: '2026-07-31' } };
    const { el } = await controlled({ ...data, period: { from: '2025-12-15', to: '2026-03-15' }, comparisonPeriod: { from: '2024-12-15', to: '2025-03-15' } });
    expect(text(q(el, '.summary'))).to.contain('6 meer dan dezelfde periode vorig jaar');
  });

  it('moves between bars with the arrow keys, Home and End (roving tabindex)', async () => {
    const { el } = await controlled();
    const rows = () => qa<SVGGElement>(el, 'g.row');
    expect(rows().filter((r) => r.getAttribute('tabindex') === '0')).to.have.length(1);
    rows()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeIn(el)).to.equal(rows()[1]);
    expect(rows()[1].getAttribute('tabindex')).to.equal('0');
    expect(rows()[0].getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(activeIn(el)?.getAttribute('data-key')).to.equal('lichamelijk');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(activeIn(el)?.getAttribute('data-key')).to.equal('pesten');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(activeIn(el)?.getAttribute('data-key')).to.equal('psychisch');
    // One Tab stop for the whole chart: Tab leaves it.
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)?.classList.contains('row') ?? false).to.equal(false);
  });

  it('switches to all mentioned reasons and says so', async () => {
    const { el } = await controlled();
    setTimeout(() => q<HTMLInputElement>(el, 'input[value="all"]')!.click());
    const event = await oneEvent(el, 'tz-reason-scope-change');
    expect(event.detail).to.deep.equal({ reasonScope: 'all' });
    expect(el.getAttribute('reason-scope')).to.equal('all');
  });
});

describe('tz-reason-chart: table view', () => {
  it('shows the same data as a real table with caption and headers', async () => {
    const { el } = await controlled();
    const chartRows = qa(el, 'g.row').map((r) => [
      text(r.querySelector('.label') && r) && [...r.querySelectorAll('.label')].map((l) => l.textContent).join(' '),
      text(r.querySelector('.value')),
      text(r.querySelector('.comparison-value')),
      text(r.querySelector('.change')) || '–',
    ]);
    q<HTMLButtonElement>(el, '.view-toggle')!.click();
    await el.updateComplete;
    expect(q(el, '.view-toggle')!.getAttribute('aria-pressed')).to.equal('true');
    expect(q(el, 'svg.chart-svg')).to.equal(null);
    const table = q<HTMLTableElement>(el, 'table')!;
    expect(text(table.querySelector('caption'))).to.contain('Redenen van thuiszitten');
    expect(qa(el, 'thead th').map(text)).to.deep.equal(['Reden', 'Aantal', 'Vergelijkingsperiode', 'Verandering']);
    const tableRows = [...table.querySelectorAll('tbody tr')].map((tr) => [
      text(tr.querySelector('th')),
      text(tr.querySelector('.count')),
      text(tr.querySelector('.comparison')),
      text(tr.querySelector('.change [aria-hidden="true"]')),
    ]);
    expect(tableRows).to.deep.equal(chartRows);
    expect(text(table.querySelector('.total'))).to.equal('101');
    expect(text(table.querySelector('.comparison-total'))).to.equal('95');
    expect(text(table.querySelector('tbody tr .change .visually-hidden'))).to.equal('6 meer dan vorig schooljaar');
    await expectNoAxeViolations(el);
  });
});

describe('tz-reason-chart: small cells', () => {
  it('shows "< 5" for suppressed counts and never derives them from totals', async () => {
    const { el } = await controlled(schoolReasons);
    const rows = qa(el, 'g.row');
    expect(rows.map((r) => text(r.querySelector('.value')))).to.deep.equal(['6', '< 5', '< 5']);
    expect(rows[1].getAttribute('aria-label')).to.contain('minder dan 5 leerlingen');
    expect(rows[1].getAttribute('aria-label')).to.contain('verandering niet te tonen (kleine aantallen)');
    expect(q(el, '.suppressed-note')).to.not.equal(null);
    // total 14 − shown 6 = 8: that difference must appear nowhere, in the chart, the table or the CSV.
    const numbersIn = (s: string) => (s.match(/\d+/g) ?? []).map(Number);
    const csv = el.toCsv();
    const csvBody = csv.split('\r\n').slice(1, -2).join('\n');
    expect(numbersIn(csvBody)).to.not.include(8);
    expect(csv).to.contain('"< 5"'.replace(/"/g, ''));
    expect(numbersIn(qa(el, 'g.row text').map(text).join(' '))).to.not.include(8);
    q<HTMLButtonElement>(el, '.view-toggle')!.click();
    await el.updateComplete;
    expect(numbersIn(qa(el, 'tbody').map(text).join(' '))).to.not.include(8);
    expect(text(q(el, '.comparison-total'))).to.equal('< 5');
    await expectNoAxeViolations(el);
  });

  it('says when every count is too small to show', async () => {
    const { el } = await controlled(allSuppressed);
    expect(text(q(el, '.summary'))).to.equal('Alle aantallen zijn kleiner dan 5 en worden daarom niet getoond.');
    expect(qa(el, '.bar.suppressed').length).to.be.greaterThan(1);
    await expectNoAxeViolations(el);
  });

  it('draws "< 5" placeholder bars short, never across the chart, even when (almost) every cell is small', async () => {
    for (const data of [schoolReasons, allSuppressed]) {
      const { el } = await controlled(data);
      const chartWidth = Number(q(el, 'svg.chart-svg')!.getAttribute('width'));
      const placeholders = qa(el, '.bar.suppressed').map((b) => Number(b.getAttribute('width')));
      expect(placeholders.length).to.be.greaterThan(0);
      for (const w of placeholders) expect(w).to.be.at.most(chartWidth / 4);
    }
    // Beside a shown count of 6 the placeholder is at most a quarter of that bar.
    const { el } = await controlled(schoolReasons);
    const six = Number(qa(el, 'g.row')[0].querySelector('.bar.current')!.getAttribute('width'));
    expect(Number(q(el, '.bar.suppressed')!.getAttribute('width'))).to.be.at.most(six / 4 + 0.1);
  });

  it('uses the threshold of the response', async () => {
    const { el } = await controlled({ ...schoolReasons, suppressionThreshold: 10 });
    expect(text(qa(el, 'g.row')[1].querySelector('.value'))).to.equal('< 10');
  });
});

describe('tz-reason-chart: export', () => {
  it('writes the shown rows as CSV (semicolons in Dutch, commas in English)', async () => {
    const { el } = await controlled();
    expect(el.toCsv()).to.equal(
      [
        'Reden;code;Aantal 2025-08-01 – 2026-07-31;Aantal 2024-08-01 – 2025-07-31;Verandering',
        'Psychische problematiek (angst, depressie, stress);psychisch;34;28;6',
        'Ontwikkelings- of gedragsproblematiek (o.a. ASS, ADHD);ontwikkeling-gedrag;22;22;0',
        'Schoolweigering of schoolangst;schoolweigering;18;21;-3',
        'Wachten op een passende onderwijsplek of TLV;wachten-onderwijsplek;12;9;3',
        'Problemen in de thuissituatie;thuissituatie;8;7;1',
        'Pesten of sociale onveiligheid;pesten;7;< 5;',
        'Lichamelijke ziekte of somatische klachten;lichamelijk;< 5;8;',
        'Totaal (leerlingen);;101;95;',
        '',
      ].join('\r\n'),
    );
    el.lang = 'en';
    await el.updateComplete;
    const lines = el.toCsv().split('\r\n');
    expect(lines[0]).to.equal('Reason,code,Number 2025-08-01 – 2026-07-31,Number 2024-08-01 – 2025-07-31,Change');
    expect(lines[1]).to.equal('"Mental health problems (anxiety, depression, stress)",psychisch,34,28,6');
  });

  it('hands CSV, SVG and PNG files to the host through a cancelable tz-chart-export', async () => {
    const { el } = await controlled();
    const files: ExportDetail[] = [];
    el.addEventListener('tz-chart-export', (e) => {
      e.preventDefault();
      files.push(e.detail);
    });
    q<HTMLButtonElement>(el, '.export-csv')!.click();
    await waitUntil(() => files.length === 1);
    expect(files[0].filename).to.equal('redenen-thuiszitten-regio-2025-08-01-2026-07-31.csv');
    expect((await files[0].blob.text()).replace(/^\uFEFF/, '')).to.equal(el.toCsv());

    q<HTMLButtonElement>(el, '.export-svg')!.click();
    await waitUntil(() => files.length === 2);
    const svgText = await files[1].blob.text();
    expect(files[1].blob.type).to.equal('image/svg+xml');
    expect(svgText).to.contain('<svg');
    expect(svgText).to.not.contain('var(--');
    expect(svgText).to.contain('rgb(0, 114, 178)'); // the current-period token, inlined
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('g[data-key]')).to.have.length(7);

    q<HTMLButtonElement>(el, '.export-png')!.click();
    await waitUntil(() => files.length === 3, 'PNG export');
    expect(files[2].blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(files[2].blob);
    expect(bitmap.width).to.be.greaterThan(800);
  });
});

describe('tz-reason-chart: school switching', () => {
  it('switches to a school by clicking it in the ranking, and back to the region', async () => {
    const { el } = await controlled();
    const buttons = qa<HTMLButtonElement>(el, '.rank-button');
    expect(buttons.map((b) => b.dataset.school)).to.deep.equal(['34CD01', '56EF00', '90JK00', '12AB00', '78GH02']);
    expect(text(buttons[4].querySelector('.rank-value [aria-hidden]'))).to.equal('< 5');
    setTimeout(() => buttons[3].click());
    const event = await oneEvent(el, 'tz-school-selected');
    expect(event.detail).to.deep.equal({ school: '12AB00', name: 'Het Baken Lyceum' });
    await el.updateComplete;
    expect(el.getAttribute('school')).to.equal('12AB00');
    expect(q(el, '.ranking')).to.equal(null);
    expect(q<HTMLInputElement>(el, '.combobox-input')!.value).to.equal('Het Baken Lyceum');
    // The clicked button is gone: focus moved to the chart's heading (the chart of that school), not to the page body.
    await waitUntil(() => activeIn(el) === q(el, '.subheading'), 'focus on the chart heading');
    setTimeout(() => q<HTMLButtonElement>(el, '.back-to-region')!.click());
    const back = await oneEvent(el, 'tz-school-selected');
    expect(back.detail).to.deep.equal({ school: null, name: null });
    await el.updateComplete;
    expect(el.hasAttribute('school')).to.equal(false);
    await waitUntil(() => activeIn(el) === q(el, '.ranking [role="heading"]'), 'focus on the ranking heading');
  });

  it('choosing a school with the combobox does not scroll the page: the chart stays where it was', async () => {
    await setViewport({ width: 1000, height: 500 });
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px">
        <div style="height:120px">Host</div>
        <tz-reason-chart lang="nl" today=${TODAY} .data=${regionReasons} .schools=${regionSchools}></tz-reason-chart>
        <div style="height:3000px">Host</div>
      </div>`);
      const el = wrap.querySelector('tz-reason-chart') as TzReasonChartElement;
      await el.updateComplete;
      const input = q<HTMLInputElement>(el, '.combobox-input')!;
      input.scrollIntoView({ block: 'start' });
      const before = window.scrollY;
      input.focus();
      await sendKeys({ press: 'ArrowDown' });
      for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(window.scrollY, 'scroll while choosing').to.equal(before);
      const selected = oneEvent(el, 'tz-school-selected');
      await sendKeys({ press: 'Enter' });
      await selected;
      await el.updateComplete;
      expect(window.scrollY, 'scroll after choosing').to.equal(before);
    } finally {
      window.scrollTo(0, 0);
      await setViewport({ width: 1400, height: 900 });
    }
  });

  it('choosing a school in the ranking below the chart brings the chart of that school into view', async () => {
    await setViewport({ width: 1000, height: 500 });
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px">
        <tz-reason-chart lang="nl" today=${TODAY} .data=${regionReasons} .schools=${regionSchools}></tz-reason-chart>
        <div style="height:3000px">Host</div>
      </div>`);
      const el = wrap.querySelector('tz-reason-chart') as TzReasonChartElement;
      await el.updateComplete;
      const button = qa<HTMLButtonElement>(el, '.rank-button')[4];
      button.scrollIntoView({ block: 'end' });
      button.focus();
      const selected = oneEvent(el, 'tz-school-selected');
      await sendKeys({ press: 'Enter' });
      await selected;
      await el.updateComplete;
      await waitUntil(() => activeIn(el) !== null, 'focus placed');
      const heading = q(el, '.subheading')!.getBoundingClientRect();
      expect(heading.top, 'chart heading in view').to.be.within(0, window.innerHeight - heading.height);
      expect(q(el, '.chart-box')!.getBoundingClientRect().top).to.be.lessThan(window.innerHeight);
    } finally {
      window.scrollTo(0, 0);
      await setViewport({ width: 1400, height: 900 });
    }
  });

  it('switches by keyboard in the ranking (Tab to a school, Enter)', async () => {
    const { el } = await controlled();
    const buttons = qa<HTMLButtonElement>(el, '.rank-button');
    buttons[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)).to.equal(buttons[1]);
    const selected = oneEvent(el, 'tz-school-selected');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.school).to.equal('56EF00');
  });

  it('switches with the combobox: type to filter, arrows, Enter', async () => {
    const { el } = await controlled();
    const input = q<HTMLInputElement>(el, '.combobox-input')!;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    input.focus();
    await sendKeys({ type: 'gym' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const options = qa(el, '[role="option"]');
    expect(options.map(text)).to.deep.equal(['Stedelijk Gymnasium 90JK00']);
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0].id);
    await expectNoAxeViolations(el);
    const selected = oneEvent(el, 'tz-school-selected');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ school: '90JK00', name: 'Stedelijk Gymnasium' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('Stedelijk Gymnasium');
    expect(el.getAttribute('school')).to.equal('90JK00');
  });

  it('opens with ArrowDown, jumps with Home/End, closes with Escape, and finds schools by BRIN code', async () => {
    const { el } = await controlled();
    const input = q<HTMLInputElement>(el, '.combobox-input')!;
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const options = () => qa(el, '[role="option"]');
    expect(options().map((o) => o.dataset.code)).to.deep.equal(['', '34CD01', '12AB00', '78GH02', '90JK00', '56EF00']);
    expect(options()[0].getAttribute('aria-selected')).to.equal('true');
    expect(input.getAttribute('aria-activedescendant')).to.equal(options()[0].id);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options()[5].id);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options()[2].id);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(el.school).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
    await sendKeys({ type: '78gh' });
    await el.updateComplete;
    expect(options().map((o) => o.dataset.code)).to.deep.equal(['78GH02']);
    const selected = oneEvent(el, 'tz-school-selected');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.school).to.equal('78GH02');
  });

  it('selects an option by mouse and says when nothing matches', async () => {
    const { el } = await controlled();
    const input = q<HTMLInputElement>(el, '.combobox-input')!;
    input.focus();
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(text(q(el, '.no-match'))).to.equal('Geen school gevonden');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: 'brug' });
    await el.updateComplete;
    setTimeout(() => qa(el, '[role="option"]')[0].click());
    const selected = await oneEvent(el, 'tz-school-selected');
    expect(selected.detail.school).to.equal('56EF00');
  });
});

describe('tz-reason-chart: periods', () => {
  async function withToday(today: string, attrs: Partial<Record<'period' | 'comparison' | 'from' | 'to', string>> = {}) {
    const el = await fixture<TzReasonChartElement>(html`<tz-reason-chart
      today=${today}
      period=${attrs.period ?? 'this-school-year'}
      comparison=${attrs.comparison ?? 'previous'}
      from=${attrs.from ?? ''}
      to=${attrs.to ?? ''}
      .data=${regionReasons}
    ></tz-reason-chart>`);
    return el;
  }

  it('this school year so far: 31 July still belongs to the old school year, 1 August starts a new one', async () => {
    const july = await withToday('2026-07-31');
    expect(july.selectedPeriod).to.deep.equal({ from: '2025-08-01', to: '2026-07-31' });
    expect(july.selectedComparisonPeriod).to.deep.equal({ from: '2024-08-01', to: '2025-07-31' });
    const august = await withToday('2026-08-01');
    expect(august.selectedPeriod).to.deep.equal({ from: '2026-08-01', to: '2026-08-01' });
    expect(august.selectedComparisonPeriod).to.deep.equal({ from: '2025-08-01', to: '2025-08-01' });
  });

  it('this school year so far is compared with the same span of the school year before', async () => {
    // Not with the whole previous year: four months against twelve would show a false drop.
    const november = await withToday('2026-11-22');
    expect(november.selectedPeriod).to.deep.equal({ from: '2026-08-01', to: '2026-11-22' });
    expect(november.selectedComparisonPeriod).to.deep.equal({ from: '2025-08-01', to: '2025-11-22' });
    november.comparison = 'last-year';
    expect(november.selectedComparisonPeriod).to.deep.equal({ from: '2025-08-01', to: '2025-11-22' });
  });

  it('last school year at both sides of the boundary, also across a leap year', async () => {
    expect((await withToday('2026-07-31', { period: 'last-school-year' })).selectedPeriod).to.deep.equal({ from: '2024-08-01', to: '2025-07-31' });
    expect((await withToday('2026-08-01', { period: 'last-school-year' })).selectedPeriod).to.deep.equal({ from: '2025-08-01', to: '2026-07-31' });
    // 2027-2028 has 366 days: the comparison is still exactly the school year before.
    const leap = await withToday('2028-08-01', { period: 'last-school-year' });
    expect(leap.selectedPeriod).to.deep.equal({ from: '2027-08-01', to: '2028-07-31' });
    expect(leap.selectedComparisonPeriod).to.deep.equal({ from: '2026-08-01', to: '2027-07-31' });
  });

  it('last 3 months and the two kinds of comparison', async () => {
    const el = await withToday('2026-08-01', { period: 'last-3-months' });
    expect(el.selectedPeriod).to.deep.equal({ from: '2026-05-02', to: '2026-08-01' });
    // The same number of days (92), ending the day before.
    expect(el.selectedComparisonPeriod).to.deep.equal({ from: '2026-01-30', to: '2026-05-01' });
    el.comparison = 'last-year';
    expect(el.selectedComparisonPeriod).to.deep.equal({ from: '2025-05-02', to: '2025-08-01' });
  });

  it('emits the periods when a preset is chosen, and starts a custom period from what was shown', async () => {
    const el = await withToday('2026-07-31');
    const select = q<HTMLSelectElement>(el, '.period-select')!;
    select.value = 'last-3-months';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const event = await oneEvent(el, 'tz-period-change');
    expect(event.detail).to.deep.equal({
      preset: 'last-3-months',
      comparison: 'previous',
      period: { from: '2026-05-01', to: '2026-07-31' },
      comparisonPeriod: { from: '2026-01-29', to: '2026-04-30' },
    });
    select.value = 'custom';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const custom = await oneEvent(el, 'tz-period-change');
    expect(custom.detail.period).to.deep.equal({ from: '2026-05-01', to: '2026-07-31' });
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '.custom-from')!.value).to.equal('2026-05-01');
    expect(el.getAttribute('period')).to.equal('custom');
    await expectNoAxeViolations(el);
  });

  it('refuses a custom period that ends before it starts', async () => {
    const el = await withToday('2026-03-15', { period: 'custom', from: '2026-03-01', to: '2026-02-01' });
    expect(el.selectedPeriod).to.equal(null);
    expect(q(el, '.custom-from')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text(q(el, '.field-error'))).to.equal('Kies een begindatum die niet na de einddatum ligt.');
    await expectNoAxeViolations(el);
  });
});

describe('tz-reason-chart: layout from 320 to 1,400 px', () => {
  const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

  for (const lang of ['nl', 'en']) {
    it(`never lets labels touch bars or values (${lang})`, async () => {
      const { wrap, el } = await controlled(regionReasons, lang, 320);
      for (const width of [320, 375, 480, 559, 560, 640, 768, 1024, 1280, 1400]) {
        wrap.style.width = `${width}px`;
        await waitUntil(() => Math.abs(el.shadowRoot!.querySelector('svg.chart-svg')!.getBoundingClientRect().width - width) < 1, `chart at ${width}px`);
        const svg = q(el, 'svg.chart-svg')!.getBoundingClientRect();
        expect(svg.right).to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
        const rowEls = qa(el, 'g.row');
        for (const row of rowEls) {
          const labels = [...row.querySelectorAll('.label')].map((n) => n.getBoundingClientRect());
          const others = [...row.querySelectorAll('.bar, .value, .change, .comparison-value')].map((n) => n.getBoundingClientRect());
          for (const label of labels) {
            expect(label.right, `label inside the chart at ${width}px`).to.be.at.most(svg.right + 0.5);
            for (const other of others) expect(overlaps(label, other), `label vs bar/value at ${width}px`).to.equal(false);
          }
          const bars = [...row.querySelectorAll('.bar')].map((n) => n.getBoundingClientRect());
          const values = [...row.querySelectorAll('.value, .change, .comparison-value')].map((n) => n.getBoundingClientRect());
          for (const bar of bars) for (const value of values) expect(overlaps(bar, value), `bar vs value at ${width}px`).to.equal(false);
          for (const value of values) expect(value.right).to.be.at.most(svg.right + 0.5);
        }
        // Rows do not overlap each other either.
        const boxes = rowEls.map((r) => r.querySelector('.ring')!.getBoundingClientRect());
        for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).to.be.at.least(boxes[i - 1].bottom - 0.5);
        expect(el.scrollWidth).to.be.at.most(width + 1);
      }
    });
  }
});

function luminance(rgb: string) {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

describe('tz-reason-chart: themes', () => {
  it('uses the chart tokens, dark theme and forced colours', async () => {
    const { el, wrap } = await controlled();
    const bar = () => getComputedStyle(q(el, '.bar.current')!).fill;
    expect(bar()).to.equal('rgb(0, 114, 178)');
    wrap.style.setProperty('--tz-color-scheme', 'dark');
    wrap.style.background = '#1d1f23'; // a dark host page
    expect(bar()).to.equal('rgb(86, 180, 233)');
    // Dark: text, muted text and both bar colours keep their contrast against the element's own surface.
    const surface = getComputedStyle(el).backgroundColor;
    expect(surface).to.equal('rgb(29, 31, 35)');
    expect(contrast(getComputedStyle(q(el, '.summary')!).color, surface)).to.be.at.least(4.5);
    expect(contrast(getComputedStyle(q(el, '.period-text')!).color, surface)).to.be.at.least(4.5);
    expect(contrast(bar(), surface)).to.be.at.least(3);
    expect(contrast(getComputedStyle(q(el, '.hatch-line')!).stroke, surface)).to.be.at.least(3);
    wrap.style.setProperty('--tz-color-scheme', 'light');
    expect(contrast(bar(), getComputedStyle(el).backgroundColor)).to.be.at.least(3);
    expect(contrast(getComputedStyle(q(el, '.hatch-line')!).stroke, getComputedStyle(el).backgroundColor)).to.be.at.least(3);
    wrap.style.setProperty('--tz-chart-current', 'rgb(1, 2, 3)');
    expect(bar()).to.equal('rgb(1, 2, 3)');
    await expectNoAxeViolations(el);
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(bar()).to.not.equal('rgb(1, 2, 3)');
      await expectNoAxeViolations(el);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

describe('tz-reason-chart: states', () => {
  it('shows an empty state', async () => {
    const { el } = await controlled(emptyReasons);
    expect(text(q(el, '.state.empty'))).to.contain('Geen gegevens');
    expect(q(el, 'svg.chart-svg')).to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('shows a readable error and warns when host data has the wrong shape', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      const { el } = await controlled({ ...regionReasons, items: [{ reason: 'psychisch', count: 'veel' }] });
      expect(text(q(el, '.state.error'))).to.contain('De aangeleverde gegevens hebben niet de verwachte vorm.');
      expect(warnings.filter((w) => w.includes('data.items[0].count'))).to.have.length(1);
      el.lang = 'en';
      await el.updateComplete;
      expect(warnings, 'warned once per value, not per render').to.have.length(1);
      await expectNoAxeViolations(el);
      el.schools = { ...regionSchools, items: [{ school: 12 }] } as never;
      el.data = regionReasons;
      await el.updateComplete;
      expect(warnings.some((w) => w.includes('schools.items[0].school'))).to.equal(true);
      expect(q(el, '.ranking')).to.equal(null);
      expect(qa(el, 'g.row')).to.have.length(7);
    } finally {
      console.warn = warn;
    }
  });

  it('shows loading while the request runs and an error with retry when it fails', async () => {
    let fail = false;
    const never = () => new Promise<Response>(() => {});
    const failing = async () => {
      throw new TypeError('Failed to fetch');
    };
    const client = createClient({
      baseUrl: 'http://127.0.0.1:9/v1',
      getToken: () => 'token',
      retry: 0,
      fetch: ((...args: Parameters<typeof fetch>) => (fail ? failing() : never())) as unknown as typeof fetch,
    });
    const el = await fixture<TzReasonChartElement>(html`<tz-reason-chart today=${TODAY} no-ranking .client=${client}></tz-reason-chart>`);
    await waitUntil(() => q(el, '.loading'));
    expect(q(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(q(el, '.loading [role="status"]'))).to.equal('Gegevens laden…');
    await expectNoAxeViolations(el);
    fail = true;
    el.retry();
    await waitUntil(() => q(el, '.state.error'), 'error state');
    expect(text(q(el, '.state.error'))).to.contain('De gegevens konden niet worden geladen');
    expect(q(el, '.retry')).to.not.equal(null);
    await expectNoAxeViolations(el);
  });

  it('shows a 403 as no access', async () => {
    const client = createClient({
      baseUrl: 'http://127.0.0.1:9/v1',
      getToken: () => 'token',
      retry: 0,
      fetch: (async () =>
        new Response(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403 }), {
          status: 403,
          headers: { 'content-type': 'application/problem+json' },
        })) as typeof fetch,
    });
    const el = await fixture<TzReasonChartElement>(html`<tz-reason-chart today=${TODAY} no-ranking .client=${client}></tz-reason-chart>`);
    await waitUntil(() => q(el, '.state.error'));
    expect(text(q(el, '.state.error'))).to.contain('U heeft geen toegang tot deze cijfers.');
  });
});
