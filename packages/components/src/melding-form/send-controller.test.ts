// The send flow on its own (no element): a bare controller host, the REAL reference server, and
// failures injected at the network edge (flakyFetch, a gated fetch). States, the idempotency key,
// the first body on a retry, the conflict, and the abort when the host leaves the page.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Case, CaseCreate, InvalidParam, ThuiszittersClient } from '@thuiszitters/sdk';
import { flakyFetch, testApi } from '../test-support/api.js';
import { waitUntil } from '../test-support/wait.js';
import { EMPTY_VALUES, toCaseCreate, toCaseUpdate, valuesFromCase, type MeldingValues } from './form-model.js';
import type { MeldingSubmitDetail } from './events.js';
import { SendController, type Report, type SendState } from './send-controller.js';
import { TODAY, holdPosts } from './test-helpers.js';

/** A controller host with no rendering: it counts updates and can leave or rejoin "the page". */
class BareHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  isConnected = true;
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  disconnect() {
    this.isConnected = false;
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
  connect() {
    this.isConnected = true;
    this.controllers.forEach((c) => c.hostConnected?.());
  }
}

interface Harness {
  host: BareHost;
  sender: SendController;
  saved: { case: Case; how: string }[];
  invalid: (readonly InvalidParam[])[];
  controlled: MeldingSubmitDetail[];
  focused: string[];
  kept: number;
}

function harness(client: ThuiszittersClient | undefined): Harness {
  const host = new BareHost();
  const h: Harness = { host, saved: [], invalid: [], controlled: [], focused: [], kept: 0 } as unknown as Harness;
  h.sender = new SendController(host, {
    client: () => client,
    locale: () => 'nl',
    keep: () => h.kept++,
    controlled: (detail) => h.controlled.push(detail),
    saved: (result, how) => h.saved.push({ case: result, how }),
    invalid: async (params) => void h.invalid.push(params),
    focus: (outcome) => h.focused.push(outcome),
  });
  return h;
}

const uniqueRef = (label: string) => `T-send-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

async function newReport(client: ThuiszittersClient, ref: string, change: Partial<MeldingValues> = {}): Promise<Report> {
  const school = (await client.reference.schools()).items.find((s) => s.brin + s.vestiging === '12AB00')!;
  const values: MeldingValues = {
    ...EMPTY_VALUES,
    pupilRef: ref,
    birthYearMonth: '2012-03',
    school: '12AB00',
    schoolType: 'vo',
    municipalityCode: school.municipalityCode,
    enrolled: 'yes',
    firstDayOfAbsence: '2026-09-07',
    authorised: 'no',
    primaryReason: 'schoolweigering',
    ...change,
  };
  return { payload: toCaseCreate(values, TODAY), editing: null, patch: null, base: { ...EMPTY_VALUES, pupilRef: ref }, mine: values };
}

const status = (s: SendState) => s.status;
const casesOf = async (client: ThuiszittersClient, ref: string) => (await client.cases.list({ q: ref })).items.filter((c) => c.pupilRef === ref);

describe('SendController (the melding form send flow, without the element)', () => {
  before(async function (this: { timeout(ms: number): void }) {
    this.timeout(120000); // the first request starts the reference server
    await (await testApi()).client('school').reference.reasons();
  });

  it('idle → sending → done: creates the case once, hands it to the host and focuses the confirmation', async () => {
    const api = await testApi();
    const client = api.client('school');
    const h = harness(client);
    const ref = uniqueRef('done');
    expect(status(h.sender.state)).to.equal('idle');
    const sending = h.sender.submit(await newReport(client, ref));
    expect(status(h.sender.state)).to.equal('sending');
    expect(h.sender.busy).to.equal(true);
    expect(h.kept).to.equal(1); // the key went to the draft before the request
    await sending;
    expect(h.sender.state).to.include({ status: 'done', how: 'created' });
    expect(h.saved.map((s) => [s.case.pupilRef, s.how])).to.deep.equal([[ref, 'created']]);
    expect(h.focused).to.deep.equal(['done']);
    expect(h.sender.key.idempotencyKey).to.equal(undefined); // a saved report forgets its key
    expect(await casesOf(client, ref)).to.have.length(1);
  });

  it('a lost answer fails as "network" and keeps the key; the retry repeats the first body with it, the change follows as a patch', async () => {
    const api = await testApi();
    const flaky = flakyFetch();
    const client = api.client('school', { fetch: flaky.fetch });
    const h = harness(client);
    const ref = uniqueRef('retry');
    flaky.failNext(1, 'afterSend', (method, url) => method === 'POST' && url.endsWith('/cases'));
    const first = await newReport(client, ref, { notes: 'Eerste versie' });
    await h.sender.submit(first);
    expect(h.sender.state).to.include({ status: 'failed', failure: 'network' });
    const key = h.sender.key.idempotencyKey;
    expect(key).to.be.a('string');
    expect(h.sender.key.sentPayload).to.deep.equal(first.payload);

    const changed = await newReport(client, ref, { notes: 'Verbeterde versie' });
    await h.sender.submit(changed);
    expect(h.sender.state).to.include({ status: 'done' });
    const posts = flaky.calls.filter((c) => c.method === 'POST' && c.url.endsWith('/cases'));
    expect(posts.map((p) => p.headers.get('Idempotency-Key'))).to.deep.equal([key, key]);
    expect(flaky.calls.filter((c) => c.method === 'PATCH')).to.have.length(1);
    const cases = await casesOf(api.client('school'), ref);
    expect(cases.map((c) => c.notes)).to.deep.equal(['Verbeterde versie']);
  });

  /** A send whose POST is held at the network edge (until released, or aborted). */
  async function heldSend(label: string) {
    const api = await testApi();
    const held = holdPosts();
    const client = api.client('school', { fetch: held.fetch });
    const h = harness(client);
    const ref = uniqueRef(label);
    const sending = h.sender.submit(await newReport(client, ref));
    await waitUntil(() => held.posts() === 1, 'request under way');
    return { h, held, client, ref, sending };
  }

  it('aborts the request in flight when the host leaves the page: back to idle, key kept, nothing handed over', async () => {
    const { h, sending } = await heldSend('abort');
    h.host.disconnect();
    await sending;
    expect(status(h.sender.state)).to.equal('idle');
    expect(h.sender.key.idempotencyKey).to.be.a('string'); // a later retry is the same report
    expect(h.saved).to.deep.equal([]);
    expect(h.focused).to.deep.equal([]);
  });

  it('a move (leave and rejoin in one go) does not abort the request', async () => {
    const { h, held, client, ref, sending } = await heldSend('move');
    h.host.disconnect();
    h.host.connect();
    await Promise.resolve(); // the abort check runs after the move
    held.release();
    await sending;
    expect(h.sender.state).to.include({ status: 'done' });
    expect(await casesOf(client, ref)).to.have.length(1);
  });

  it('edit mode: a 412 opens the conflict with the server version, rows and focus; resolve() leaves it', async () => {
    const api = await testApi();
    const client = api.client('school');
    const ref = uniqueRef('conflict');
    const created = (await client.cases.create((await newReport(client, ref, { notes: 'Eerste notitie' })).payload, { idempotencyKey: `send-${ref}` })) as Case;
    await client.cases.update(created.id, { notes: 'Notitie van collega' }, { ifMatch: created.version });
    const base: MeldingValues = { ...EMPTY_VALUES, ...valuesFromCase(created) };
    const mine: MeldingValues = { ...base, notes: 'Mijn notitie' };
    const payload: CaseCreate = toCaseCreate(mine, TODAY);
    const h = harness(client);
    await h.sender.submit({ payload, editing: created, patch: toCaseUpdate(toCaseCreate(base, TODAY), payload), base, mine });
    const state = h.sender.state;
    if (state.status !== 'conflict') throw new Error(`expected a conflict, got ${state.status}`);
    expect(state.conflict.server.notes).to.equal('Notitie van collega');
    expect(state.conflict.rows.map((r) => r.key)).to.deep.equal(['notes']);
    expect(state.conflict.choices).to.deep.equal({ notes: 'mine' });
    expect(h.focused).to.deep.equal(['conflict']);
    h.sender.choose('notes', 'server');
    expect(h.sender.resolve()?.choices).to.deep.equal({ notes: 'server' });
    expect(status(h.sender.state)).to.equal('idle');
  });

  it("a refusal with field errors goes back to idle and hands the server's invalidParams to the host", async () => {
    const api = await testApi();
    const client = api.client('school');
    const h = harness(client);
    const report = await newReport(client, uniqueRef('invalid'), { primaryReason: 'Not_A_Code' });
    await h.sender.submit(report);
    expect(status(h.sender.state)).to.equal('idle');
    expect(h.invalid).to.have.length(1);
    expect(h.invalid[0].length).to.be.greaterThan(0);
    expect(h.saved).to.deep.equal([]);
  });

  it('without a client hands the report to the host with one key for every attempt, until forget()', async () => {
    const h = harness(undefined);
    const api = await testApi();
    const report = await newReport(api.client('school'), uniqueRef('controlled'));
    await h.sender.submit(report);
    await h.sender.submit(report);
    expect(h.controlled).to.have.length(2);
    expect(h.controlled[0].idempotencyKey).to.equal(h.controlled[1].idempotencyKey);
    expect(h.controlled[0]).to.include({ caseId: null, version: null, patch: null });
    expect(status(h.sender.state)).to.equal('idle');
    h.sender.forget();
    await h.sender.submit(report);
    expect(h.controlled[2].idempotencyKey).to.not.equal(h.controlled[0].idempotencyKey);
  });
});
