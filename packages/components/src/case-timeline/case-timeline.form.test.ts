// The add-event form in controlled mode: type-specific fields, NL Design System validation, the
// payload the host receives in `tz-event-add`, keyboard-only use, and when the form is offered.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { TzCaseTimelineElement } from './case-timeline.element.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { makeCase, storyEvents, CASE_ID } from './test-helpers.js';

// Not the real date on purpose: the form's default date must follow the element's `today`.
const TODAY = '2026-11-20';

async function timeline(lang = 'nl', canAdd = true) {
  const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline
    lang=${lang}
    today=${TODAY}
    ?can-add=${canAdd}
    .case=${makeCase()}
    .events=${storyEvents()}
  ></tz-case-timeline>`);
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const field = <T extends HTMLElement = HTMLInputElement>(el: Element, name: string) => root(el).querySelector<T>(`#tz-add-${name}`)!;

async function chooseType(el: TzCaseTimelineElement, type: string) {
  const select = field<HTMLSelectElement>(el, 'type');
  select.value = type;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function fill(el: TzCaseTimelineElement, name: string, value: string) {
  const input = field<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, name);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  await el.updateComplete;
}

async function check(el: TzCaseTimelineElement, id: string) {
  root(el).querySelector<HTMLInputElement>(`#${id}`)!.click();
  await el.updateComplete;
}

async function submit(el: TzCaseTimelineElement) {
  const added = oneEvent(el, 'tz-event-add');
  root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
  return (await added).detail;
}

describe('<tz-case-timeline> add-event form', () => {
  it('is only offered when the host says the role may add (can-add)', async () => {
    const el = await timeline('nl', false);
    expect(root(el).querySelector('.add')).to.equal(null);
    el.canAdd = true;
    await el.updateComplete;
    expect(root(el).querySelector('.add h2')!.textContent).to.equal('Gebeurtenis toevoegen');
    await expectNoAxeViolations(el);
  });

  it('asks only for a type first, then for that type’s fields (derived types cannot be chosen)', async () => {
    const el = await timeline();
    const options = [...field<HTMLSelectElement>(el, 'type').options].map((o) => o.value);
    expect(options).to.include.members(['meetingHeld', 'leadChanged', 'offerMade', 'actionAgreed', 'caseClosed', 'note']);
    expect(options).not.to.include('lrvThresholdPassed');
    expect(options).not.to.include('normExceeded');
    expect(root(el).querySelectorAll('.add .field').length).to.equal(1);
    await chooseType(el, 'meetingHeld');
    expect(field(el, 'meetingType')).to.exist;
    expect(field(el, 'participants')).to.exist;
    expect(field(el, 'pupilHeard')).to.exist;
    expect(field(el, 'occurredOn').value).to.equal(TODAY);
  });

  it('validates on submit: error summary with focus on its heading and links to the fields', async () => {
    const el = await timeline();
    await chooseType(el, 'meetingHeld');
    root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const heading = root(el).querySelector<HTMLElement>('#tz-add-summary-heading')!;
    expect(heading.textContent).to.equal('Controleer de volgende velden');
    expect(root(el).activeElement).to.equal(heading);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Kies soort overleg.',
      'Kies minstens één deelnemer.',
      'Kies leerling gehoord.',
    ]);
    const select = field<HTMLSelectElement>(el, 'meetingType');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).getElementById(select.getAttribute('aria-describedby')!)!.textContent).to.equal('Kies soort overleg.');
    links[0].click();
    expect(root(el).activeElement).to.equal(select);
    await expectNoAxeViolations(el);
  });

  it('validates a field on blur, never while typing', async () => {
    const el = await timeline();
    await chooseType(el, 'offerMade');
    const hours = field(el, 'hoursPerWeek');
    hours.focus();
    await sendKeys({ type: '99' });
    await el.updateComplete;
    expect(hours.getAttribute('aria-invalid')).to.equal('false');
    hours.blur();
    await el.updateComplete;
    expect(hours.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('#tz-add-hoursPerWeek-error')!.textContent).to.equal('Vul een aantal uren tussen 0 en 60 in.');
    await fill(el, 'occurredOn', '2026-02-30');
    field(el, 'occurredOn').dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(root(el).querySelector('#tz-add-occurredOn-error')!.textContent).to.equal('Datum: die dag bestaat niet. Controleer dag en maand.');
    await fill(el, 'occurredOn', '2026-12-01');
    field(el, 'occurredOn').dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(root(el).querySelector('#tz-add-occurredOn-error')!.textContent).to.equal('Datum mag niet in de toekomst liggen.');
  });

  it('dates: accepts day-month-year as typed in the Netherlands (2-12-2026, 02-12-2026, 2/12/2026) and ISO, and says the format', async () => {
    const el = await timeline();
    await chooseType(el, 'actionAgreed');
    const hint = root(el).querySelector('#tz-add-occurredOn-hint')!;
    expect(hint.textContent).to.equal('Dag-maand-jaar, bijvoorbeeld 2-12-2026. Ook 2026-12-02 kan.');
    expect(field(el, 'occurredOn').getAttribute('aria-describedby')).to.contain('tz-add-occurredOn-hint');
    await fill(el, 'occurredOn', '2-11-2026');
    await fill(el, 'description', 'Gesprek met jeugdarts');
    await fill(el, 'owner', 'School');
    await fill(el, 'dueOn', '02.12.2026');
    let detail = await submit(el);
    expect(detail.event.occurredOn).to.equal('2026-11-02');
    expect(detail.event.data).to.deep.include({ dueOn: '2026-12-02' });
    await chooseType(el, 'meetingPlanned');
    await fill(el, 'occurredOn', '20/11/2026');
    await fill(el, 'meetingType', 'mdo');
    await fill(el, 'plannedOn', '2026-12-2');
    detail = await submit(el);
    expect(detail.event.occurredOn).to.equal('2026-11-20');
    expect(detail.event.data).to.deep.equal({ meetingType: 'mdo', plannedOn: '2026-12-02' });
  });

  it('dates: a day that does not exist (31-02-2026) or text that is no date gets a clear error, in both languages', async () => {
    const el = await timeline();
    await chooseType(el, 'note');
    await fill(el, 'occurredOn', '31-02-2026');
    field(el, 'occurredOn').dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(root(el).querySelector('#tz-add-occurredOn-error')!.textContent).to.equal('Datum: die dag bestaat niet. Controleer dag en maand.');
    await fill(el, 'occurredOn', '2-11-26');
    field(el, 'occurredOn').dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(root(el).querySelector('#tz-add-occurredOn-error')!.textContent).to.equal(
      'Datum is geen datum. Schrijf dag-maand-jaar, bijvoorbeeld 2-12-2026.',
    );
    el.lang = 'en';
    await el.updateComplete;
    expect(root(el).querySelector('#tz-add-occurredOn-error')!.textContent).to.equal(
      'Date is not a date. Write day-month-year, for example 2-12-2026.',
    );
    expect(root(el).querySelector('#tz-add-occurredOn-hint')!.textContent).to.equal('Day-month-year, for example 2-12-2026. 2026-12-02 also works.');
    await expectNoAxeViolations(el);
  });

  it('warns (without blocking) when the summary or a description holds a number that passes the BSN elfproef', async () => {
    const el = await timeline();
    await chooseType(el, 'actionAgreed');
    const region = root(el).querySelector('#tz-add-summary-bsn')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent!.trim()).to.equal('');
    await fill(el, 'summary', 'Gesprek; BSN 123456782 genoemd door vader.');
    expect(region.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Let op: 123456782 kan een BSN zijn. Een BSN hoort hier niet: haal het nummer weg.');
    expect(field(el, 'summary').getAttribute('aria-describedby')!.split(' ')).to.include('tz-add-summary-bsn');
    await fill(el, 'description', 'Bellen naar 06 12345678');
    expect(root(el).querySelector('#tz-add-description-bsn')!.textContent!.trim()).to.equal('');
    await fill(el, 'owner', 'School 111.222.333');
    expect(root(el).querySelector('#tz-add-owner-bsn')!.textContent).to.contain('111.222.333 kan een BSN zijn');
    await fill(el, 'description', 'Intake');
    await fill(el, 'dueOn', '2026-12-01');
    await expectNoAxeViolations(el);
    const detail = await submit(el);
    expect(detail.event.summary).to.equal('Gesprek; BSN 123456782 genoemd door vader.');
  });

  it('meeting held: type, participants by role and pupil heard', async () => {
    const el = await timeline();
    await chooseType(el, 'meetingHeld');
    await fill(el, 'occurredOn', '2026-11-20');
    await fill(el, 'meetingType', 'thuiszitterstafel');
    await check(el, 'tz-add-participants'); // school
    await check(el, 'tz-add-participants-leerplicht');
    await check(el, 'tz-add-participants-leerling');
    await check(el, 'tz-add-pupilHeard-no');
    await fill(el, 'summary', 'Thuiszitterstafel: plan voor deeltijd.');
    const detail = await submit(el);
    expect(detail.caseId).to.equal(CASE_ID);
    expect(detail.idempotencyKey).to.have.length.greaterThan(8);
    expect(detail.event).to.deep.equal({
      type: 'meetingHeld',
      occurredOn: '2026-11-20',
      summary: 'Thuiszitterstafel: plan voor deeltijd.',
      data: { meetingType: 'thuiszitterstafel', participants: ['school', 'leerplicht', 'leerling'], pupilHeard: false },
    });
    await el.updateComplete;
    // The form starts over and says it worked.
    expect(field<HTMLSelectElement>(el, 'type').value).to.equal('');
    expect(root(el).querySelector('.add-ok')!.textContent).to.equal('Overleg gehouden toegevoegd.');
  });

  it('lead change: the new lead with role, organisation and name, since the event date', async () => {
    const el = await timeline();
    await chooseType(el, 'leadChanged');
    await fill(el, 'occurredOn', '2026-11-18');
    await fill(el, 'leadRole', 'leerplicht');
    await fill(el, 'leadOrganisation', 'Gemeente Rotterdam');
    await fill(el, 'leadName', 'Sanne Bakker');
    const detail = await submit(el);
    expect(detail.event).to.deep.equal({
      type: 'leadChanged',
      occurredOn: '2026-11-18',
      data: { lead: { organisation: 'Gemeente Rotterdam', role: 'leerplicht', name: 'Sanne Bakker', since: '2026-11-18' } },
    });
  });

  it('offer: type, start date and hours per week (a decimal comma is fine)', async () => {
    const el = await timeline();
    await chooseType(el, 'offerMade');
    await fill(el, 'offerType', 'onderwijsZorgarrangement');
    await fill(el, 'startDate', '2026-12-01');
    await fill(el, 'hoursPerWeek', '12,5');
    const detail = await submit(el);
    expect(detail.event).to.deep.equal({
      type: 'offerMade',
      occurredOn: TODAY,
      data: { offer: { type: 'onderwijsZorgarrangement', startDate: '2026-12-01', hoursPerWeek: 12.5 } },
    });
  });

  it('action: description, owner and due date', async () => {
    const el = await timeline();
    await chooseType(el, 'actionAgreed');
    await fill(el, 'description', 'Intake bij de jeugdarts plannen');
    await fill(el, 'owner', 'JGZ Rotterdam');
    await fill(el, 'dueOn', '2026-12-05');
    const detail = await submit(el);
    expect(detail.event).to.deep.equal({
      type: 'actionAgreed',
      occurredOn: TODAY,
      data: { description: 'Intake bij de jeugdarts plannen', owner: 'JGZ Rotterdam', dueOn: '2026-12-05' },
    });
  });

  it('closure: a reason from the list', async () => {
    const el = await timeline();
    await chooseType(el, 'caseClosed');
    await fill(el, 'reason', 'terugNaarSchool');
    const detail = await submit(el);
    expect(detail.event).to.deep.equal({ type: 'caseClosed', occurredOn: TODAY, data: { reason: 'terugNaarSchool' } });
  });

  it('note: the summary is required and is all there is', async () => {
    const el = await timeline();
    await chooseType(el, 'note');
    root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
    await el.updateComplete;
    expect(field<HTMLTextAreaElement>(el, 'summary').getAttribute('aria-invalid')).to.equal('true');
    await fill(el, 'summary', 'Moeder belde: gaat beter.');
    const detail = await submit(el);
    expect(detail.event).to.deep.equal({ type: 'note', occurredOn: TODAY, summary: 'Moeder belde: gaat beter.', data: {} });
  });

  it('the other types: DUO report number, planned meeting, TLV decision, return phase', async () => {
    const el = await timeline();
    await chooseType(el, 'reportedToDuo');
    await fill(el, 'reportNumber', 'DUO-2026-1');
    expect((await submit(el)).event.data).to.deep.equal({ reportNumber: 'DUO-2026-1' });
    await chooseType(el, 'meetingPlanned');
    await fill(el, 'meetingType', 'mdo');
    await fill(el, 'plannedOn', '2026-12-03');
    expect((await submit(el)).event.data).to.deep.equal({ meetingType: 'mdo', plannedOn: '2026-12-03' });
    await chooseType(el, 'tlvDecided');
    await check(el, 'tz-add-granted');
    expect((await submit(el)).event.data).to.deep.equal({ granted: true });
    await chooseType(el, 'returnPhase');
    await fill(el, 'hoursPerWeek', '6');
    expect((await submit(el)).event.data).to.deep.equal({ hoursPerWeek: 6 });
    await chooseType(el, 'reportedToSwv');
    expect((await submit(el)).event).to.deep.equal({ type: 'reportedToSwv', occurredOn: TODAY, data: {} });
  });

  it('the types without own fields: date and summary only (summary required where it is the content)', async () => {
    const el = await timeline();
    for (const type of ['signalReceived', 'leerplichtInvolved', 'tlvRequested', 'arrangementStarted', 'enrolled', 'unenrolled']) {
      await chooseType(el, type);
      expect((await submit(el)).event, type).to.deep.equal({ type, occurredOn: TODAY, data: {} });
    }
    for (const type of ['actionCompleted', 'escalation']) {
      await chooseType(el, type);
      root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
      await el.updateComplete;
      expect(field<HTMLTextAreaElement>(el, 'summary').getAttribute('aria-invalid'), type).to.equal('true');
      await fill(el, 'summary', `${type} vastgelegd.`);
      expect((await submit(el)).event, type).to.deep.equal({ type, occurredOn: TODAY, summary: `${type} vastgelegd.`, data: {} });
    }
  });

  it('can be used with the keyboard only', async () => {
    const el = await timeline();
    field<HTMLSelectElement>(el, 'type').focus();
    await sendKeys({ type: 'Notitie' });
    await el.updateComplete;
    expect(field<HTMLSelectElement>(el, 'type').value).to.equal('note');
    await sendKeys({ press: 'Tab' }); // date (today)
    expect(root(el).activeElement).to.equal(field(el, 'occurredOn'));
    await sendKeys({ press: 'Tab' }); // summary
    expect(root(el).activeElement).to.equal(field(el, 'summary'));
    await sendKeys({ type: 'Gesprek met de leerling gevoerd.' });
    await sendKeys({ press: 'Tab' }); // submit button
    const added = oneEvent(el, 'tz-event-add');
    await sendKeys({ press: 'Enter' });
    const { detail } = await added;
    expect(detail.event).to.deep.equal({ type: 'note', occurredOn: TODAY, summary: 'Gesprek met de leerling gevoerd.', data: {} });
  });

  it('speaks English', async () => {
    const el = await timeline('en');
    await chooseType(el, 'meetingHeld');
    root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
    await el.updateComplete;
    const text = root(el).querySelector('.add')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Add an event');
    expect(text).to.contain('Check the following fields');
    expect(text).to.contain('Choose at least one participant.');
    expect(text).to.contain('Pupil heard');
    await expectNoAxeViolations(el);
  });

  it('a host that stores the event and passes the new .events and .case keeps the user’s filters', async () => {
    const el = await timeline();
    el.addEventListener('tz-event-add', (e) => {
      const { event } = e.detail;
      const stored = { id: 'stored-1', caseId: CASE_ID, recordedAt: '2026-11-22T10:00:00Z', actor: { organisation: '12AB00', role: 'school', name: 'Joris de Vries' }, summary: event.summary ?? '', derived: false, ...event };
      el.events = [...(el.events ?? []), stored as never];
      el.case = { ...makeCase(), version: 5 } as never;
    });
    const party = root(el).querySelector<HTMLSelectElement>('#tz-filter-party')!;
    party.value = 'school';
    party.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await chooseType(el, 'note');
    await fill(el, 'summary', 'Correctie: het overleg was op dinsdag.');
    await submit(el);
    await el.updateComplete;
    expect(root(el).querySelector<HTMLSelectElement>('#tz-filter-party')!.value).to.equal('school');
    const first = root(el).querySelector<HTMLLIElement>('li.event')!;
    expect(first.dataset.key).to.equal('stored-1');
    expect(first.querySelector('.summary')!.textContent).to.equal('Correctie: het overleg was op dinsdag.');
  });
});
