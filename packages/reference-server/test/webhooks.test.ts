// Notifications to a subscribed LVS, end to end against a receiver started here: signed
// CloudEvents for the cases of the subscriber's tenancy only, with ids and types but no reasons;
// a receiver that is down for a while gets everything once it is back (durable outbox, retries
// with back-off, one id per notification); the delivery log says what happened; signals that
// arise by time passing are sent once. Waits for states, never for a fixed time.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { sweepSignals } from '../src/webhooks/signals.js';
import { verify } from '../src/webhooks/signing.js';
import { caseBody, client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  answered: number;
}

/** An LVS endpoint on 127.0.0.1: records every POST; `failNext` answers 503 that many times. */
async function startReceiver(port = 0) {
  const received: Received[] = [];
  let failNext = 0;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const answered = failNext > 0 ? (failNext--, 503) : 204;
      received.push({ headers: request.headers, body, answered });
      response.writeHead(answered).end();
    });
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    failNext: (n: number) => (failNext = n),
    close: () => new Promise<void>((ok) => (server.closeAllConnections(), server.close(() => ok()))),
  };
}

/** A free port nobody listens on (yet): a receiver that is down. */
async function freePort(): Promise<number> {
  const probe = await startReceiver();
  await probe.close();
  return probe.port;
}

/** Polls until `check` gives a value (a state, not a time); fails after a generous bound. */
async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const giveUp = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > giveUp) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 25));
  }
}

const EVENTS = ['nl.thuiszitters.case.created', 'nl.thuiszitters.case.event-added', 'nl.thuiszitters.case.lead-changed', 'nl.thuiszitters.case.signal-raised'];

describe.each(engines)('webhooks on $name', (engine) => {
  let server: App;
  let offsetMs = 0;
  beforeAll(async () => {
    server = await engine.start({
      // The server's clock runs in real time; the signal test moves it forward.
      now: () => new Date(Date.now() + offsetMs),
      webhooks: { source: 'urn:thuiszitters:test', retryBaseMs: 40, maxAttempts: 50, timeoutMs: 5_000, signalSweepMs: 3_600_000 },
    });
    await seedSchools(server.db);
  });
  afterAll(() => server?.close());

  it('a receiver down for a while gets every notification of its tenancy once it is back, signed, without reasons', async () => {
    const school = client(server, await tokenFor(server, 'school', '12AB00'));
    const elsewhere = client(server, await tokenFor(server, 'school', '45DE00'));
    const port = await freePort();
    const created = await school.post('/v1/subscriptions', { url: `http://127.0.0.1:${port}/hooks/tz`, events: EVENTS, description: 'Zorgmodule' }, { 'idempotency-key': `sub-${port}-a` });
    expect(created.statusCode).toBe(201);
    const subscription = created.json() as { id: string; secret: string; organisation: string };
    expect(subscription.secret).toMatch(/^whsec_/);
    expect(subscription.organisation).toBe('12AB00');
    const other = (await elsewhere.post('/v1/subscriptions', { url: `http://127.0.0.1:${port}/other`, events: EVENTS }, { 'idempotency-key': `sub-${port}-b` })).json() as { id: string };
    // The secret is shown once: not in the list.
    const listed = (await school.get('/v1/subscriptions')).json() as { items: Array<Record<string, unknown>> };
    expect(listed.items.map((s) => s.id)).toContain(subscription.id);
    expect(JSON.stringify(listed)).not.toContain(subscription.secret);

    // Down: the case is created all the same; its notification waits in the outbox and is retried.
    const kase = await school.createCase(caseBody({ reasons: { primary: 'psychisch', secondary: ['pesten'] }, notes: 'Vertrouwelijk: angstklachten' }));
    const deliveries = async () => (await school.get(`/v1/subscriptions/${subscription.id}/deliveries`)).json() as { items: Array<{ id: string; eventType: string; status: string; attempts: number; lastError: string | null; caseId: string }> };
    const failing = await until('retries while the receiver is down', async () => {
      const page = await deliveries();
      const item = page.items.find((d) => d.eventType === 'nl.thuiszitters.case.created');
      return item && item.attempts >= 2 ? item : undefined;
    });
    expect(failing).toMatchObject({ status: 'pending', caseId: kase.id });
    expect(failing.lastError).toBeTruthy();

    // Back up (and answering 503 once more): delivered, with one id per notification across its retries.
    const receiver = await startReceiver(port);
    try {
      receiver.failNext(1);
      const lead = { organisation: '12AB00', role: 'school', name: 'A. Mentor', since: '2026-09-20' };
      await school.post(`/v1/cases/${kase.id}/events`, { type: 'leadAssigned', occurredOn: '2026-09-20', data: { lead } }, { 'idempotency-key': `lead-${kase.id}` });
      const types = await until('three notifications delivered', async () => {
        const page = await deliveries();
        return page.items.length === 3 && page.items.every((d) => d.status === 'delivered') ? page.items.map((d) => d.eventType).sort() : undefined;
      });
      expect(types).toEqual(['nl.thuiszitters.case.created', 'nl.thuiszitters.case.event-added', 'nl.thuiszitters.case.lead-changed']);
      const ok = receiver.received.filter((r) => r.answered === 204);
      expect(ok).toHaveLength(3);
      expect(new Set(ok.map((r) => r.headers['webhook-id'])).size).toBe(3);
      expect(receiver.received.filter((r) => r.answered === 503)).toHaveLength(1);
      for (const request of receiver.received) {
        expect(request.headers['content-type']).toBe('application/cloudevents+json');
        const headers = { id: String(request.headers['webhook-id']), timestamp: String(request.headers['webhook-timestamp']), signature: String(request.headers['webhook-signature']) };
        expect(verify(subscription.secret, headers, request.body)).toBe(true);
        expect(verify(subscription.secret, headers, request.body.replace('12AB00', '12AB01'))).toBe(false);
        const event = JSON.parse(request.body);
        expect(event).toMatchObject({ specversion: '1.0', source: 'urn:thuiszitters:test', subject: kase.id, datacontenttype: 'application/json', id: headers.id });
        expect(event.data).toMatchObject({ caseId: kase.id, organisation: '12AB00' });
        // Need to know: ids and types, never reasons, notes or the pupil reference.
        for (const secret of ['psychisch', 'pesten', 'angstklachten', String(kase.pupilRef), 'A. Mentor']) expect(request.body).not.toContain(secret);
      }
      const leadEvent = ok.map((r) => JSON.parse(r.body)).find((e) => e.type === 'nl.thuiszitters.case.lead-changed');
      expect(leadEvent.data.eventType).toBe('leadAssigned');

      // Another school's subscription heard nothing about this case.
      expect(((await elsewhere.get(`/v1/subscriptions/${other.id}/deliveries`)).json() as { items: unknown[] }).items).toEqual([]);
      // Nor may it read this subscription's log.
      expectProblem(await elsewhere.get(`/v1/subscriptions/${subscription.id}/deliveries`), 404);

      // Ended: no further notifications.
      expect((await school.delete(`/v1/subscriptions/${subscription.id}`)).statusCode).toBe(204);
      await school.post(`/v1/cases/${kase.id}/events`, { type: 'note', occurredOn: '2026-10-01', summary: 'Gebeld' }, { 'idempotency-key': `note-${kase.id}` });
      expect(await server.db.query('SELECT 1 FROM webhook_deliveries WHERE subscription_id = $1 AND status = $2', [subscription.id, 'pending'])).toEqual([]);
      expectProblem(await school.get(`/v1/subscriptions/${subscription.id}/deliveries`), 404);
    } finally {
      await receiver.close();
    }
  });

  it('refuses a URL that is not https (http only to this machine in development), with a field error', async () => {
    const school = client(server, await tokenFor(server, 'school', '12AB00'));
    for (const url of ['http://lvs.example.nl/hook', 'ftp://127.0.0.1/hook', 'https://user:secret@lvs.example.nl/hook']) {
      const refused = expectProblem(await school.post('/v1/subscriptions', { url, events: EVENTS }, { 'idempotency-key': `bad-${url.length}-${url.slice(0, 5)}` }), 400);
      expect(refused.invalidParams).toEqual([expect.objectContaining({ name: 'url' })]);
    }
  });

  it('raises a signal once when a case has had no lead holder for two weeks', async () => {
    let school = client(server, await tokenFor(server, 'school', '12AB01'));
    const receiver = await startReceiver();
    try {
      const kase = await school.createCase(caseBody({}, '12AB01', 'GM0606'));
      offsetMs = 20 * 86_400_000; // three weeks later, still no lead holder
      // A token of that day (the earlier one has expired by the server's clock).
      school = client(server, await tokenFor(server, 'school', '12AB01'));
      const subscription = (await school.post('/v1/subscriptions', { url: `http://127.0.0.1:${receiver.port}/signals`, events: ['nl.thuiszitters.case.signal-raised'] }, { 'idempotency-key': `sig-${receiver.port}` })).json() as { id: string };
      const signals = await until('the no-lead signal', async () => {
        const found = receiver.received.map((r) => JSON.parse(r.body)).filter((e) => e.subject === kase.id && e.data.signal === 'noLeadHolder');
        return found.length > 0 ? found : undefined;
      });
      expect(signals[0]).toMatchObject({ type: 'nl.thuiszitters.case.signal-raised', data: { caseId: kase.id, signal: 'noLeadHolder', organisation: '12AB01' } });
      // Once: another sweep finds the case again but queues nothing for it.
      const log = async () => ((await school.get(`/v1/subscriptions/${subscription.id}/deliveries`)).json() as { items: Array<{ caseId: string }> }).items;
      // The sweep raises the case's worklist signals (domain signalTypes): no lead holder, and the
      // 3-month norm of its first day of absence (2026-09-01) is past; each once. A sweep of our
      // own first, so that every signal of the background sweep is in (each is raised once).
      await sweepSignals(server.db, new Date(Date.now() + offsetMs));
      const raised = (await server.db.query<{ signal: string }>(`SELECT signal FROM webhook_signals WHERE case_id = $1 ORDER BY signal`, [kase.id])).map((r) => r.signal);
      expect(raised).toContain('noLeadHolder');
      const before = (await log()).filter((d) => d.caseId === kase.id).length;
      expect(before).toBe(raised.length);
      await sweepSignals(server.db, new Date(Date.now() + offsetMs));
      expect((await log()).filter((d) => d.caseId === kase.id).length).toBe(before);
      expect((await server.db.query(`SELECT signal FROM webhook_signals WHERE case_id = $1 ORDER BY signal`, [kase.id])).map((r) => (r as { signal: string }).signal)).toEqual(raised);
    } finally {
      offsetMs = 0;
      await receiver.close();
    }
  });
});
