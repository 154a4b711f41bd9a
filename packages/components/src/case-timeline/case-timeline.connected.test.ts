// <tz-case-timeline> connected to the REAL reference server (PGlite, demo seed) through the test
// runner's proxy: loading, 404, error with retry, adding events end to end, optimistic rollback.
// Failures are injected at the network edge (the client's fetch); the SDK and server stay real.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../provider/define.js';
import type { TzCaseTimelineElement } from './case-timeline.element.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { flakyFetch, testApi } from '../test-support/api.js';
import { deepActiveElement } from '../test-support/focus.js';
import type { Case } from '@thuiszitters/sdk';

const root = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...root(el).querySelectorAll<HTMLLIElement>('li.event')];
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const loaded = (el: TzCaseTimelineElement) => waitUntil(() => root(el).querySelector('header.case-header'), 'timeline loaded');
const isEventsPost = (method: string, url: string) => method === 'POST' && /\/cases\/[^/]+\/events$/.test(url);

/** A fresh case of school 12AB00 with two events, so tests never depend on each other's writes. */
async function freshCase(): Promise<Case> {
  const api = await testApi();
  const client = api.client('school');
  const created = await client.cases.create({
    pupilRef: `TL-${crypto.randomUUID().slice(0, 8)}`,
    birthYearMonth: '2012-03',
    school: { brin: '12AB', vestiging: '00' },
    schoolType: 'vo',
    municipalityCode: 'GM0599',
    absence: { enrolled: true, firstDayOfAbsence: '2026-09-07', authorised: false, exemption: null, duoReportNumber: null },
    reasons: { primary: 'schoolweigering', secondary: [] },
    lead: null,
    offer: null,
  } as never);
  await client.events.add(created.id, { type: 'signalReceived', occurredOn: '2026-09-14', summary: 'Mentor meldt: komt niet meer.' } as never);
  await client.events.add(created.id, { type: 'reportedToDuo', occurredOn: '2026-09-18', data: { reportNumber: 'DUO-TL-1' } } as never);
  return created as Case;
}

/** Holds matching requests until `release()`: makes the in-flight (optimistic) moment observable without timing. */
function gate(base: typeof fetch, match: (method: string, url: string) => boolean) {
  let open!: () => void;
  let opened = new Promise<void>((r) => (open = r));
  const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (match(request.method, request.url)) await opened;
    return base(request);
  }) as typeof fetch;
  return {
    fetch: wrapped,
    release: () => open(),
    close: () => (opened = new Promise<void>((r) => (open = r))),
  };
}

/** Answers matching requests with the contract's 403 problem (injected at the network edge). */
function forbidding(base: typeof fetch, match: (method: string, url: string) => boolean): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (!match(request.method, request.url)) return base(request);
    const problem = { type: 'https://thuiszitters.example/problems/forbidden', title: 'Forbidden', status: 403, detail: 'No access.' };
    return new Response(JSON.stringify(problem), { status: 403, headers: { 'content-type': 'application/problem+json' } });
  }) as typeof fetch;
}

async function addMeeting(el: TzCaseTimelineElement) {
  const type = root(el).querySelector<HTMLSelectElement>('#tz-add-type')!;
  type.value = 'meetingHeld';
  type.dispatchEvent(new Event('change'));
  await el.updateComplete;
  const meetingType = root(el).querySelector<HTMLSelectElement>('#tz-add-meetingType')!;
  meetingType.value = 'mdo';
  meetingType.dispatchEvent(new Event('change'));
  root(el).querySelector<HTMLInputElement>('#tz-add-participants')!.click();
  root(el).querySelector<HTMLInputElement>('#tz-add-pupilHeard')!.click();
  const summary = root(el).querySelector<HTMLTextAreaElement>('#tz-add-summary')!;
  summary.value = 'MDO gehouden, leerling was erbij.';
  summary.dispatchEvent(new Event('input'));
  await el.updateComplete;
  root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
  await el.updateComplete;
}

describe('<tz-case-timeline> connected to the reference server', () => {
  before(async function (this: { timeout(ms: number): void }) {
    // The first request starts the reference server (PGlite + demo seed): allow for that once.
    this.timeout(120000);
    await freshCase();
  });

  it('shows a skeleton while loading, then the case and its events including derived ones', async () => {
    const api = await testApi();
    const c = await freshCase();
    const held = gate(globalThis.fetch.bind(globalThis), () => true);
    const el = await fixture<TzCaseTimelineElement>(
      html`<tz-case-timeline lang="nl" case-id=${c.id} .client=${api.client('school', { fetch: held.fetch })}></tz-case-timeline>`,
    );
    expect(root(el).querySelector('.loading[aria-busy="true"] .skeleton')).to.exist;
    expect(text(el)).to.contain('Tijdlijn wordt geladen…');
    await expectNoAxeViolations(el);
    held.release();
    await loaded(el);
    expect(text(el)).to.contain(`Casus ${c.pupilRef}`);
    const types = items(el).map((li) => li.dataset.type);
    expect(types).to.include.members(['signalReceived', 'reportedToDuo', 'lrvThresholdPassed']);
    const derived = items(el).find((li) => li.dataset.type === 'lrvThresholdPassed')!;
    expect(derived.classList.contains('derived')).to.equal(true);
    expect(derived.querySelector('.tag')!.textContent).to.equal('afgeleid');
    await expectNoAxeViolations(el);
  });

  it('works under a <tz-provider> with base-url and getToken', async () => {
    const api = await testApi();
    const c = await freshCase();
    const wrap = await fixture<HTMLElement>(html`<tz-provider lang="en" base-url=${api.baseUrl} .getToken=${() => api.token('school')}>
      <tz-case-timeline case-id=${c.id}></tz-case-timeline>
    </tz-provider>`);
    const el = wrap.querySelector('tz-case-timeline')!;
    await loaded(el);
    expect(text(el)).to.contain(`Case ${c.pupilRef}`);
    expect(text(el)).to.contain('Absence reported to DUO');
    // The provider's reference data turns the school code of who recorded an event into its name.
    await waitUntil(() => text(el).includes('School, Voorbeeld College (12AB00)'), 'school name from reference data');
  });

  it('404: a case of another school is not found (tenancy), in both languages', async () => {
    const api = await testApi();
    const c = await freshCase();
    const el = await fixture<TzCaseTimelineElement>(
      html`<tz-case-timeline lang="nl" case-id=${c.id} .client=${api.client('otherSchool')}></tz-case-timeline>`,
    );
    await waitUntil(() => text(el).includes('Casus niet gevonden'), '404 state');
    await expectNoAxeViolations(el);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el)).to.contain('Case not found');
  });

  it('403: says there is no access', async () => {
    const api = await testApi();
    const c = await freshCase();
    const client = api.client('school', { fetch: forbidding(globalThis.fetch.bind(globalThis), (m) => m === 'GET') });
    const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline lang="nl" case-id=${c.id} .client=${client}></tz-case-timeline>`);
    await waitUntil(() => text(el).includes('Geen toegang'), '403 state');
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    await expectNoAxeViolations(el);
  });

  it('error: a dropped connection shows an error with a retry that loads the case', async () => {
    const api = await testApi();
    const c = await freshCase();
    const flaky = flakyFetch();
    flaky.failNext(2, 'before', (method) => method === 'GET');
    const el = await fixture<TzCaseTimelineElement>(
      html`<tz-case-timeline lang="nl" case-id=${c.id} .client=${api.client('school', { fetch: flaky.fetch })}></tz-case-timeline>`,
    );
    await waitUntil(() => text(el).includes('De tijdlijn kon niet worden geladen'), 'error state');
    await expectNoAxeViolations(el);
    const retry = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Opnieuw proberen'))!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await loaded(el);
    expect(items(el).length).to.be.greaterThan(1);
  });

  it('a long case shows its newest page after one request; older pages follow, and a failed one can be retried', async function (this: { timeout(ms: number): void }) {
    this.timeout(120000);
    const api = await testApi();
    const c = await freshCase();
    const writer = api.client('school');
    // 150 more notes (152 stored events): two pages of 100, newest first.
    const dates = Array.from({ length: 150 }, (_, i) => new Date(Date.UTC(2026, 8, 20) + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10));
    for (let i = 0; i < dates.length; i += 10) {
      await Promise.all(dates.slice(i, i + 10).map((day, j) => writer.events.add(c.id, { type: 'note', occurredOn: day, summary: `Notitie ${i + j + 1}` } as never)));
    }
    const all = [];
    for await (const e of writer.events.listAll(c.id)) all.push(e);
    const newestDay = all.map((e) => e.occurredOn).sort().at(-1)!;

    // Older pages (requests with a cursor) are held, then the first of them fails once.
    const flaky = flakyFetch();
    const held = gate(flaky.fetch, (method, url) => method === 'GET' && url.includes('cursor='));
    const el = await fixture<TzCaseTimelineElement>(
      html`<tz-case-timeline lang="nl" case-id=${c.id} .client=${api.client('school', { fetch: held.fetch })}></tz-case-timeline>`,
    );
    await loaded(el);
    const eventRequests = () => flaky.calls.filter((call) => /\/events\?/.test(call.url));
    expect(eventRequests().map((call) => new URL(call.url).searchParams.get('order'))).to.deep.equal(['newest']);
    expect(items(el).some((li) => li.querySelector('time')?.getAttribute('datetime') === newestDay)).to.equal(true);
    const status = () => root(el).querySelector('[part="older-status"]');
    expect(status()!.getAttribute('role')).to.equal('status');
    expect(status()!.textContent).to.contain('De nieuwste 100 gebeurtenissen');
    await expectNoAxeViolations(el);

    flaky.failNext(1, 'before', (method, url) => url.includes('cursor='));
    held.release();
    await waitUntil(() => status()?.getAttribute('role') === 'alert', 'older pages failed');
    expect(status()!.textContent).to.contain('Oudere gebeurtenissen konden niet worden geladen');
    expect(items(el).length).to.be.greaterThan(0); // what was shown stays
    status()!.querySelector('button')!.click();
    await waitUntil(() => status() === null, 'every page loaded');
    const more = root(el).querySelector('.more')!.textContent!;
    expect(more.replace(/\D+/g, ' ').trim().split(' ').map(Number)).to.include(all.length);
  });

  it('adds a meeting end to end: it appears at once, is confirmed by the server, with an Idempotency-Key', async () => {
    const api = await testApi();
    const c = await freshCase();
    const flaky = flakyFetch();
    const client = api.client('school', { fetch: flaky.fetch });
    const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline lang="nl" can-add case-id=${c.id} .client=${client}></tz-case-timeline>`);
    await loaded(el);
    let added: unknown;
    el.addEventListener('tz-event-added', (e) => (added = e.detail.event));
    await addMeeting(el);
    await waitUntil(() => added !== undefined, 'server confirmed');
    await el.updateComplete;
    const meeting = items(el).find((li) => li.dataset.type === 'meetingHeld')!;
    expect(meeting.classList.contains('pending')).to.equal(false);
    expect(meeting.querySelector('.summary')!.textContent).to.equal('MDO gehouden, leerling was erbij.');
    expect(root(el).querySelector('.add-ok')!.textContent).to.equal('Overleg gehouden toegevoegd.');
    const post = flaky.calls.find((call) => isEventsPost(call.method, call.url))!;
    expect(post.headers.get('Idempotency-Key')).to.have.length.greaterThan(7);
    const onServer = [];
    for await (const e of api.client('school').events.listAll(c.id)) onServer.push(e);
    expect(onServer.filter((e) => e.type === 'meetingHeld').length).to.equal(1);
  });

  it('keeps keyboard focus on the add button while sending and after the event is stored (never on <body>)', async () => {
    const api = await testApi();
    const c = await freshCase();
    const held = gate(globalThis.fetch.bind(globalThis), isEventsPost);
    const el = await fixture<TzCaseTimelineElement>(
      html`<tz-case-timeline lang="nl" can-add case-id=${c.id} .client=${api.client('school', { fetch: held.fetch })}></tz-case-timeline>`,
    );
    await loaded(el);
    let added = false;
    el.addEventListener('tz-event-added', () => (added = true));
    const type = root(el).querySelector<HTMLSelectElement>('#tz-add-type')!;
    type.value = 'note';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const summary = root(el).querySelector<HTMLTextAreaElement>('#tz-add-summary')!;
    summary.value = 'Gebeld met ouders.';
    summary.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const button = root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(el).some((li) => li.classList.contains('pending')), 'in flight');
    // Sending: the button says so and is not actionable, but keeps focus (a disabled button would drop it).
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(deepActiveElement()).to.equal(button);
    held.release();
    await waitUntil(() => added, 'stored');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(button);
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(root(el).querySelector('.add-ok')!.textContent).to.equal('Notitie toegevoegd.');
  });

  it('rolls an optimistic add back with a clear message when saving fails, and a retry reuses the key', async () => {
    const api = await testApi();
    const c = await freshCase();
    const flaky = flakyFetch();
    const held = gate(flaky.fetch, isEventsPost);
    const el = await fixture<TzCaseTimelineElement>(
      html`<tz-case-timeline lang="nl" can-add case-id=${c.id} .client=${api.client('school', { fetch: held.fetch })}></tz-case-timeline>`,
    );
    await loaded(el);
    const before = items(el).length;
    flaky.failNext(1, 'before', isEventsPost);
    await addMeeting(el);
    // In flight: the line is there at once, marked as being saved.
    const pending = items(el).find((li) => li.classList.contains('pending'))!;
    expect(pending.dataset.type).to.equal('meetingHeld');
    expect(pending.textContent).to.contain('wordt opgeslagen…');
    expect(items(el).length).to.equal(before + 1);
    await expectNoAxeViolations(el);
    held.release();
    await waitUntil(() => items(el).length === before, 'rolled back');
    expect(root(el).querySelector('.add-failure[role="alert"]')!.textContent).to.equal(
      'Overleg gehouden is niet opgeslagen en weer uit de tijdlijn gehaald. Probeer het opnieuw.',
    );
    // The draft is kept for a retry.
    expect(root(el).querySelector<HTMLSelectElement>('#tz-add-type')!.value).to.equal('meetingHeld');
    await expectNoAxeViolations(el);
    // Retry: saved now, with the same Idempotency-Key (a lost answer could never make two meetings).
    root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
    await waitUntil(() => items(el).some((li) => li.dataset.type === 'meetingHeld' && !li.classList.contains('pending')), 'saved');
    const keys = flaky.calls.filter((call) => isEventsPost(call.method, call.url)).map((call) => call.headers.get('Idempotency-Key'));
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('a 403 on adding hides the form and says the role may not add', async () => {
    const api = await testApi();
    const c = await freshCase();
    const client = api.client('school', { fetch: forbidding(globalThis.fetch.bind(globalThis), isEventsPost) });
    const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline lang="nl" can-add case-id=${c.id} .client=${client}></tz-case-timeline>`);
    await loaded(el);
    root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.focus();
    await addMeeting(el);
    await waitUntil(() => !root(el).querySelector('.add'), 'form hidden');
    expect(text(el)).to.contain('U mag aan deze casus geen gebeurtenissen toevoegen.');
    expect(items(el).some((li) => li.dataset.type === 'meetingHeld')).to.equal(false);
    // The form (and its focused button) is gone: focus moved to the message, not to <body>.
    expect(deepActiveElement()?.textContent).to.equal('U mag aan deze casus geen gebeurtenissen toevoegen.');
    await expectNoAxeViolations(el);
  });

  it("a 400 from the server puts its invalidParams on the fields, in the error summary, which takes focus", async () => {
    const api = await testApi();
    const c = await freshCase();
    const el = await fixture<TzCaseTimelineElement>(html`<tz-case-timeline lang="nl" can-add case-id=${c.id} .client=${api.client('school')}></tz-case-timeline>`);
    await loaded(el);
    const before = items(el).length;
    const type = root(el).querySelector<HTMLSelectElement>('#tz-add-type')!;
    type.value = 'note';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // A script may set more than `maxlength` allows a user to type; the contract's limit is 2,000.
    const summary = root(el).querySelector<HTMLTextAreaElement>('#tz-add-summary')!;
    summary.value = 'x'.repeat(2001);
    summary.dispatchEvent(new Event('input'));
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
    await waitUntil(() => root(el).querySelector('#tz-add-summary-heading'), 'error summary');
    await waitUntil(() => root(el).activeElement === root(el).querySelector('#tz-add-summary-heading'), 'focus on the summary');
    const message = 'De server heeft deze waarde niet geaccepteerd: Samenvatting. Controleer de waarde en voeg opnieuw toe.';
    expect(root(el).querySelector('#tz-add-summary')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('#tz-add-summary-error')!.textContent).to.equal(message);
    const link = root(el).querySelector<HTMLAnchorElement>('.error-summary a')!;
    expect(link.textContent!.trim()).to.equal(message);
    expect(root(el).querySelector('.add-failure')!.textContent).to.equal('De server heeft de gebeurtenis niet geaccepteerd. Controleer de velden.');
    expect(items(el).length).to.equal(before); // the optimistic line is gone again
    link.click();
    expect(root(el).activeElement).to.equal(root(el).querySelector('#tz-add-summary'));
    await expectNoAxeViolations(el);
  });

  it('a lead change updates who has the lead in the header', async () => {
    const api = await testApi();
    const c = await freshCase();
    const el = await fixture<TzCaseTimelineElement>(
      html`<tz-case-timeline lang="nl" can-add case-id=${c.id} .client=${api.client('school')}></tz-case-timeline>`,
    );
    await loaded(el);
    expect(root(el).querySelector('header')!.textContent).to.contain('Nog niemand');
    const set = async (id: string, value: string, event = 'input') => {
      const input = root(el).querySelector<HTMLInputElement>(`#tz-add-${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event(event));
      await el.updateComplete;
    };
    await set('type', 'leadAssigned', 'change');
    await set('occurredOn', '2026-10-05');
    await set('leadRole', 'swv', 'change');
    await set('leadOrganisation', 'Samenwerkingsverband Voorbeeldregio');
    await set('leadName', 'Fatima El Amrani');
    root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
    await waitUntil(() => root(el).querySelector('header')!.textContent!.includes('Fatima El Amrani'), 'lead in header');
    expect(root(el).querySelector('header')!.textContent!.replace(/\s+/g, ' ')).to.contain('sinds 5 oktober 2026');
  });

  it('closing through the form goes through the closure operation: the case shows as closed, with its event', async () => {
    const api = await testApi();
    const c = await freshCase();
    const el = await fixture<TzCaseTimelineElement>(
      html`<tz-case-timeline lang="nl" can-add case-id=${c.id} .client=${api.client('school')}></tz-case-timeline>`,
    );
    await loaded(el);
    const type = root(el).querySelector<HTMLSelectElement>('#tz-add-type')!;
    type.value = 'caseClosed';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const reason = root(el).querySelector<HTMLSelectElement>('#tz-add-reason')!;
    reason.value = 'terugNaarSchool';
    reason.dispatchEvent(new Event('change'));
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
    await waitUntil(() => items(el).some((li) => li.dataset.type === 'caseClosed' && !li.classList.contains('pending')), 'closed');
    expect(root(el).querySelector('header')!.textContent).to.contain('Afgesloten');
    expect((await api.client('school').cases.get(c.id)).status).to.equal('closed');
  });
});
