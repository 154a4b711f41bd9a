import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, emulateMedia, setViewport } from '@web/test-runner-commands';
import { ONTWERPEN_SUB_ITEMS, ROUTEKAART_POINTS, ROUTEKAART_SOURCE } from '@thuiszitters/domain';
import { expectNoAxeViolations } from '../test-support/axe.js';
import './define.js';
import type { TzRoutekaartChecklistElement } from './routekaart-checklist.element.js';
import { CHANGES, HEADLINE, REASONS, lastYear, sixInPlace } from './test-helpers.js';
import { captureDownloads } from '../test-support/downloads.js';
import { waitUntil } from '../test-support/wait.js';

// Controlled mode: the host gives the data and saves; the element renders and emits.

async function controlled(lang: 'nl' | 'en', extra: Partial<TzRoutekaartChecklistElement> = {}) {
  const el = await fixture<TzRoutekaartChecklistElement>(html`<tz-routekaart-checklist lang=${lang}></tz-routekaart-checklist>`);
  Object.assign(el, { assessment: sixInPlace(), history: [sixInPlace(), lastYear()], changes: CHANGES, figures: { headline: HEADLINE, reasons: REASONS }, ...extra });
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<tz-routekaart-checklist> controlled', function (this: { timeout(ms: number): void }) {
  // axe over ten full point cards takes a while on a busy 2-core machine.
  this.timeout(90_000);
  for (const lang of ['nl', 'en'] as const) {
    it(`renders the ten points in order with explanation, sub-items and credit (${lang})`, async () => {
      const el = await controlled(lang);
      const items = [...root(el).querySelectorAll('ol.points > li.point')];
      expect(items.length).to.equal(10);
      items.forEach((item, i) => {
        const definition = ROUTEKAART_POINTS[i];
        expect(text(item.querySelector('h3'))).to.equal(`${i + 1}. ${definition.title[lang]}`);
        expect(text(item.querySelector('.explanation'))).to.equal(definition.explanation[lang]);
        expect(item.querySelectorAll('fieldset.status-group:not(.sub-item) input[type=radio]').length).to.equal(3);
      });
      const point7 = items[6];
      const legends = [...point7.querySelectorAll('fieldset.sub-item legend')].map(text);
      expect(legends).to.deep.equal(ONTWERPEN_SUB_ITEMS.map((s) => s.label[lang]));
      expect(text(root(el).querySelector('.credit'))).to.equal(ROUTEKAART_SOURCE.credit[lang]);
      expect(text(root(el).querySelector('.credit'))).to.contain('Ingrado').and.contain('Gedragswerk');
      await expectNoAxeViolations(el);
    });

    it(`summarises progress as text and meter (${lang})`, async () => {
      const el = await controlled(lang);
      expect(text(root(el).querySelector('.progress-text strong'))).to.equal(lang === 'nl' ? '6 van 10 op orde' : '6 of 10 in place');
      const meter = root(el).querySelector('meter')!;
      expect(meter.value).to.equal(6);
      expect(meter.max).to.equal(10);
    });
  }

  it('shows each status as text with an icon, not colour alone', async () => {
    const el = await controlled('nl');
    const badge = root(el).querySelector('li[data-point="4"] .status-badge')!;
    expect(text(badge)).to.equal('In ontwikkeling');
    expect(badge.querySelector('svg.status-icon')).to.exist;
    const labels = [...root(el).querySelectorAll('li[data-point="4"] fieldset.status-group label')].map(text);
    expect(labels).to.deep.equal(['Niet gestart', 'In ontwikkeling', 'Op orde']);
  });

  it('emits tz-routekaart-point-change on a click, without saving itself', async () => {
    const el = await controlled('nl');
    const radio = root(el).querySelector<HTMLInputElement>('input[name="status-4"][value="inPlace"]')!;
    setTimeout(() => radio.click());
    const event = await oneEvent(el, 'tz-routekaart-point-change');
    expect(event.detail.pointNumber).to.equal(4);
    expect(event.detail.update).to.deep.equal({ status: 'inPlace', owner: 'Leerplicht', note: 'Termijnen worden herzien.', evidence: [] });
  });

  it('moves the status with arrow keys in the radio group', async () => {
    const el = await controlled('en');
    const first = root(el).querySelector<HTMLInputElement>('input[name="status-9"][value="notStarted"]')!;
    first.focus();
    const changes: number[] = [];
    const statuses: string[] = [];
    el.addEventListener('tz-routekaart-point-change', (e) => {
      changes.push(e.detail.pointNumber);
      statuses.push(e.detail.update.status);
    });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(changes).to.deep.equal([9, 9]);
    expect(statuses).to.deep.equal(['inProgress', 'inPlace']);
    expect(root(el).querySelector<HTMLInputElement>('input[name="status-9"][value="inPlace"]')!.checked).to.be.true;
  });

  it('emits the sub-items of point 7 when one of them changes', async () => {
    const el = await controlled('nl');
    const radio = root(el).querySelector<HTMLInputElement>('input[name="sub-7-conditions"][value="inPlace"]')!;
    setTimeout(() => radio.click());
    const event = await oneEvent(el, 'tz-routekaart-point-change');
    expect(event.detail.pointNumber).to.equal(7);
    expect(event.detail.update.status).to.equal('inProgress');
    expect(event.detail.update.subItems).to.deep.equal([
      { key: 'initiative', status: 'inPlace' },
      { key: 'placement', status: 'inProgress' },
      { key: 'conditions', status: 'inPlace' },
      { key: 'educationAndCare', status: 'notStarted' },
    ]);
  });

  it('downloads the CSV (UTF-8 with BOM) from the export button', async () => {
    const el = await controlled('en');
    const { blobs, names: clicked } = captureDownloads(() => [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Export as CSV')!.click());
    expect(clicked).to.deep.equal(['routekaart-VO2801-2026-11-16.csv']);
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const content = new TextDecoder().decode(bytes.slice(3));
    expect(content).to.equal(el.toCsv());
    expect(content.split('\r\n')[0]).to.equal('Point,Title,Status,Owner,Note,Evidence');
  });

  it('shows registry figures for points 1–3 from .figures', async () => {
    const el = await controlled('nl');
    expect(text(root(el).querySelector('li[data-point="1"] [data-figure="active"]'))).to.equal('41 thuiszitters');
    const trendRows = root(el).querySelectorAll('li[data-point="2"] [data-figure="trend"] tbody tr');
    expect(trendRows.length).to.equal(6);
    expect(text(trendRows[5].querySelector('td'))).to.equal('41');
    const reasons = [...root(el).querySelectorAll('li[data-point="3"] [data-figure="reasons"] li')].map(text);
    expect(reasons).to.deep.equal([
      'Schoolweigering of schoolangst: 14 casussen',
      'Psychische problematiek (angst, depressie, stress): 12 casussen',
      'Wachten op een passende onderwijsplek of TLV: 9 casussen',
    ]);
    expect(root(el).querySelector('li[data-point="4"] .figures')).to.be.null;
  });

  it('validates evidence URLs (http(s) only) and adds valid evidence', async () => {
    const el = await controlled('nl');
    root(el).querySelector<HTMLElement>('li[data-point="5"] details > summary')!.click();
    await el.updateComplete;
    const title = root(el).querySelector<HTMLInputElement>('#evidence-5-title')!;
    const url = root(el).querySelector<HTMLInputElement>('#evidence-5-url')!;
    title.focus();
    await sendKeys({ type: 'Beleidsplan' });
    url.focus();
    await sendKeys({ type: 'javascript:alert(1)' });
    (root(el).querySelector('li[data-point="5"] [data-action="add-evidence"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(el).querySelector('#evidence-5-url-error'))).to.contain('https://');
    expect(url.getAttribute('aria-describedby')).to.contain('evidence-5-url-error');
    await expectNoAxeViolations(el);

    url.select();
    await sendKeys({ type: 'https://www.example.nl/beleidsplan' });
    setTimeout(() => (root(el).querySelector('li[data-point="5"] [data-action="add-evidence"]') as HTMLButtonElement).click());
    const event = await oneEvent(el, 'tz-routekaart-point-change');
    expect(event.detail.update.evidence).to.deep.equal([{ title: 'Beleidsplan', url: 'https://www.example.nl/beleidsplan' }]);
  });

  it('evidence form: an empty add focuses the title, a URL typed and erased is no error on blur, a valid add empties the form and returns to the title', async () => {
    const el = await controlled('en');
    root(el).querySelector<HTMLElement>('li[data-point="6"] details > summary')!.click();
    await el.updateComplete;
    const add = root(el).querySelector<HTMLButtonElement>('li[data-point="6"] [data-action="add-evidence"]')!;
    add.click();
    await waitUntil(() => root(el).activeElement?.id === 'evidence-6-title', 'focus on the title');
    expect(text(root(el).querySelector('#evidence-6-title-error'))).to.equal('Enter a title.');
    expect(text(root(el).querySelector('#evidence-6-url-error'))).to.equal('Enter an address.');
    expect(root(el).querySelector('[part="error-summary"]'), 'no summary for two fields').to.be.null;

    // Another point's form: typing a URL and erasing it again is no error until the user adds.
    root(el).querySelector<HTMLElement>('li[data-point="9"] details > summary')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('#evidence-9-url')!.focus();
    await sendKeys({ type: 'ht' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    root(el).querySelector<HTMLInputElement>('#evidence-9-title')!.focus();
    await el.updateComplete;
    expect(root(el).querySelector('#evidence-9-url')!.getAttribute('aria-invalid')).to.equal('false');
    expect(root(el).querySelector('#evidence-6-title')!.getAttribute('aria-invalid'), "point 6's errors stay its own").to.equal('true');

    await sendKeys({ type: 'Plan' });
    root(el).querySelector<HTMLInputElement>('#evidence-9-url')!.focus();
    await sendKeys({ type: ' https://www.example.nl/plan ' });
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('li[data-point="9"] [data-action="add-evidence"]')!.click());
    const event = await oneEvent(el, 'tz-routekaart-point-change');
    expect(event.detail.update.evidence).to.deep.equal([{ title: 'Plan', url: 'https://www.example.nl/plan' }]);
    await waitUntil(() => root(el).activeElement?.id === 'evidence-9-title', 'focus back on the title');
    expect(root(el).querySelector<HTMLInputElement>('#evidence-9-title')!.value).to.equal('');
    expect(root(el).querySelector<HTMLInputElement>('#evidence-9-url')!.value).to.equal('');
  });

  it('offers an undo of the last change that emits the previous values', async () => {
    const el = await controlled('nl');
    root(el).querySelector<HTMLInputElement>('input[name="status-10"][value="inProgress"]')!.click();
    await el.updateComplete;
    const undo = root(el).querySelector<HTMLButtonElement>('[data-action="undo"]')!;
    expect(text(undo)).to.contain('punt 10');
    setTimeout(() => undo.click());
    const event = await oneEvent(el, 'tz-routekaart-point-change');
    expect(event.detail).to.deep.equal({ pointNumber: 10, update: { status: 'notStarted', owner: null, note: null, evidence: [] } });
  });

  it('is read-only with an explanation when readonly is set', async () => {
    const el = await controlled('nl');
    el.readonly = true;
    await el.updateComplete;
    expect(root(el).querySelectorAll('input, textarea').length).to.equal(0);
    expect(text(root(el).querySelector('[data-readonly]'))).to.contain('niet wijzigen');
    expect(text(root(el).querySelector('li[data-point="4"] .values'))).to.contain('Leerplicht');
    await expectNoAxeViolations(el);
  });

  it('compares with an earlier assessment per point', async () => {
    const el = await controlled('nl');
    const select = root(el).querySelector<HTMLSelectElement>('#compare')!;
    expect([...select.options].map((o) => o.textContent?.trim())).to.deep.equal(['— kies een datum —', 'Beoordeling van 17 november 2025']);
    select.value = lastYear().id;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const comparison = root(el).querySelector('[data-comparison]')!;
    expect(text(comparison.querySelector('h4'))).to.equal('Wat is er per punt veranderd sinds 17 november 2025');
    const point1 = [...comparison.querySelectorAll('[data-compare-point="1"] li')].map(text);
    expect(point1).to.include('Status: van In ontwikkeling → naar Op orde');
    expect(point1).to.include('Toelichting: van Telling nog handmatig. → naar Op orde.');
    expect(comparison.querySelector('[data-compare-point="2"]')).to.be.null;
    expect(text(comparison.querySelector('[data-compare-point="4"] [data-field="owner"]'))).to.equal('Eigenaar: van (leeg) → naar Leerplicht');
    await expectNoAxeViolations(el);
  });

  it('lists the change log of the assessment, newest first', async () => {
    const el = await controlled('en');
    const rows = [...root(el).querySelectorAll('[data-changes] tbody tr')];
    expect(rows.length).to.equal(2);
    expect(text(rows[0].querySelectorAll('td')[3])).to.equal('Owner');
    expect(text(rows[1].querySelectorAll('td')[4])).to.equal('from Not started → to In progress');
  });

  it('has a print stylesheet that hides controls and shows values', async () => {
    const el = await controlled('nl');
    const point = root(el).querySelector('li[data-point="4"]')!;
    point.querySelector<HTMLElement>('details > summary')!.click();
    await el.updateComplete;
    const form = point.querySelector('.point-form')!;
    const radios = point.querySelector('.status-controls')!;
    const values = point.querySelector('.values')!;
    expect(getComputedStyle(form).display).to.not.equal('none');
    expect(getComputedStyle(radios).display).to.not.equal('none');
    expect(getComputedStyle(values).display, 'values hidden while the form is open').to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(form).display).to.equal('none');
      expect(getComputedStyle(radios).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('.toolbar')!).display).to.equal('none');
      for (const button of root(el).querySelectorAll('button')) expect(getComputedStyle(button).display).to.equal('none');
      expect(getComputedStyle(values).display).to.equal('block');
      expect(text(values)).to.contain('Leerplicht').and.contain('Termijnen worden herzien.');
      expect(text(point.querySelector('.status-badge'))).to.equal('In ontwikkeling');
      const sub = root(el).querySelector('li[data-point="7"] .values dd.print-only')!;
      expect(getComputedStyle(sub).display).to.equal('block');
      expect(getComputedStyle(point).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('exports CSV with point, title, status, owner, note and evidence', async () => {
    const el = await controlled('nl');
    const lines = el.toCsv().trim().split('\r\n');
    expect(lines.length).to.equal(11);
    expect(lines[0]).to.equal('Punt,Titel,Status,Eigenaar,Toelichting,Onderbouwing');
    expect(lines[1]).to.equal(
      '1,Tellen,Op orde,Beleidsmedewerker passend onderwijs,Op orde.,Registratieprotocol thuiszitters <https://www.example.nl/documenten/registratieprotocol>',
    );
    expect(lines[4]).to.equal('4,Tempo maken,In ontwikkeling,Leerplicht,Termijnen worden herzien.,');
  });

  it('fits a 320px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await controlled('nl');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const point of root(el).querySelectorAll('li.point')) {
        expect(point.scrollWidth, point.getAttribute('data-point') ?? '').to.be.at.most(point.clientWidth + 1);
      }
      await expectNoAxeViolations(el);
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });

  it('explains what is missing without data or without a client', async () => {
    const bare = await fixture<TzRoutekaartChecklistElement>(html`<tz-routekaart-checklist lang="nl"></tz-routekaart-checklist>`);
    expect(text(root(bare).querySelector('.state'))).to.contain('assessment-id of organisation');
    const noClient = await fixture<TzRoutekaartChecklistElement>(html`<tz-routekaart-checklist lang="en" organisation="VO2801"></tz-routekaart-checklist>`);
    expect(text(root(noClient).querySelector('.state'))).to.contain('<tz-provider>');
    await expectNoAxeViolations(noClient);
  });

  it('shows a readable error for a wrongly shaped .assessment', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (msg: string) => warnings.push(msg);
    try {
      const el = await fixture<TzRoutekaartChecklistElement>(html`<tz-routekaart-checklist lang="nl"></tz-routekaart-checklist>`);
      el.assessment = { id: 'x', points: [] } as never;
      await el.updateComplete;
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('niet leesbaar');
      expect(warnings.join('\n')).to.contain('assessment');
      await expectNoAxeViolations(el);
    } finally {
      console.warn = warn;
    }
  });
});

describe('<tz-routekaart-checklist> BSN warning on the note', () => {
  it('warns (polite, described by) when a note holds a number that passes the elfproef', async () => {
    const el = await controlled('nl');
    const note = root(el).querySelector<HTMLTextAreaElement>('#note-3')!;
    const region = root(el).querySelector('#note-3-bsn')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(text(region)).to.equal('');
    note.value = 'Telling gecontroleerd bij leerling 123 456 782.';
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(root(el).querySelector('#note-3-bsn'))).to.equal('Let op: 123 456 782 kan een BSN zijn. Een BSN hoort hier niet: haal het nummer weg.');
    expect(note.getAttribute('aria-describedby')).to.equal('note-3-hint note-3-bsn');
  });
});
