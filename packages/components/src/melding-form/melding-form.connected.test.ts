// Connected mode against the REAL reference server (PGlite, demo seed) through the test runner's
// proxy. Failures are injected at the network edge (flakyFetch / a gated fetch); the SDK, the
// server and the database stay real.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import type { Case, ThuiszittersClient } from '@thuiszitters/sdk';
import '../provider/define.js';
import { flakyFetch, testApi } from '../test-support/api.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import type { TzMeldingFormElement } from './melding-form.element.js';
import { deepActiveElement } from '../test-support/focus.js';
import { $, $$, TODAY, completeRequired, fill, holdPosts, pick, text } from './test-helpers.js';

const uniqueRef = (label: string) => `T-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

async function mountConnected(client: ThuiszittersClient, pupilRef: string): Promise<TzMeldingFormElement> {
  const provider = await fixture(html`<tz-provider .client=${client}><tz-melding-form pupil-ref=${pupilRef} today=${TODAY} birth-year-month="2012-03"></tz-melding-form></tz-provider>`);
  const el = provider.querySelector('tz-melding-form')!;
  // the school list comes from the provider's reference data
  await waitUntil(() => el.shadowRoot!.querySelector('select#f-school'), 'school list from reference data');
  return el;
}

async function casesOf(client: ThuiszittersClient, pupilRef: string): Promise<Case[]> {
  const page = await client.cases.list({ q: pupilRef });
  return page.items.filter((c) => c.pupilRef === pupilRef);
}

const submitButton = (el: TzMeldingFormElement) => $<HTMLButtonElement>(el, 'button[type="submit"]');

describe('<tz-melding-form> connected to the reference server', () => {
  before(async function (this: { timeout(ms: number): void }) {
    // The first request starts the reference server (PGlite + demo seed): allow for that once.
    this.timeout(120000);
    const api = await testApi();
    await api.client('school').reference.reasons();
  });

  it('creates a case: school from reference data, tz-melding-created, confirmation with focus, one case on the server', async () => {
    const api = await testApi();
    const client = api.client('school');
    const ref = uniqueRef('create');
    const el = await mountConnected(client, ref);
    await fill(el, 'school', '12AB00');
    expect($<HTMLSelectElement>(el, '#f-schoolType').value).to.not.equal(''); // filled in from the school list
    expect($<HTMLInputElement>(el, '#f-municipalityCode').value).to.match(/^GM\d{4}$/);
    await completeRequired(el);
    setTimeout(() => submitButton(el).click());
    const created = (await oneEvent(el, 'tz-melding-created')).detail.case as Case;
    expect(created.pupilRef).to.equal(ref);
    expect(created.absence.firstDayOfAbsence).to.equal('2026-09-07');
    await el.updateComplete;
    const heading = $(el, '#done-title');
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(text(el, '[part="confirmation"]')).to.contain(ref);
    await expectNoAxeViolations(el);
    expect(await casesOf(client, ref)).to.have.length(1);
    // "new report" empties the form again, keeping the host's prefill
    $$<HTMLButtonElement>(el, '[part="confirmation"] button')[0].click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-firstDayOfAbsence').value).to.equal('');
    expect($<HTMLInputElement>(el, '#f-birthYearMonth').value).to.equal('2012-03');
  });

  it('keeps focus on the confirmation when the host switches the form to the new case (the demo page does)', async () => {
    const api = await testApi();
    const client = api.client('school');
    const ref = uniqueRef('switch');
    const el = await mountConnected(client, ref);
    await fill(el, 'school', '12AB00');
    await completeRequired(el);
    // Like the demo page: on tz-melding-created the host sets case-id, so the form now edits that case.
    el.addEventListener('tz-melding-created', (e) => el.setAttribute('case-id', e.detail.case.id));
    submitButton(el).focus();
    const created = oneEvent(el, 'tz-melding-created');
    submitButton(el).click();
    await created;
    await waitUntil(() => el.shadowRoot!.querySelector('#done-title') && deepActiveElement() !== document.body, 'focus placed');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, '#done-title'));
    expect(text(el, '[part="confirmation"]')).to.contain(ref);
  });

  it('retries after a lost answer with the same Idempotency-Key: one case, values kept meanwhile', async () => {
    const api = await testApi();
    const flaky = flakyFetch();
    const client = api.client('school', { fetch: flaky.fetch });
    const ref = uniqueRef('retry');
    const el = await mountConnected(client, ref);
    await fill(el, 'school', '12AB00');
    await completeRequired(el);
    // the server stores the case, but the connection drops before the answer arrives
    flaky.failNext(1, 'afterSend', (method, url) => method === 'POST' && url.endsWith('/cases'));
    submitButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="failure"]'), 'failure message');
    const failure = $(el, '[part="failure"]');
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent).to.contain('geen verbinding');
    expect($<HTMLInputElement>(el, '#f-firstDayOfAbsence').value).to.equal('2026-09-07');
    expect($<HTMLSelectElement>(el, '#f-primaryReason').value).to.equal('schoolweigering');
    await expectNoAxeViolations(el);
    setTimeout(() => failure.querySelector('button')!.click());
    const created = (await oneEvent(el, 'tz-melding-created')).detail.case as Case;
    const posts = flaky.calls.filter((c) => c.method === 'POST' && c.url.endsWith('/cases'));
    expect(posts).to.have.length(2);
    const key = posts[0].headers.get('Idempotency-Key');
    expect(key).to.be.a('string').and.have.length.greaterThan(7);
    expect(posts[1].headers.get('Idempotency-Key')).to.equal(key);
    const cases = await casesOf(api.client('school'), ref);
    expect(cases).to.have.length(1);
    expect(cases[0].id).to.equal(created.id);
  });

  it('a retry after a lost answer and a changed answer: the first body again with the same key, then the change as a patch', async () => {
    const api = await testApi();
    const flaky = flakyFetch();
    const client = api.client('school', { fetch: flaky.fetch });
    const ref = uniqueRef('changed');
    const el = await mountConnected(client, ref);
    await fill(el, 'school', '12AB00');
    await completeRequired(el);
    await fill(el, 'notes', 'Eerste versie');
    flaky.failNext(1, 'afterSend', (method, url) => method === 'POST' && url.endsWith('/cases'));
    submitButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="failure"]'), 'failure message');
    await fill(el, 'notes', 'Verbeterde versie'); // the user corrects something before retrying
    setTimeout(() => submitButton(el).click());
    const created = (await oneEvent(el, 'tz-melding-created')).detail.case as Case;
    expect(created.notes).to.equal('Verbeterde versie');
    const posts = flaky.calls.filter((c) => c.method === 'POST' && c.url.endsWith('/cases'));
    expect(posts).to.have.length(2);
    expect(posts[1].headers.get('Idempotency-Key')).to.equal(posts[0].headers.get('Idempotency-Key'));
    expect(flaky.calls.filter((c) => c.method === 'PATCH')).to.have.length(1);
    const cases = await casesOf(api.client('school'), ref);
    expect(cases).to.have.length(1);
    expect(cases[0].notes).to.equal('Verbeterde versie');
  });

  it('while sending: busy button, readable form, no double submit', async () => {
    const api = await testApi();
    const held = holdPosts();
    const client = api.client('school', { fetch: held.fetch });
    const ref = uniqueRef('busy');
    const el = await mountConnected(client, ref);
    await fill(el, 'school', '12AB00');
    await completeRequired(el);
    submitButton(el).click();
    await el.updateComplete;
    await waitUntil(() => held.posts() === 1, 'request under way');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(submitButton(el).textContent).to.contain('Bezig met versturen');
    expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
    expect($<HTMLInputElement>(el, '#f-firstDayOfAbsence').value).to.equal('2026-09-07');
    await expectNoAxeViolations(el);
    expect($<HTMLInputElement>(el, '#f-firstDayOfAbsence').readOnly).to.equal(true);
    $<HTMLInputElement>(el, 'input[name="enrolled"][value="no"]').click(); // answers cannot change under the request
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name="enrolled"][value="yes"]').checked).to.equal(true);
    submitButton(el).click(); // a double click
    $<HTMLInputElement>(el, '#f-duoReportNumber').focus();
    await el.updateComplete;
    expect(held.posts()).to.equal(1);
    held.release();
    await oneEvent(el, 'tz-melding-created');
    expect(held.posts()).to.equal(1);
    expect(await casesOf(api.client('school'), ref)).to.have.length(1);
  });

  it('leaving the page while sending aborts the request; back on the page the answers are there and sending again is the same report', async () => {
    const api = await testApi();
    const held = holdPosts();
    const flaky = flakyFetch(held.fetch);
    const ref = uniqueRef('leave');
    const el = await mountConnected(api.client('school', { fetch: flaky.fetch }), ref);
    await fill(el, 'school', '12AB00');
    await completeRequired(el);
    submitButton(el).click();
    await waitUntil(() => held.posts() === 1, 'request under way');
    const provider = el.parentElement!;
    provider.remove();
    await waitUntil(() => submitButton(el).getAttribute('aria-disabled') === 'false', 'send aborted');
    expect(await casesOf(api.client('school'), ref)).to.have.length(0);
    held.release();
    document.body.append(provider);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-firstDayOfAbsence').value).to.equal('2026-09-07');
    expect($$(el, '[part="failure"]').length).to.equal(0); // a count: a failing check on an element would not serialise
    setTimeout(() => submitButton(el).click());
    const created = (await oneEvent(el, 'tz-melding-created')).detail.case as Case;
    const posts = flaky.calls.filter((c) => c.method === 'POST' && c.url.endsWith('/cases'));
    expect(posts).to.have.length(2);
    expect(posts[1].headers.get('Idempotency-Key')).to.equal(posts[0].headers.get('Idempotency-Key'));
    expect((await casesOf(api.client('school'), ref)).map((c) => c.id)).to.deep.equal([created.id]);
    provider.remove();
  });

  it('on a 503 says the server could not process it, keeps the values and offers a retry', async () => {
    const api = await testApi();
    let failNext = true;
    const fetch503 = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && failNext) {
        failNext = false;
        return new Response(JSON.stringify({ title: 'Service Unavailable', status: 503 }), { status: 503, headers: { 'content-type': 'application/problem+json' } });
      }
      return fetch(request);
    }) as typeof fetch;
    const ref = uniqueRef('503');
    const el = await mountConnected(api.client('school', { fetch: fetch503 }), ref);
    await fill(el, 'school', '12AB00');
    await completeRequired(el);
    submitButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="failure"]'), 'failure message');
    expect(text(el, '[part="failure"]')).to.contain('kon de melding nu niet verwerken');
    expect($<HTMLInputElement>(el, '#f-firstDayOfAbsence').value).to.equal('2026-09-07');
    setTimeout(() => $<HTMLButtonElement>(el, '[part="failure"] button').click());
    await oneEvent(el, 'tz-melding-created');
    expect(await casesOf(api.client('school'), ref)).to.have.length(1);
  });

  it("puts the server's invalidParams on the fields, with the error summary", async () => {
    const api = await testApi();
    const client = api.client('school');
    const ref = uniqueRef('invalid');
    const reasons = (await client.reference.reasons()).items;
    const schools = (await client.reference.schools()).items;
    // A host-supplied taxonomy with a code the contract refuses: only the server can tell.
    const el = await fixture<TzMeldingFormElement>(
      html`<tz-melding-form
        pupil-ref=${ref}
        today=${TODAY}
        birth-year-month="2012-03"
        .client=${client}
        .referenceData=${{
          status: 'ready',
          reasons: [...reasons, { code: 'Not_A_Code', label: { nl: 'Ongeldige code', en: 'Invalid code' }, healthData: false }],
          schools,
          profile: null,
        }}
      ></tz-melding-form>`,
    );
    await fill(el, 'school', '12AB00');
    await completeRequired(el);
    await fill(el, 'primaryReason', 'Not_A_Code');
    submitButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error-summary"]'), 'error summary');
    await el.updateComplete;
    expect($(el, '#f-primaryReason').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-primaryReason-error').textContent!.trim()).to.not.equal('');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#summary-title'));
    expect($$<HTMLAnchorElement>(el, '[part="error-summary"] a').map((a) => a.getAttribute('href'))).to.include('#f-primaryReason');
    expect(await casesOf(client, ref)).to.have.length(0);
  });

  it('edit mode: on 412 shows yours vs the server per field, then saves the choice with the new version', async () => {
    const api = await testApi();
    const client = api.client('school');
    const ref = uniqueRef('edit');
    const original = (await client.cases.create(
      {
        pupilRef: ref,
        birthYearMonth: '2012-03',
        school: { brin: '12AB', vestiging: '00' },
        schoolType: 'vo',
        municipalityCode: (await client.reference.schools()).items.find((s) => s.brin + s.vestiging === '12AB00')!.municipalityCode,
        absence: { enrolled: true, firstDayOfAbsence: '2026-09-07', authorised: false, exemption: null, duoReportNumber: null },
        reasons: { primary: 'schoolweigering', secondary: [] },
        notes: 'Eerste notitie',
      },
      { idempotencyKey: `edit-${ref}` },
    )) as Case;
    const el = await fixture<TzMeldingFormElement>(html`<tz-melding-form case-id=${original.id} today=${TODAY} .client=${client}></tz-melding-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'case loaded');
    expect($(el, '.readonly dd').textContent).to.equal(ref);
    expect($<HTMLTextAreaElement>(el, '#f-notes').value).to.equal('Eerste notitie');
    expect(text(el, 'button[type="submit"]')).to.contain('Wijzigingen opslaan');

    // meanwhile a colleague changes the notes and the DUO number
    await client.cases.update(original.id, { notes: 'Notitie van collega', absence: { ...original.absence, duoReportNumber: 'DUO-COLLEGA' } }, { ifMatch: original.version });

    await fill(el, 'notes', 'Mijn notitie');
    await fill(el, 'pupilWishes', 'Terug naar school');
    submitButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="conflict"]'), 'conflict view');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#conflict-title'));
    const legends = $$(el, '[part="conflict"] legend').map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Meldingsnummer DUO', 'Notities']);
    const conflictText = text(el, '[part="conflict"]');
    expect(conflictText).to.contain('Uw waarde: Mijn notitie').and.to.contain('Waarde op de server: Notitie van collega');
    expect(conflictText).to.contain('Waarde op de server: DUO-COLLEGA');
    expect($<HTMLInputElement>(el, 'input[name="conflict-notes"][value="mine"]').checked).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[name="conflict-duoReportNumber"][value="server"]').checked).to.equal(true);
    await expectNoAxeViolations(el);

    setTimeout(() => $<HTMLButtonElement>(el, '[part="conflict"] button').click());
    const saved = (await oneEvent(el, 'tz-melding-updated')).detail.case as Case;
    expect(saved.version).to.equal(original.version + 2);
    const onServer = (await client.cases.get(original.id)) as Case;
    expect(onServer.notes).to.equal('Mijn notitie');
    expect(onServer.absence.duoReportNumber).to.equal('DUO-COLLEGA');
    expect(onServer.voice?.pupil.wishes).to.equal('Terug naar school');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#done-title'));
  });

  it('edit mode for leerplicht: no reasons, voice or notes shown or sent (no need to know), other facts saved', async () => {
    const api = await testApi();
    const municipality = api.organisations.leerplicht;
    const client = api.client('leerplicht');
    const ref = uniqueRef('lp');
    const original = (await client.cases.create(
      {
        pupilRef: ref,
        birthYearMonth: '2011-06',
        school: { brin: '12AB', vestiging: '00' },
        schoolType: 'vo',
        municipalityCode: municipality,
        absence: { enrolled: true, firstDayOfAbsence: '2026-09-14', authorised: false, exemption: null, duoReportNumber: null },
        reasons: { primary: 'spijbelen', secondary: [] },
      },
      { idempotencyKey: `lp-${ref}` },
    )) as Case;
    const el = await fixture<TzMeldingFormElement>(html`<tz-melding-form case-id=${original.id} today=${TODAY} .client=${client}></tz-melding-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'case loaded');
    const legends = $$(el, 'fieldset.section > legend').map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Leerling', 'Verzuim', 'Regie']);
    await fill(el, 'duoReportNumber', 'DUO-LP-1');
    setTimeout(() => submitButton(el).click());
    const saved = (await oneEvent(el, 'tz-melding-updated')).detail.case as Case;
    expect(saved.absence.duoReportNumber).to.equal('DUO-LP-1');
    const asSchool = (await api.client('school').cases.get(original.id)) as Case;
    expect(asSchool.reasons?.primary).to.equal('spijbelen');
  });

  it('edit mode: a case that does not exist (or is not yours) gives a readable state', async () => {
    const api = await testApi();
    const el = await fixture<TzMeldingFormElement>(
      html`<tz-melding-form case-id="00000000-0000-4000-8000-000000000000" .client=${api.client('school')}></tz-melding-form>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'not-found state');
    expect(text(el)).to.contain('bestaat niet of u heeft er geen toegang toe');
    await expectNoAxeViolations(el);
  });
});
