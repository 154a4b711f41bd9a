// Walk-through items of issue 15 for <tz-case-timeline>, against the REAL reference server:
// reopening a closed case (button, inline confirmation, focus, nl/en) and leerplicht adding an
// event where the API allows it.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { TzCaseTimelineElement } from './case-timeline.element.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { testApi } from '../test-support/api.js';
import { deepActiveElement } from '../test-support/focus.js';
import type { Case } from '@thuiszitters/sdk';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const loaded = (el: TzCaseTimelineElement) => waitUntil(() => root(el).querySelector('header.case-header'), 'timeline loaded');
const button = (el: Element, id: string) => root(el).querySelector<HTMLButtonElement>(`#${id}`);

/** A fresh closed case of school 12AB00 for a pupil living in the leerplicht test municipality. */
async function closedCase(): Promise<Case> {
  const api = await testApi();
  const client = api.client('school');
  const created = (await client.cases.create({
    pupilRef: `RO-${crypto.randomUUID().slice(0, 8)}`,
    birthYearMonth: '2012-03',
    school: { brin: '12AB', vestiging: '00' },
    schoolType: 'vo',
    municipalityCode: api.organisations.leerplicht,
    absence: { enrolled: true, firstDayOfAbsence: '2026-09-07', authorised: false, exemption: null, duoReportNumber: null },
    reasons: { primary: 'schoolweigering', secondary: [] },
    lead: null,
    offer: null,
  } as never)) as Case;
  return (await client.cases.close(created.id, { closedOn: '2026-10-01', reason: 'terugNaarSchool', note: null } as never, { ifMatch: created.version })) as Case;
}

describe('<tz-case-timeline>: reopen and leerplicht (issue 15)', () => {
  before(async function (this: { timeout(ms: number): void }) {
    this.timeout(120000);
    await closedCase();
  });

  it('asks before reopening: focus on the question, Escape cancels and returns focus to the button', async () => {
    const api = await testApi();
    const c = await closedCase();
    const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline lang="nl" can-add case-id=${c.id} .client=${api.client('swv')}></tz-case-timeline>`);
    await loaded(el);
    expect(text(el)).to.contain('StatusAfgesloten');
    const reopen = button(el, 'tz-reopen')!;
    expect(reopen.textContent).to.contain('Casus heropenen');
    reopen.click();
    await el.updateComplete;
    expect(deepActiveElement()?.id).to.equal('tz-reopen-question');
    expect(text(el)).to.contain(`Casus ${c.pupilRef} heropenen?`);
    await expectNoAxeViolations(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(deepActiveElement()?.id).to.equal('tz-reopen');
    expect((await api.client('swv').cases.get(c.id)).status).to.equal('closed');
  });

  it('reopens a closed case on confirmation: the server reopens it, the result takes focus, the timeline shows it', async () => {
    const api = await testApi();
    const c = await closedCase();
    const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline lang="nl" can-add case-id=${c.id} .client=${api.client('swv')}></tz-case-timeline>`);
    await loaded(el);
    button(el, 'tz-reopen')!.click();
    await el.updateComplete;
    button(el, 'tz-reopen-confirm')!.click();
    await waitUntil(() => button(el, 'tz-reopen') === null && root(el).querySelector('#tz-reopen-result'), 'reopened');
    await el.updateComplete;
    expect(deepActiveElement()?.id).to.equal('tz-reopen-result');
    expect(root(el).querySelector('#tz-reopen-result')!.textContent).to.contain(`Casus ${c.pupilRef} is heropend.`);
    expect(root(el).querySelector('#tz-reopen-result')!.getAttribute('role')).to.equal('status');
    await waitUntil(() => root(el).querySelector('li.event[data-type="caseReopened"]'), 'caseReopened on the timeline');
    expect(text(el)).to.contain('StatusOpen');
    expect((await api.client('swv').cases.get(c.id)).status).to.equal('open');
    await expectNoAxeViolations(el);
  });

  it('speaks English and says so when the case was changed meanwhile (412)', async () => {
    const api = await testApi();
    const c = await closedCase();
    const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline lang="en" can-add case-id=${c.id} .client=${api.client('swv')}></tz-case-timeline>`);
    await loaded(el);
    // Someone else reopens it first: this element's version is stale.
    await api.client('school').cases.reopen(c.id, { ifMatch: c.version });
    button(el, 'tz-reopen')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain(`Reopen case ${c.pupilRef}?`);
    button(el, 'tz-reopen-confirm')!.click();
    await waitUntil(() => root(el).querySelector('#tz-reopen-result'), 'result');
    await el.updateComplete;
    const result = root(el).querySelector('#tz-reopen-result')!;
    expect(result.textContent).to.contain('The case was changed in the meantime.');
    expect(result.getAttribute('role')).to.equal('alert');
    // The latest version (open) is shown, so there is no reopen button, and focus is on the message.
    await waitUntil(() => button(el, 'tz-reopen') === null, 'latest version shown');
    expect(deepActiveElement()?.id).to.equal('tz-reopen-result');
  });

  it('offers no reopen button without can-add (a role that may not write)', async () => {
    const api = await testApi();
    const c = await closedCase();
    const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline lang="nl" case-id=${c.id} .client=${api.client('swv')}></tz-case-timeline>`);
    await loaded(el);
    expect(button(el, 'tz-reopen')).to.equal(null);
  });

  it('leerplicht adds an event to a case of its municipality through the form, and it is stored', async () => {
    const api = await testApi();
    const closed = await closedCase();
    const c = (await api.client('school').cases.reopen(closed.id, { ifMatch: closed.version })) as Case;
    const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline lang="nl" can-add case-id=${c.id} .client=${api.client('leerplicht')}></tz-case-timeline>`);
    await loaded(el);
    const type = root(el).querySelector<HTMLSelectElement>('#tz-add-type')!;
    type.value = 'leerplichtInvolved';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
    await waitUntil(() => text(el).includes('Leerplicht betrokken toegevoegd.'), 'added');
    const stored = await api.client('leerplicht').events.list(c.id, { type: 'leerplichtInvolved' });
    expect(stored.items).to.have.length(1);
    expect(stored.items[0]!.actor.role).to.equal('leerplicht');
    await expectNoAxeViolations(el);
  });
});
