// <tz-case-list> in controlled mode (cases in a property): presets, sort, paging, selection,
// CSV, states, both languages, 320 px; keyboard only where the user acts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './define.js';
import type { TzCaseListElement } from './case-list.element.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { deepActiveElement } from '../test-support/focus.js';
import { LIST_TODAY, listCase, listCases, signal } from './fixtures.js';
import { applyLocally, toQuery, type ListCase } from './list-model.js';
import { captureDownloads } from '../test-support/downloads.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const refs = (el: Element) => qa(el, 'tbody tr').map((tr) => text(tr.querySelector('.open-case')));

async function list(cases: unknown, attrs: { preset?: string; lang?: string; width?: number; pageSize?: number } = {}) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${attrs.width ?? 1100}px">
    <tz-case-list lang=${attrs.lang ?? 'nl'} today=${LIST_TODAY} preset=${attrs.preset ?? 'open'} page-size=${attrs.pageSize ?? 50} .cases=${cases}></tz-case-list>
  </div>`);
  const el = wrap.querySelector('tz-case-list') as TzCaseListElement;
  await el.updateComplete;
  return el;
}

/** Focus moves to the element's controls by Tab only: find how many presses reach `target`. */
async function tabTo(target: Element, max = 40) {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    if (deepActiveElement() === target) return;
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

const three: ListCase[] = [
  listCase(1, { pupilRef: 'LVS-A', firstDayOfAbsence: '2026-08-01', lead: false, signals: ['normExceeded', 'noLeadHolder'] }),
  listCase(2, { pupilRef: 'LVS-B', firstDayOfAbsence: '2026-08-25', lead: true, signals: ['normAlmostOut'] }),
  listCase(3, { pupilRef: 'LVS-C', firstDayOfAbsence: '2026-10-20', lead: true, signals: [] }),
];

describe('tz-case-list (controlled)', () => {
  before(() => setViewport({ width: 1400, height: 900 }));

  it('shows one row per case with school, lead holder, norm in words, last activity and signals as text with an icon', async () => {
    const el = await list(three);
    expect(refs(el)).to.deep.equal(['LVS-A', 'LVS-B', 'LVS-C']);
    const [a, , c] = qa(el, 'tbody tr');
    const cells = (tr: Element) => [...tr.querySelectorAll('td')].map((td) => text(td));
    expect(cells(a)[1]).to.equal('14CD00');
    expect(cells(a)[2]).to.equal('Geen regiehouder');
    expect(cells(a)[3]).to.match(/^\d+ dagen overschreden uiterlijk 31 oktober 2026$/);
    expect(cells(c)[3]).to.match(/^nog \d+ dagen uiterlijk 19 januari 2027$/);
    const signals = [...a.querySelectorAll('.signal')];
    expect(signals.map((s) => text(s))).to.deep.equal(['Norm overschreden', 'Geen regiehouder']);
    // The meaning is in the words; every signal also has an icon, hidden from assistive technology.
    for (const s of signals) expect(s.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(c.querySelector('td:last-child'))).to.equal('Geen');
    expect(text(q(el, '.count'))).to.equal('3 casussen');
    await expectNoAxeViolations(el);
  });

  it('sorts by norm deadline by default and by last activity when asked, marking the sorted column', async () => {
    const cases = [
      listCase(1, { pupilRef: 'LATE', firstDayOfAbsence: '2026-10-01', lastActivityOn: '2026-09-01' }),
      listCase(2, { pupilRef: 'EARLY', firstDayOfAbsence: '2026-07-01', lastActivityOn: '2026-11-19' }),
      listCase(3, { pupilRef: 'NEVER', firstDayOfAbsence: '2026-09-01', lastActivityOn: null }),
    ];
    const el = await list(cases);
    expect(refs(el)).to.deep.equal(['EARLY', 'NEVER', 'LATE']);
    expect(qa(el, 'th')[3].getAttribute('aria-sort')).to.equal('ascending');
    const sort = q<HTMLSelectElement>(el, 'select[id$="-sort"]')!;
    const changed = oneEvent(el, 'tz-filter-change');
    sort.value = 'lastActivity';
    sort.dispatchEvent(new Event('change'));
    expect((await changed).detail.sort).to.equal('lastActivity');
    await el.updateComplete;
    expect(refs(el)).to.deep.equal(['NEVER', 'LATE', 'EARLY']);
    expect(qa(el, 'th')[4].getAttribute('aria-sort')).to.equal('ascending');
    expect(qa(el, 'th')[3].hasAttribute('aria-sort')).to.equal(false);
  });

  it('presets: needs-attention keeps cases with a signal, no-lead-holder those without a lead, and the count follows', async () => {
    const el = await list(three, { preset: 'needs-attention' });
    expect(refs(el)).to.deep.equal(['LVS-A', 'LVS-B']);
    expect(text(q(el, '.count'))).to.equal('2 casussen');
    el.preset = 'no-lead-holder';
    await el.updateComplete;
    expect(refs(el)).to.deep.equal(['LVS-A']);
    expect(text(q(el, '.count'))).to.equal('1 casus');
    el.preset = 'norm-almost-out';
    await el.updateComplete;
    expect(refs(el)).to.deep.equal(['LVS-B']);
    // The preset select shows what is in force.
    expect(q<HTMLSelectElement>(el, 'select[id$="-preset"]')!.value).to.equal('norm-almost-out');
  });

  it('the count is a live region, and an empty view says so', async () => {
    const el = await list([three[2]], { preset: 'needs-attention' });
    expect(q(el, 'table')).to.equal(null);
    expect(text(q(el, '.state.empty'))).to.contain('Geen enkele casus vraagt nu aandacht.');
    expect(q(el, '.count')!.getAttribute('role')).to.equal('status');
    expect(text(q(el, '.count'))).to.equal('0 casussen');
    await expectNoAxeViolations(el);
  });

  it('search filters on pupil reference when the search form is submitted from the keyboard', async () => {
    const el = await list(three);
    const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
    await tabTo(input);
    await sendKeys({ type: 'lvs-b' });
    // Typing alone changes nothing (no request per key in connected mode); Enter submits.
    expect(refs(el)).to.have.length(3);
    const changed = oneEvent(el, 'tz-filter-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.filter.q).to.equal('lvs-b');
    await el.updateComplete;
    expect(refs(el)).to.deep.equal(['LVS-B']);
  });

  it('choosing a case with the keyboard emits tz-case-selected and marks its row', async () => {
    const el = await list(three);
    const button = qa<HTMLButtonElement>(el, 'tbody .open-case')[1];
    await tabTo(button);
    const chosen = oneEvent(el, 'tz-case-selected');
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail.caseId).to.equal(three[1].id);
    expect(detail.case.pupilRef).to.equal('LVS-B');
    await el.updateComplete;
    expect(el.selectedCaseId).to.equal(three[1].id);
    expect(qa(el, 'tbody tr')[1].getAttribute('aria-current')).to.equal('true');
    expect(text(qa(el, 'tbody tr')[1].querySelector('.open-case'))).to.equal('LVS-B (geopend)');
    expect(qa(el, 'tbody tr[aria-current]')).to.have.length(1);
  });

  it('thousands of cases: renders one page, "show more" adds the next and moves focus to the first new row', async () => {
    const el = await list(listCases(5000), { pageSize: 50 });
    expect(qa(el, 'tbody tr')).to.have.length(50);
    expect(text(q(el, '.count'))).to.equal('5.000 casussen, 50 getoond');
    const more = q<HTMLButtonElement>(el, '.load-more')!;
    expect(text(more)).to.equal('Toon 50 meer');
    await tabTo(more, 200);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(qa(el, 'tbody tr')).to.have.length(100);
    expect(deepActiveElement()).to.equal(qa(el, 'tbody .open-case')[50]);
    expect(text(q(el, '.count'))).to.equal('5.000 casussen, 100 getoond');
  });

  it('exports the visible list as CSV, formula-injection safe, with the signals in words', async () => {
    const hostile = listCase(9, { pupilRef: '=HYPERLINK("x")', signals: ['noActivity'] });
    const el = await list([three[0], hostile]);
    const { blobs, names: downloads } = captureDownloads(() => q<HTMLButtonElement>(el, '.export')!.click());
    expect(downloads).to.deep.equal([`casussen-${LIST_TODAY}.csv`]);
    const csv = await blobs[0].text();
    const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).to.equal('Leerling;School;Regiehouder;Termijnstatus;Termijn uiterlijk;Dagen over;Dagen overschreden;Laatste activiteit;Signalen;Toelichting signalen');
    expect(lines).to.have.length(3);
    expect(lines[1]).to.contain('LVS-A;');
    expect(lines[1]).to.contain('Norm overschreden, Geen regiehouder;Langer dan drie maanden thuis zonder passend aanbod. Nog geen regiehouder, 14 dagen na de melding (signaal na 14 dagen).');
    expect(lines.some((l) => l.startsWith(`"'=HYPERLINK(""x"")"`))).to.equal(true);
  });

  it('speaks English', async () => {
    const el = await list(three, { lang: 'en', preset: 'needs-attention' });
    expect(text(q(el, '.count'))).to.equal('2 cases');
    expect(text(qa(el, 'th')[2])).to.equal('Lead holder');
    expect(text(qa(el, 'tbody tr')[0].querySelector('.signal'))).to.equal('Norm exceeded');
    expect(q<HTMLSelectElement>(el, 'select[id$="-preset"]')!.selectedOptions[0].textContent).to.equal('Needs attention');
    await expectNoAxeViolations(el);
  });

  it('a role without need-to-know: missing fields show a dash, never an error', async () => {
    const sparse = [{ id: 'b1f7a2c4-0000-4000-8000-000000000001', status: 'open', school: { brin: '12AB', vestiging: '00' } }];
    const el = await list(sparse);
    expect(refs(el)).to.deep.equal(['Casus zonder referentie']);
    const cells = [...q(el, 'tbody tr')!.querySelectorAll('td')].map((td) => text(td));
    expect(cells).to.deep.equal(['Casus zonder referentie', '12AB00', 'Geen regiehouder', '–', 'nog geen', 'Geen']);
    await expectNoAxeViolations(el);
  });

  it('host data of the wrong shape: an error state and a console warning naming the field', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await list({ items: [] });
      expect(text(q(el, '.state.error'))).to.contain('De gegevens van de casussen hebben niet de verwachte vorm.');
      const partly = await list([three[0], { pupilRef: 'no id' }]);
      expect(refs(partly)).to.deep.equal(['LVS-A']);
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('<tz-case-list> cases: expected an array'))).to.equal(true);
    expect(warnings.some((w) => w.includes('<tz-case-list> cases[1].id'))).to.equal(true);
  });

  it('at 320 px every case is a card with its column names and nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await list(three, { width: 320 });
      const base = q(el, '.base')!;
      expect(base.scrollWidth).to.be.at.most(320);
      const td = qa(el, 'tbody tr')[0].querySelectorAll('td')[2];
      expect(getComputedStyle(td).display).to.equal('grid');
      expect(getComputedStyle(td, '::before').content).to.contain('Regiehouder');
      await expectNoAxeViolations(el);
    } finally {
      await setViewport({ width: 1400, height: 900 });
    }
  });
});

describe('case-list model', () => {
  it('needs-attention asks the server for open cases with any signal; local filtering means the same', () => {
    expect(toQuery({ preset: 'needs-attention', school: '12AB00' }, 'normDeadline', 50)).to.deep.equal({
      sort: 'normDeadline',
      limit: 50,
      status: 'open',
      school: '12AB00',
      signal: ['noLeadHolder', 'normAlmostOut', 'normExceeded', 'noActivity', 'actionOverdue', 'duplicateOpenCase'],
    });
    expect(toQuery({ preset: 'no-lead-holder' }, 'lastActivity', 20)).to.deep.equal({ sort: 'lastActivity', limit: 20, status: 'open', signal: ['noLeadHolder'] });
    expect(toQuery({ preset: 'norm-exceeded', hasLead: false }, 'normDeadline', 20)).to.deep.equal({
      sort: 'normDeadline',
      limit: 20,
      status: 'open',
      normStatus: ['exceeded'],
      hasLead: false,
    });
    const cases = [listCase(1, { signals: ['duplicateOpenCase'] }), listCase(2, { signals: [] }), listCase(3, { status: 'closed' })];
    expect(applyLocally(cases, { preset: 'needs-attention' }, 'normDeadline').map((c) => c.id)).to.deep.equal([cases[0].id]);
    expect(applyLocally(cases, { preset: 'all' }, 'normDeadline')).to.have.length(3);
    expect(signal('noActivity').type).to.equal('noActivity');
  });
});
