// Behaviour of the HTTP layer against a real local server: auth, idempotency, retries,
// conditional writes, timeouts, aborts and problem details.
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictError, createClient, ThuiszittersError, type CaseCreate, type ClientOptions } from '../src/index.js';
import { startServer, type Handler, type TestServer } from './support/server.js';

const CASE_ID = '8d1c3a52-1f0e-4d55-9a53-0c5c0a3b9e11';
const newCase = { pupilRef: 'LVS-000123' } as CaseCreate;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server plus a client pointed at it; retries without backoff so tests stay quick. */
async function setUp(handler: Handler, options: Partial<ClientOptions> = {}) {
  server = await startServer(handler);
  const client = createClient({ baseUrl: server.baseUrl, getToken: () => 'token', retry: { limit: 2, delay: () => 0 }, ...options });
  return { server, client };
}

/** The rejection of a promise, asserting that it does reject. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
}

describe('query parameters', () => {
  it('serialises given values form-style, leaves out undefined, and encodes reserved characters', async () => {
    const { server, client } = await setUp(() => ({ body: { items: [], nextCursor: null } }));
    await client.cases.list({ school: '12AB00', status: 'open', limit: 10, q: 'de Vries & zn', cursor: undefined });
    const { query } = server.requests[0];
    expect([...query.keys()].sort()).toEqual(['limit', 'q', 'school', 'status']);
    expect(query.get('school')).toBe('12AB00');
    expect(query.get('limit')).toBe('10');
    expect(query.get('q')).toBe('de Vries & zn');
  });

  it('sends no query string when there are no parameters', async () => {
    const { server, client } = await setUp(() => ({ body: { items: [], nextCursor: null } }));
    await client.cases.list();
    expect([...server.requests[0].query.keys()]).toEqual([]);
  });

  it('sends no query string for a query of only undefined values (the first page of listAll)', async () => {
    const { server, client } = await setUp(() => ({ body: { items: [], nextCursor: null } }));
    await client.cases.list({ cursor: undefined, status: undefined });
    expect(server.requests[0].rawUrl).toBe('/v1/cases');
  });

  it('repeats the key for array values (form style, explode)', async () => {
    const { server, client } = await setUp(() => ({ body: { items: [], nextCursor: null } }));
    // No operation of the contract has an array parameter yet; the serialiser supports them for when one does.
    await client.cases.list({ reason: ['pesten', 'psychisch'] } as never);
    expect(server.requests[0].query.getAll('reason')).toEqual(['pesten', 'psychisch']);
  });

  it('percent-encodes path parameters', async () => {
    const { server, client } = await setUp(() => ({ body: {} }));
    await client.cases.get('a/b c');
    expect(server.requests[0].path).toBe('/cases/a%2Fb%20c');
  });
});

describe('bearer token', () => {
  it('calls getToken for every request', async () => {
    let calls = 0;
    const { server, client } = await setUp(() => ({ body: {} }), { getToken: () => `t${++calls}` });
    await client.cases.get(CASE_ID);
    await client.cases.get(CASE_ID);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('after a 401 asks getToken once more and retries once with the fresh token', async () => {
    const refreshFlags: boolean[] = [];
    const { server, client } = await setUp(
      (request) => (request.headers.authorization === 'Bearer fresh' ? { body: { id: CASE_ID } } : { status: 401, problem: { title: 'Unauthorized' } }),
      { getToken: async ({ refresh }) => (refreshFlags.push(refresh), refresh ? 'fresh' : 'stale') },
    );
    await expect(client.cases.get(CASE_ID)).resolves.toEqual({ id: CASE_ID });
    expect(refreshFlags).toEqual([false, true]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer stale', 'Bearer fresh']);
  });

  it('gives up with the 401 when the fresh token is refused too', async () => {
    let calls = 0;
    const { server, client } = await setUp(() => ({ status: 401, problem: { title: 'Unauthorized' } }), { getToken: () => `t${++calls}` });
    const error = await rejection(client.cases.get(CASE_ID));
    expect(error).toBeInstanceOf(ThuiszittersError);
    expect((error as ThuiszittersError).status).toBe(401);
    expect(server.requests).toHaveLength(2);
    expect(calls).toBe(2);
  });

  it('passes an error of getToken to the caller without retrying', async () => {
    const { server, client } = await setUp(() => ({ body: {} }), { getToken: () => Promise.reject(new Error('login expired')) });
    await expect(client.cases.get(CASE_ID)).rejects.toThrow('login expired');
    expect(server.requests).toHaveLength(0);
  });
});

describe('Idempotency-Key on create', () => {
  it('generates a UUID key, a different one per call', async () => {
    const { server, client } = await setUp(() => ({ status: 201, body: { id: CASE_ID } }));
    await client.cases.create(newCase);
    await client.cases.create(newCase);
    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toMatch(UUID);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('uses the key the caller gives', async () => {
    const { server, client } = await setUp(() => ({ status: 201, body: {} }));
    await client.events.add(CASE_ID, { type: 'note', occurredOn: '2026-11-20', summary: 'Gebeld' }, { idempotencyKey: 'melding-42-attempt' });
    expect(server.requests[0].headers['idempotency-key']).toBe('melding-42-attempt');
  });

  it('retries the POST after a dropped connection with the same key', async () => {
    const { server, client } = await setUp((_, index) => (index === 0 ? 'drop' : { status: 201, body: { id: CASE_ID } }));
    await expect(client.cases.create(newCase)).resolves.toEqual({ id: CASE_ID });
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests.map((r) => r.headers['idempotency-key']);
    expect(first).toMatch(UUID);
    expect(second).toBe(first);
    expect(server.requests[1].body).toEqual(newCase);
  });

  it('retries the POST after a 503 with the same key', async () => {
    const { server, client } = await setUp((_, index) =>
      index === 0 ? { status: 503, headers: { 'Retry-After': '0' }, problem: { title: 'Service Unavailable' } } : { status: 201, body: { id: CASE_ID } },
    );
    await client.routekaart.create({ organisation: 'VO2801', assessedOn: '2026-11-01' });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1].headers['idempotency-key']).toBe(server.requests[0].headers['idempotency-key']);
  });

  it('does not retry a POST without a key (close) after a 503', async () => {
    const { server, client } = await setUp(() => ({ status: 503, problem: { title: 'Service Unavailable' } }));
    const error = await rejection(client.cases.close(CASE_ID, { closedOn: '2026-11-20', reason: 'terugNaarSchool' }, { ifMatch: 2 }));
    expect((error as ThuiszittersError).status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries a GET on 429 up to the limit, then throws the HTTP error', async () => {
    const { server, client } = await setUp(() => ({ status: 429, headers: { 'Retry-After': '0' }, problem: { title: 'Too Many Requests' } }));
    const error = await rejection(client.reference.reasons());
    expect((error as ThuiszittersError).status).toBe(429);
    expect(server.requests).toHaveLength(3);
  });

  it('waits the Retry-After seconds before retrying', async () => {
    const { server, client } = await setUp((_, index) =>
      index === 0 ? { status: 503, headers: { 'Retry-After': '1' }, problem: { title: 'Service Unavailable' } } : { body: { items: [] } },
    );
    await client.reference.schools();
    expect(server.requests).toHaveLength(2);
    // The client's own backoff is 0 here, so any wait comes from Retry-After (a lower bound only).
    expect(server.requests[1].at - server.requests[0].at).toBeGreaterThanOrEqual(900);
  });

  it('does not retry a 400', async () => {
    const { server, client } = await setUp(() => ({ status: 400, problem: { title: 'Bad Request' } }));
    await rejection(client.cases.list());
    expect(server.requests).toHaveLength(1);
  });

  it('honours retry: 0', async () => {
    const { server, client } = await setUp(() => ({ status: 503, problem: { title: 'Service Unavailable' } }), { retry: 0 });
    await rejection(client.cases.get(CASE_ID));
    expect(server.requests).toHaveLength(1);
  });
});

describe('If-Match and conflicts', () => {
  it('sends a version number as a quoted ETag, and an ETag as is', async () => {
    const { server, client } = await setUp(() => ({ body: { id: CASE_ID, version: 5 } }));
    await client.cases.update(CASE_ID, { notes: 'x' }, { ifMatch: 4 });
    await client.cases.reopen(CASE_ID, { ifMatch: '"5"' });
    await client.routekaart.updatePoint('a1', 3, { status: 'inPlace', owner: null, note: null, evidence: [] }, { ifMatch: '6' });
    expect(server.requests.map((r) => r.headers['if-match'])).toEqual(['"4"', '"5"', '"6"']);
  });

  it('sends an update as JSON merge patch and returns the new version', async () => {
    const { server, client } = await setUp(() => ({ body: { id: CASE_ID, version: 5 } }));
    const updated = await client.cases.update(CASE_ID, { notes: 'x' }, { ifMatch: 4 });
    expect(server.requests[0].headers['content-type']).toBe('application/merge-patch+json');
    expect(updated.version).toBe(5);
  });

  it('throws a ConflictError carrying the current resource on 412', async () => {
    const current = { id: CASE_ID, version: 7, status: 'open' };
    const { client } = await setUp(() => ({ status: 412, headers: { ETag: '"7"' }, problem: { title: 'Precondition Failed', current } }));
    const error = await rejection(client.cases.update(CASE_ID, { notes: 'x' }, { ifMatch: 4 }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toBeInstanceOf(ThuiszittersError);
    const conflict = error as ConflictError;
    expect(conflict.kind).toBe('http');
    expect(conflict.status).toBe(412);
    expect(conflict.current).toEqual(current);
    expect(conflict.response?.headers.get('etag')).toBe('"7"');
  });

  it('does not make other HTTP errors a ConflictError', async () => {
    const { client } = await setUp(() => ({ status: 428, problem: { title: 'Precondition Required' } }));
    const error = await rejection(client.cases.reopen(CASE_ID, { ifMatch: 1 }));
    expect(error).toBeInstanceOf(ThuiszittersError);
    expect(error).not.toBeInstanceOf(ConflictError);
  });
});

describe('failures without an HTTP answer', () => {
  it('reports a timeout as kind "timeout"', async () => {
    const { server, client } = await setUp(() => 'hang', { timeout: 100 });
    const error = await rejection(client.cases.get(CASE_ID));
    expect(error).toBeInstanceOf(ThuiszittersError);
    expect((error as ThuiszittersError).kind).toBe('timeout');
    expect((error as ThuiszittersError).status).toBeUndefined();
    expect(server.requests).toHaveLength(1);
  });

  it('reports an abort through the signal as kind "aborted"', async () => {
    const { server, client } = await setUp(() => 'hang');
    const controller = new AbortController();
    const pending = client.cases.list(undefined, { signal: controller.signal });
    await server.received(1);
    controller.abort();
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(ThuiszittersError);
    expect((error as ThuiszittersError).kind).toBe('aborted');
    expect(server.requests).toHaveLength(1);
  });

  it('stops waiting for a Retry-After when aborted', async () => {
    const { server, client } = await setUp(() => ({ status: 503, headers: { 'Retry-After': '60' }, problem: { title: 'Service Unavailable' } }));
    const controller = new AbortController();
    const pending = client.cases.get(CASE_ID, { signal: controller.signal });
    await server.received(1);
    setTimeout(() => controller.abort(), 20);
    expect(((await rejection(pending)) as ThuiszittersError).kind).toBe('aborted');
    expect(server.requests).toHaveLength(1);
  });

  it('reports a refused connection as kind "network" after retrying', async () => {
    const { server, client } = await setUp(() => 'drop');
    const error = await rejection(client.cases.get(CASE_ID));
    expect(error).toBeInstanceOf(ThuiszittersError);
    expect((error as ThuiszittersError).kind).toBe('network');
    expect(server.requests).toHaveLength(3);
  });
});

describe('problem details', () => {
  it('parses application/problem+json into the error', async () => {
    const invalidParams = [
      { name: 'absence.firstDayOfAbsence', reason: 'Must not be in the future.' },
      { name: '/school/brin', reason: 'Unknown BRIN.' },
    ];
    const { client } = await setUp(() => ({
      status: 400,
      problem: { type: 'https://thuiszitters-kit.example.nl/problems/validation', title: 'Invalid request', detail: '2 fields are invalid', invalidParams },
    }));
    const error = (await rejection(client.cases.create(newCase))) as ThuiszittersError;
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.problem?.title).toBe('Invalid request');
    expect(error.problem?.invalidParams).toEqual(invalidParams);
    expect(error.message).toContain('2 fields are invalid');
    expect(error.fieldErrors()).toEqual({ 'absence.firstDayOfAbsence': 'Must not be in the future.', 'school.brin': 'Unknown BRIN.' });
    expect(error.fieldErrors({ 'absence.firstDayOfAbsence': 'firstDay', school: 'school' })).toEqual({ firstDay: 'Must not be in the future.', school: 'Unknown BRIN.' });
  });

  it('falls back to the status line when the error body is not JSON', async () => {
    server = await startServer(() => ({ status: 502, headers: { 'Content-Type': 'text/html' } }));
    const client = createClient({ baseUrl: server.baseUrl, getToken: () => undefined, retry: 0 });
    const error = (await rejection(client.cases.get(CASE_ID))) as ThuiszittersError;
    expect(error.status).toBe(502);
    expect(error.problem?.status).toBe(502);
    expect(error.problem?.title).toBe('Bad Gateway');
    expect(server.requests[0].headers.authorization).toBeUndefined();
  });
});

describe('hooks', () => {
  it('runs the caller’s ky hooks after the SDK’s own', async () => {
    const seen: (string | null)[] = [];
    const { server, client } = await setUp(() => ({ body: {} }), {
      hooks: {
        beforeRequest: [
          (request) => {
            seen.push(request.headers.get('authorization'));
            request.headers.set('X-Correlation-Id', 'abc');
          },
        ],
      },
    });
    await client.reference.definitionProfile();
    expect(seen).toEqual(['Bearer token']);
    expect(server.requests[0].headers['x-correlation-id']).toBe('abc');
  });
});
