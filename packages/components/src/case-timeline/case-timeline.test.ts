// <tz-case-timeline> in controlled mode (host sets .case and .events): order, grouping, the
// norm in its four states, derived events, filters and search, languages, export, print, size.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import './define.js';
import { TzCaseTimelineElement } from './case-timeline.element.js';
import { manualTimers } from '../test-support/manual-timers.js';
import { realTimers } from '../base/timers.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { makeCase, makeEvent, manyEvents, storyEvents } from './test-helpers.js';
import { captureDownloads } from '../test-support/downloads.js';

const TODAY = '2026-11-22';

async function timeline(options: { case?: unknown; events?: unknown; lang?: string; today?: string; canAdd?: boolean } = {}) {
  const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline
    lang=${options.lang ?? 'nl'}
    today=${options.today ?? TODAY}
    ?can-add=${options.canAdd ?? false}
    .case=${'case' in options ? options.case : makeCase()}
    .events=${'events' in options ? options.events : storyEvents()}
  ></tz-case-timeline>`);
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...root(el).querySelectorAll<HTMLLIElement>('li.event')];
const itemTypes = (el: Element) => items(el).map((li) => li.dataset.type);
const monthHeadings = (el: Element) => [...root(el).querySelectorAll('h3.month')].map((h) => h.textContent!.trim());
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const countText = (el: Element) => root(el).querySelector('.count')!.textContent!.trim();

describe('<tz-case-timeline> order and grouping', () => {
  it('shows the newest event first, grouped by month with a heading per month, in an ordered list', async () => {
    const el = await timeline();
    expect(monthHeadings(el)).to.deep.equal(['november 2026', 'oktober 2026', 'september 2026']);
    // 6 recorded + the derived 4-week moment on 5 October 2026 (day 29 of absence).
    expect(itemTypes(el)).to.deep.equal([
      'leerplichtInvolved',
      'actionAgreed',
      'meetingHeld',
      'leadAssigned',
      'lrvThresholdPassed',
      'reportedToDuo',
      'signalReceived',
    ]);
    // Every month's events form an <ol> labelled by the month heading.
    const lists = [...root(el).querySelectorAll('ol.events')];
    expect(lists.length).to.equal(3);
    const labelId = lists[0].getAttribute('aria-labelledby')!;
    expect(root(el).getElementById(labelId)!.textContent).to.contain('november');
    await expectNoAxeViolations(el);
  });

  it('switches to oldest first with the order toggle', async () => {
    const el = await timeline();
    const oldest = root(el).querySelector<HTMLInputElement>('input[name="tz-order"][value="oldest"]')!;
    oldest.click();
    await el.updateComplete;
    expect(el.order).to.equal('oldest');
    expect(itemTypes(el)[0]).to.equal('signalReceived');
    expect(itemTypes(el).at(-1)).to.equal('leerplichtInvolved');
    expect(monthHeadings(el)).to.deep.equal(['september 2026', 'oktober 2026', 'november 2026']);
  });

  it('keeps same-day events in recorded order (a correction follows what it corrects)', async () => {
    const events = [
      makeEvent('note', '2026-10-01', 'Tweede', { id: 'b' }),
      makeEvent('note', '2026-10-01', 'Eerste', { id: 'a' }),
    ];
    (events[0] as { recordedAt: string }).recordedAt = '2026-10-01T10:00:00Z';
    (events[1] as { recordedAt: string }).recordedAt = '2026-10-01T09:00:00Z';
    const el = await timeline({ events, case: makeCase({ firstDayOfAbsence: '2026-09-25' }) });
    el.order = 'oldest';
    await el.updateComplete;
    const notes = items(el).filter((li) => li.dataset.type === 'note');
    expect(notes.map((li) => li.querySelector('.summary')!.textContent)).to.deep.equal(['Eerste', 'Tweede']);
  });

  it('shows date, type with icon and text, who and summary for each event', async () => {
    const el = await timeline();
    const meeting = items(el).find((li) => li.dataset.type === 'meetingHeld')!;
    expect(meeting.querySelector('time')!.getAttribute('datetime')).to.equal('2026-10-12');
    expect(meeting.querySelector('time')!.textContent).to.equal('12 oktober 2026');
    expect(meeting.querySelector('.type svg[aria-hidden="true"]')).to.exist;
    expect(meeting.querySelector('.type')!.textContent).to.contain('Overleg gehouden');
    expect(meeting.querySelector('.who')!.textContent).to.contain('Samenwerkingsverband, VO2801');
    expect(meeting.querySelector('.summary')!.textContent).to.contain('MDO met ouders');
  });
});

describe('<tz-case-timeline> header and the 3-month norm', () => {
  const norm = (el: Element) => root(el).querySelector<HTMLElement>('.norm')!;
  const bar = (el: Element) => root(el).querySelector<HTMLElement>('[role="progressbar"]')!;

  it('shows reference, status, classification, days at home, lead and offer', async () => {
    const el = await timeline();
    const header = root(el).querySelector('header')!.textContent!.replace(/\s+/g, ' ');
    expect(header).to.contain('Casus LVS-7F3K-2291');
    expect(header).to.contain('Open');
    expect(header).to.contain('Langdurig relatief verzuim');
    expect(header).to.contain('68 dagen'); // 7 Sep – 22 Nov 2026, both included, without the autumn holiday (midden, 17–25 Oct)
    expect(header).to.contain('Meldplicht DUO');
    expect(header).to.contain('Fatima El Amrani — Samenwerkingsverband, Samenwerkingsverband Voorbeeldregio, sinds 5 oktober 2026');
    expect(header).to.contain('Nog geen aanbod');
  });

  it('formats numbers per language: "6,5 uur" and "2.448 dagen" in Dutch, "6.5 hours" and "2,448 days" in English', async () => {
    const offer = { type: 'maatwerkDeeltijd', startDate: '2026-11-02', hoursPerWeek: 6.5 };
    const longAgo = makeCase({ firstDayOfAbsence: '2020-01-06', offer });
    const header = (el: Element) => root(el).querySelector('header')!.textContent!.replace(/\s+/g, ' ');
    const nl = await timeline({ case: longAgo, events: [] });
    expect(header(nl)).to.contain('6,5 uur per week');
    expect(header(nl)).to.match(/Dagen thuis ?\d\.\d{3} dagen/);
    expect(root(nl).querySelector('.norm-text')!.textContent).to.match(/dag \d\.\d{3} van \d\.\d{3}|\d\.\d{3} dagen/);
    const en = await timeline({ case: longAgo, events: [], lang: 'en' });
    expect(header(en)).to.contain('6.5 hours a week');
    expect(header(en)).to.match(/Days at home ?\d,\d{3} days/);
  });

  it('a closed case without an offer says how it ended, not "no offer yet" beside a met norm', async () => {
    const closed = {
      ...makeCase({ status: 'closed', lead: null }),
      closure: { closedOn: '2026-11-10', reason: 'terugNaarSchool', note: null },
    };
    const el = await timeline({ case: closed, events: [] });
    const header = root(el).querySelector('header')!.textContent!.replace(/\s+/g, ' ');
    expect(root(el).querySelector('.norm')!.getAttribute('data-status')).to.equal('met');
    expect(header).to.not.contain('Nog geen aanbod');
    expect(header).to.contain('Geen apart aanbod: casus gesloten op 10 november 2026 (Terug naar school)');
    el.lang = 'en';
    await el.updateComplete;
    expect(root(el).querySelector('header')!.textContent!.replace(/\s+/g, ' ')).to.contain('No separate offer: case closed on 10 November 2026 (Back to school)');
    await expectNoAxeViolations(el);
  });

  it('running: first day 30 Nov runs out at the end of February (month-end clamp)', async () => {
    const el = await timeline({ case: makeCase({ firstDayOfAbsence: '2025-11-30' }), events: [], today: '2026-01-10' });
    expect(norm(el).dataset.status).to.equal('running');
    expect(norm(el).textContent).to.contain('Loopt af op 28 februari 2026: nog 49 dagen.');
    expect(bar(el).getAttribute('aria-valuemax')).to.equal('91'); // 30 Nov 2025 – 28 Feb 2026
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('42');
    expect(bar(el).getAttribute('aria-valuetext')).to.contain('28 februari 2026');
    await expectNoAxeViolations(el);
  });

  it('almost out: fewer than 14 days left, said in words, not only in colour', async () => {
    const el = await timeline({ case: makeCase({ firstDayOfAbsence: '2025-11-30' }), events: [], today: '2026-02-20' });
    expect(norm(el).dataset.status).to.equal('almostOut');
    expect(norm(el).textContent).to.contain('Bijna verlopen: loopt af op 28 februari 2026, nog 8 dagen.');
    expect(norm(el).querySelector('.norm-status')!.textContent).to.contain('Termijn loopt bijna af');
    await expectNoAxeViolations(el);
  });

  it('exceeded: days over the norm after the deadline at a month end (31 May → 31 Aug)', async () => {
    const el = await timeline({ case: makeCase({ firstDayOfAbsence: '2026-05-31' }), events: [], today: '2026-09-10' });
    expect(norm(el).dataset.status).to.equal('exceeded');
    expect(norm(el).textContent).to.contain('Overschreden met 10 dagen: liep af op 31 augustus 2026.');
    expect(bar(el).getAttribute('aria-valuenow')).to.equal(bar(el).getAttribute('aria-valuemax'));
    await expectNoAxeViolations(el);
  });

  it('met: an offer that starts within the norm, with the date it was met', async () => {
    const offer = { type: 'maatwerkDeeltijd', startDate: '2026-02-16', hoursPerWeek: 8 };
    const el = await timeline({ case: makeCase({ firstDayOfAbsence: '2025-11-30', offer }), events: [], today: '2026-03-10' });
    expect(norm(el).dataset.status).to.equal('met');
    expect(norm(el).textContent).to.contain('Gehaald: aanbod per 16 februari 2026 (termijn tot 28 februari 2026).');
    expect(root(el).querySelector('header')!.textContent).to.contain('Maatwerk of deeltijdprogramma, vanaf 16 februari 2026, 8 uur per week');
    await expectNoAxeViolations(el);
  });
});

describe('<tz-case-timeline> derived moments', () => {
  it('computes the 4-week and 3-month moments when the host passes none, and marks them as derived', async () => {
    const el = await timeline({ case: makeCase({ firstDayOfAbsence: '2026-05-31' }), events: [], today: '2026-09-10' });
    const derived = items(el).filter((li) => li.classList.contains('derived'));
    expect(derived.map((li) => li.dataset.type)).to.deep.equal(['normExceeded', 'lrvThresholdPassed']);
    const norm = derived[0];
    expect(norm.querySelector('time')!.getAttribute('datetime')).to.equal('2026-09-01');
    expect(norm.querySelector('.tag')!.textContent).to.equal('afgeleid');
    expect(norm.querySelector('.who')!.textContent).to.equal('Berekend uit de datums');
    expect(derived[1].querySelector('time')!.getAttribute('datetime')).to.equal('2026-06-28');
    await expectNoAxeViolations(el);
  });

  it('uses the derived events the server sent instead of computing them again', async () => {
    const fromServer = makeEvent('lrvThresholdPassed', '2026-10-05', 'Meer dan 4 weken afwezig (langdurig relatief verzuim).', {
      id: 'derived-lrv',
      role: 'system',
      organisation: 'VO2801',
      name: null,
    });
    (fromServer as { derived: boolean }).derived = true;
    const el = await timeline({ events: [...storyEvents(), fromServer] });
    const derived = items(el).filter((li) => li.classList.contains('derived'));
    expect(derived.length).to.equal(1);
    expect(derived[0].dataset.key).to.equal('derived-lrv');
    expect(derived[0].querySelector('.summary')!.textContent).to.contain('langdurig relatief verzuim');
  });
});

describe('<tz-case-timeline> details', () => {
  it('expands and collapses the details with a native disclosure button', async () => {
    const el = await timeline();
    const meeting = items(el).find((li) => li.dataset.type === 'meetingHeld')!;
    const button = meeting.querySelector<HTMLButtonElement>('button.disclosure')!;
    const panel = root(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Details van Overleg gehouden op 12 oktober 2026');
    expect(panel.hidden).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    const rows = [...panel.querySelectorAll('.row')].map((r) => `${r.querySelector('dt')!.textContent}: ${r.querySelector('dd')!.textContent}`);
    expect(rows.slice(0, 3)).to.deep.equal([
      'Soort overleg: Multidisciplinair overleg (MDO)',
      'Deelnemers: School, Samenwerkingsverband, Ouders, Leerling',
      'Leerling gehoord: ja',
    ]);
    expect(rows).to.include('Vastgelegd door: Fatima El Amrani');
    await expectNoAxeViolations(el);
    button.click();
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
  });
});

describe('<tz-case-timeline> filters and search', () => {
  it('filters by event type and by party, and says how many events match', async () => {
    const el = await timeline();
    expect(countText(el)).to.equal('7 gebeurtenissen');
    const type = root(el).querySelector<HTMLSelectElement>('#tz-filter-type')!;
    type.value = 'meetingHeld';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(itemTypes(el)).to.deep.equal(['meetingHeld']);
    expect(countText(el)).to.equal('1 van 7 gebeurtenissen');
    expect(root(el).querySelector('.count')!.getAttribute('role')).to.equal('status');

    type.value = '';
    type.dispatchEvent(new Event('change'));
    const party = root(el).querySelector<HTMLSelectElement>('#tz-filter-party')!;
    expect([...party.options].map((o) => o.textContent!.trim())).to.include.members(['Samenwerkingsverband', 'Leerplicht', 'Afgeleid (systeem)']);
    party.value = 'swv';
    party.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(itemTypes(el)).to.deep.equal(['actionAgreed', 'meetingHeld', 'leadAssigned']);
    expect(countText(el)).to.equal('3 van 7 gebeurtenissen');
  });

  it('searches in summaries after a pause in typing, not per keystroke', async () => {
    // The debounce runs on timers this test controls: however slowly the keys arrive on a busy
    // machine, nothing is filtered until the pause has passed.
    const clock = manualTimers();
    TzCaseTimelineElement.timers = clock;
    try {
      const el = await timeline();
      const search = root(el).querySelector<HTMLInputElement>('#tz-filter-search')!;
      search.focus();
      await sendKeys({ type: 'kleinere klas' });
      await el.updateComplete;
      // Typing has not filtered anything: each key restarted the one pending pause.
      expect(items(el).length).to.equal(7);
      expect(clock.pending).to.have.length(1);
      expect(clock.pending[0]!.ms).to.be.greaterThan(0);
      // Once the pause has passed, the list is filtered.
      clock.runAll();
      await el.updateComplete;
      expect(itemTypes(el)).to.deep.equal(['meetingHeld']);
      expect(countText(el)).to.equal('1 van 7 gebeurtenissen');
      await sendKeys({ press: 'Control+A' });
      await sendKeys({ type: 'bestaat niet' });
      await el.updateComplete;
      expect(items(el).length).to.equal(1);
      clock.runAll();
      await el.updateComplete;
      expect(items(el).length).to.equal(0);
      expect(text(el)).to.contain('Geen gebeurtenissen die aan de filters voldoen.');
      await expectNoAxeViolations(el);
    } finally {
      TzCaseTimelineElement.timers = realTimers;
    }
  });
});

describe('<tz-case-timeline> keyboard only', () => {
  it('reaches the filters, chooses a type and expands an event with the keyboard', async () => {
    const el = await timeline();
    root(el).querySelector<HTMLSelectElement>('#tz-filter-type')!.focus();
    // Typing on a focused select picks the option that starts with those letters.
    await sendKeys({ type: 'Overleg g' });
    await el.updateComplete;
    await waitUntil(() => itemTypes(el).join() === 'meetingHeld', 'filtered by keyboard');
    // Tab on to the first event's details button and open it with Enter.
    const button = items(el)[0].querySelector<HTMLButtonElement>('button.disclosure')!;
    for (let i = 0; i < 12 && root(el).activeElement !== button; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('<tz-case-timeline> languages', () => {
  it('renders in English with English month headings, labels and norm text', async () => {
    const el = await timeline({ lang: 'en' });
    expect(monthHeadings(el)).to.deep.equal(['November 2026', 'October 2026', 'September 2026']);
    expect(text(el)).to.contain('Case LVS-7F3K-2291');
    expect(text(el)).to.contain('Runs out on 7 December 2026: 15 days left.');
    expect(text(el)).to.contain('Meeting held');
    expect(text(el)).to.contain('Absent for more than 4 weeks');
    expect(countText(el)).to.equal('7 events');
    await expectNoAxeViolations(el);
  });
});

describe('<tz-case-timeline> states in controlled mode', () => {
  it('empty: a case without events says so (the derived moments are not reached yet)', async () => {
    const el = await timeline({ case: makeCase({ firstDayOfAbsence: '2026-11-16' }), events: [] });
    expect(items(el).length).to.equal(0);
    expect(text(el)).to.contain('Nog geen gebeurtenissen');
    await expectNoAxeViolations(el);
  });

  it('bad host data: a readable error and a console warning naming the field, never an exception', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    let el: TzCaseTimelineElement;
    try {
      el = await timeline({ events: [{ id: 'x', type: 'note', occurredOn: '12-10-2026' }] });
    } finally {
      console.warn = original;
    }
    expect(text(el!)).to.contain('De gegevens van deze casus kloppen niet');
    expect(warnings.join()).to.contain('events[0].occurredOn');
    await expectNoAxeViolations(el!);
  });

  it('case-id without a client or provider: explains it and warns in the console', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline lang="nl" case-id="x"></tz-case-timeline>`);
      await waitUntil(() => warnings.length > 0, 'console warning');
      expect(text(el)).to.contain('Geen verbinding met de API');
      await expectNoAxeViolations(el);
    } finally {
      console.warn = original;
    }
    expect(warnings.join()).to.contain('tz-provider');
  });

  it('no case yet: asks to choose one', async () => {
    const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline lang="nl"></tz-case-timeline>`);
    expect(text(el)).to.contain('Geen casus gekozen');
    await expectNoAxeViolations(el);
  });
});

describe('<tz-case-timeline> export and print', () => {
  it('exports the visible (filtered) events as CSV through a Blob URL download', async () => {
    const el = await timeline();
    const party = root(el).querySelector<HTMLSelectElement>('#tz-filter-party')!;
    party.value = 'swv';
    party.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const { blobs, names: downloads } = captureDownloads(() => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('CSV'))!.click());
    expect(downloads).to.deep.equal(['tijdlijn-LVS-7F3K-2291-2026-11-22.csv']);
    const csv = (await blobs[0].text()).replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines.length).to.equal(4); // header + 3 swv events
    expect(lines[0]).to.equal('Datum;Soort gebeurtenis;afgeleid;Partij;Vastgelegd door;Samenvatting');
    expect(lines[1]).to.equal('2026-10-12;Actie afgesproken;nee;Samenwerkingsverband, VO2801;Fatima El Amrani;Aanmelding bij de jeugdarts.');
    expect(lines[2]).to.contain('MDO met ouders en leerling');
  });

  it('prints the whole case: every event rendered with its details open', async () => {
    const el = await timeline({ events: manyEvents(120, '2026-01-05'), case: makeCase({ firstDayOfAbsence: '2026-01-05' }) });
    expect(items(el).length).to.be.lessThan(120);
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => items(el).length >= 120, 'all events rendered for print');
      expect(root(el).querySelectorAll('.details[hidden]').length).to.equal(0);
      expect(getComputedStyle(root(el).querySelector('.filters')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await waitUntil(() => items(el).length < 120, 'back to paged rendering after print');
  });
});

describe('<tz-case-timeline> a long case', () => {
  it('renders 2,000 events with far fewer list items in the DOM, and reveals more on request', async () => {
    const el = await timeline({ events: manyEvents(2000), case: makeCase({ firstDayOfAbsence: '2021-01-04' }) });
    const first = items(el).length;
    expect(first).to.be.greaterThan(0);
    expect(first).to.be.at.most(60);
    expect(countText(el)).to.equal('2.002 gebeurtenissen'); // + the two derived moments
    const more = root(el).querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent).to.contain(`${first} van 2.002`);
    more.click();
    await el.updateComplete;
    expect(items(el).length).to.equal(first * 2);
    // Focus moves to the first newly shown event, so keyboard users carry on there.
    expect(root(el).activeElement).to.equal(items(el)[first]);
    // Months keep their headings: the oldest month is not rendered yet, the newest is.
    expect(monthHeadings(el)[0]).to.equal('december 2025');
    await expectNoAxeViolations(el);
  });
});

describe('<tz-case-timeline> narrow screens', () => {
  it('fits 320px without horizontal scrolling, with the form open and details expanded', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await timeline({ canAdd: true });
      root(el).querySelectorAll<HTMLButtonElement>('button.disclosure').forEach((b) => b.click());
      await el.updateComplete;
      const type = root(el).querySelector<HTMLSelectElement>('#tz-add-type')!;
      type.value = 'meetingHeld';
      type.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<tz-case-timeline> a long pupil reference', () => {
  it('a 64-character pupil reference does not make the timeline wider than 360px', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const pupilRef = `LVS-${'7F3K2291ABCDEFGH'.repeat(4)}`.slice(0, 64);
      expect(pupilRef).to.have.length(64);
      const el = await timeline({ case: { ...makeCase(), pupilRef }, canAdd: true });
      expect(root(el).querySelector('h2')!.textContent).to.contain(pupilRef);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      // Nothing inside sticks out of the element either (overflow could be clipped and unreadable).
      const right = el.getBoundingClientRect().right;
      const wider = [...root(el).querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > right + 0.5).map((n) => n.localName + '.' + n.className);
      expect(wider).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<tz-case-timeline> default summaries', () => {
  it('shows a summary that is only the type label (server default) in the user’s language, once', async () => {
    const events = [makeEvent('reportedToSwv', '2026-10-01', 'Gemeld bij samenwerkingsverband')];
    const el = await timeline({ lang: 'en', events, case: makeCase({ firstDayOfAbsence: '2026-09-25' }) });
    const item = items(el).find((li) => li.dataset.type === 'reportedToSwv')!;
    expect(item.querySelector('.type')!.textContent).to.contain('Reported to the SWV');
    expect(item.querySelector('.summary')).to.equal(null);
    expect(item.textContent).not.to.contain('Gemeld bij');
  });
});
