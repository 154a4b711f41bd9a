// Case operations on every available engine: create/get/list/update, validation from the spec,
// idempotency, ETag/If-Match, closure, append-only events, audit entries and tenancy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { caseBody, client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';

describe.each(engines)('cases on $name', (engine) => {
  let server: App;
  let school: ReturnType<typeof client>; // 12AB00 in VO2801, GM0599
  let otherSchool: ReturnType<typeof client>; // 45DE00 in VO2701, GM0363
  let swv: ReturnType<typeof client>; // VO2801
  let otherSwv: ReturnType<typeof client>; // VO2701
  let leerplicht: ReturnType<typeof client>; // GM0599
  let otherLeerplicht: ReturnType<typeof client>; // GM0363

  beforeAll(async () => {
    server = await engine.start();
    await seedSchools(server.db);
    school = client(server, await tokenFor(server, 'school', '12AB00', 'Zorgcoördinator'));
    otherSchool = client(server, await tokenFor(server, 'school', '45DE00'));
    swv = client(server, await tokenFor(server, 'swv', 'VO2801', 'Consulent'));
    otherSwv = client(server, await tokenFor(server, 'swv', 'VO2701'));
    leerplicht = client(server, await tokenFor(server, 'leerplicht', 'GM0599'));
    otherLeerplicht = client(server, await tokenFor(server, 'leerplicht', 'GM0363'));
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('create, read, list, update', () => {
    it('creates a case with ETag, Location, swvCode from the school and derived fields', async () => {
      const response = await school.post('/v1/cases', caseBody({ pupilRef: 'LVS-create-1' }), { 'idempotency-key': 'create-test-0001' });
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(response.headers.etag).toBe('"1"');
      expect(response.headers.location).toBe(`/v1/cases/${created.id}`);
      expect(response.headers['api-version']).toBe('1.0.0');
      expect(created).toMatchObject({ version: 1, status: 'open', swvCode: 'VO2801', pupilRef: 'LVS-create-1', closure: null, lead: null });
      expect(created.derived.classification).toMatch(/^(dreigend|relatief|langdurigRelatief)$/);
      expect(created.derived.lrvThresholdDate).toBe('2026-09-29');

      const read = await school.get(`/v1/cases/${created.id}`);
      expect(read.statusCode).toBe(200);
      expect(read.headers.etag).toBe('"1"');
      expect(read.json()).toEqual(created);
    });

    it("derives with the SWV's definition profile on every read path", async () => {
      await server.db.query(
        `INSERT INTO definition_profiles (swv_code, name, lrv_threshold_days) VALUES ('VO2701', 'Ander SWV', 14)
         ON CONFLICT (swv_code) DO UPDATE SET lrv_threshold_days = 14`,
      );
      const created = await otherSchool.createCase(caseBody({ pupilRef: 'PROFILE-14' }, '45DE00', 'GM0363'));
      expect(created.derived).toMatchObject({ lrvThresholdDate: '2026-09-15' }); // 2026-09-01 + 14 days
      expect((await otherSchool.get(`/v1/cases/${created.id}`)).json().derived.lrvThresholdDate).toBe('2026-09-15');
      const listed = (await otherSchool.get('/v1/cases?q=PROFILE-14')).json().items;
      expect(listed[0].derived.lrvThresholdDate).toBe('2026-09-15');
      // The default (28 days) where no profile row exists.
      expect((await school.createCase()).derived).toMatchObject({ lrvThresholdDate: '2026-09-29' });
    });

    it('refuses an unknown field and an impossible date with invalidParams from the spec', async () => {
      const body = caseBody({ shoeSize: 42, absence: { enrolled: true, firstDayOfAbsence: '2026-02-30', authorised: false } });
      const problem = expectProblem(await school.post('/v1/cases', body, { 'idempotency-key': 'create-test-0002' }), 400);
      expect(problem.invalidParams).toEqual(
        expect.arrayContaining([
          { name: 'shoeSize', reason: 'This field is not part of the contract here; leave it out.' },
          { name: 'absence.firstDayOfAbsence', reason: 'Must be a date in the form YYYY-MM-DD, e.g. 2026-09-07.' },
        ]),
      );
    });

    it('refuses a 9-digit pupilRef (could be a BSN), a missing member and wrong types', async () => {
      const { reasons: _reasons, ...withoutReasons } = caseBody({ pupilRef: '123456782', birthYearMonth: 201204 });
      const problem = expectProblem(await school.post('/v1/cases', withoutReasons, { 'idempotency-key': 'create-test-0003' }), 400);
      const names = problem.invalidParams!.map((p) => p.name);
      expect(names).toEqual(expect.arrayContaining(['pupilRef', 'reasons', 'birthYearMonth']));
    });

    it('refuses an unknown school (400 on school) and another school (403)', async () => {
      const unknown = expectProblem(await school.post('/v1/cases', caseBody({}, '99ZZ00'), { 'idempotency-key': 'create-test-0004' }), 400);
      expect(unknown.invalidParams).toEqual([{ name: 'school', reason: 'School 99ZZ00 is not registered.' }]);
      expectProblem(await school.post('/v1/cases', caseBody({}, '12AB01', 'GM0606'), { 'idempotency-key': 'create-test-0005' }), 403);
      // An SWV registers for any school of its own region, not for another region.
      expect((await swv.post('/v1/cases', caseBody({}, '12AB01', 'GM0606'), { 'idempotency-key': 'create-test-0006' })).statusCode).toBe(201);
      expectProblem(await swv.post('/v1/cases', caseBody({}, '45DE00', 'GM0363'), { 'idempotency-key': 'create-test-0007' }), 403);
    });

    it('requires an Idempotency-Key of 8..128 characters', async () => {
      const missing = expectProblem(await school.post('/v1/cases', caseBody()), 400);
      expect(missing.invalidParams).toEqual([{ name: 'Idempotency-Key', reason: 'This header is required.' }]);
      const short = expectProblem(await school.post('/v1/cases', caseBody(), { 'idempotency-key': 'short' }), 400);
      expect(short.invalidParams?.[0]?.name).toBe('Idempotency-Key');
    });

    it('pages through cases newest first with an opaque cursor, and filters', async () => {
      const mine = client(server, await tokenFor(server, 'school', '12AB01'));
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await mine.createCase(caseBody({ pupilRef: `PAGE-${i}-x` }, '12AB01', 'GM0606'))).id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const response = await mine.get(`/v1/cases?limit=2&q=PAGE-${cursor ? `&cursor=${cursor}` : ''}`);
        expect(response.statusCode).toBe(200);
        const page = response.json() as { items: Array<{ id: string }>; nextCursor: string | null };
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...ids].reverse());

      const closedOnly = await mine.get('/v1/cases?status=closed');
      expect(closedOnly.json().items).toEqual([]);
      const byReason = await mine.get('/v1/cases?reason=pesten&limit=100');
      expect(byReason.json().items.length).toBeGreaterThanOrEqual(5);
      const notReason = await mine.get('/v1/cases?reason=middelengebruik');
      expect(notReason.json().items).toEqual([]);
      const classification = (await mine.get(`/v1/cases/${ids[0]}`)).json().derived.classification as string;
      const byClass = await mine.get(`/v1/cases?classification=${classification}&limit=100`);
      expect(byClass.json().items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(ids));
      const inPeriod = await mine.get('/v1/cases?from=2026-01-01&to=2026-08-31');
      expect(inPeriod.json().items).toEqual([]); // absence began 2026-09-01

      expectProblem(await mine.get('/v1/cases?cursor=not-a-cursor!'), 400);
      const badLimit = expectProblem(await mine.get('/v1/cases?limit=1000'), 400);
      expect(badLimit.invalidParams?.[0]?.name).toBe('limit');
      const unknownParam = expectProblem(await mine.get('/v1/cases?colour=red'), 400);
      expect(unknownParam.invalidParams).toEqual([{ name: 'colour', reason: 'This is not a known query parameter.' }]);
    });

    it('updates with merge semantics, If-Match required (428) and fresh (412 with current)', async () => {
      const created = await school.createCase();
      expectProblem(await school.patch(`/v1/cases/${created.id}`, { notes: 'nieuw' }), 428);

      const updated = await school.patch(`/v1/cases/${created.id}`, { notes: 'nieuw', absence: { enrolled: false, firstDayOfAbsence: '2026-09-01', authorised: false } }, { 'if-match': '"1"' });
      expect(updated.statusCode).toBe(200);
      expect(updated.headers.etag).toBe('"2"');
      const body = updated.json();
      expect(body).toMatchObject({ version: 2, notes: 'nieuw', pupilRef: created.pupilRef, absence: { enrolled: false } });
      expect(body.derived.classification).toBe('absoluut');

      const stale = expectProblem(await school.patch(`/v1/cases/${created.id}`, { notes: 'ouder' }, { 'if-match': '"1"' }), 412) as unknown as { current: { version: number; notes: string } };
      expect(stale.current).toMatchObject({ version: 2, notes: 'nieuw' });

      const cleared = await school.patch(`/v1/cases/${created.id}`, { notes: null }, { 'if-match': '"2"', 'content-type': 'application/merge-patch+json' });
      expect(cleared.statusCode).toBe(200);
      expect(cleared.json().notes).toBeNull();

      const empty = expectProblem(await school.patch(`/v1/cases/${created.id}`, {}, { 'if-match': '"3"' }), 400);
      expect(empty.invalidParams?.[0]?.name).toBe('body');
      const readOnly = expectProblem(await school.patch(`/v1/cases/${created.id}`, { version: 9 }, { 'if-match': '"3"' }), 400);
      expect(readOnly.invalidParams).toEqual([{ name: 'version', reason: 'This field is not part of the contract here; leave it out.' }]);
    });

    it('closes and reopens with If-Match, recording caseClosed and caseReopened events', async () => {
      const created = await school.createCase();
      expectProblem(await school.post(`/v1/cases/${created.id}/closure`, { closedOn: '2026-11-01', reason: 'terugNaarSchool' }), 428);
      const closed = await school.post(`/v1/cases/${created.id}/closure`, { closedOn: '2026-11-01', reason: 'terugNaarSchool', note: 'Goed gegaan' }, { 'if-match': '"1"' });
      expect(closed.statusCode).toBe(200);
      expect(closed.json()).toMatchObject({ status: 'closed', version: 2, closure: { closedOn: '2026-11-01', reason: 'terugNaarSchool', note: 'Goed gegaan' } });
      expect(closed.json().derived.normStatus).toBe('met');
      expectProblem(await school.post(`/v1/cases/${created.id}/closure`, { closedOn: '2026-11-02', reason: 'overig' }, { 'if-match': '"2"' }), 409);
      const early = expectProblem(await school.delete(`/v1/cases/${created.id}/closure`, { 'if-match': '"1"' }), 412);
      expect(early).toHaveProperty('current');
      const reopened = await school.delete(`/v1/cases/${created.id}/closure`, { 'if-match': '"2"' });
      expect(reopened.statusCode).toBe(200);
      expect(reopened.json()).toMatchObject({ status: 'open', closure: null, version: 3 });
      expectProblem(await school.delete(`/v1/cases/${created.id}/closure`, { 'if-match': '"3"' }), 409);
      const events = (await school.get(`/v1/cases/${created.id}/events?limit=100`)).json().items as Array<{ type: string; derived: boolean }>;
      // Besides the caseReported (gemeld) event of its creation (worklist.test.ts).
      expect(events.filter((e) => !e.derived && e.type !== 'caseReported').map((e) => e.type)).toEqual(['caseClosed', 'caseReopened']);
      const beforeAbsence = expectProblem(await school.post(`/v1/cases/${created.id}/closure`, { closedOn: '2026-01-01', reason: 'overig' }, { 'if-match': '"3"' }), 400);
      expect(beforeAbsence.invalidParams?.[0]?.name).toBe('closedOn');
    });
  });

  describe('idempotency', () => {
    it('replays the original answer for the same key and body, 409 for another body', async () => {
      const body = caseBody();
      const first = await school.post('/v1/cases', body, { 'idempotency-key': 'idem-key-0001' });
      expect(first.statusCode).toBe(201);
      // Same members in another order: the same request.
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const again = await school.post('/v1/cases', reordered, { 'idempotency-key': 'idem-key-0001' });
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      expect(again.headers.location).toBe(first.headers.location);
      const count = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE pupil_ref = $1', [body.pupilRef]);
      expect(count[0]!.n).toBe(1);
      expectProblem(await school.post('/v1/cases', { ...body, notes: 'anders' }, { 'idempotency-key': 'idem-key-0001' }), 409);
      // Keys are per caller: another caller may use the same key for its own request.
      const otherCaller = await swv.post('/v1/cases', caseBody(), { 'idempotency-key': 'idem-key-0001' });
      expect(otherCaller.statusCode).toBe(201);
      expect(otherCaller.json().id).not.toBe(first.json().id);
    });

    it('replays an added event instead of adding it twice', async () => {
      const created = await school.createCase();
      const event = { type: 'meetingHeld', occurredOn: '2026-10-01', data: { meetingType: 'mdo', participants: ['school', 'ouders'], pupilHeard: true } };
      const first = await school.post(`/v1/cases/${created.id}/events`, event, { 'idempotency-key': 'event-key-0001' });
      expect(first.statusCode).toBe(201);
      const again = await school.post(`/v1/cases/${created.id}/events`, event, { 'idempotency-key': 'event-key-0001' });
      expect(again.json()).toEqual(first.json());
      expectProblem(await school.post(`/v1/cases/${created.id}/events`, { ...event, occurredOn: '2026-10-02' }, { 'idempotency-key': 'event-key-0001' }), 409);
      const stored = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND type <> 'caseReported'", [created.id]);
      expect(stored[0]!.n).toBe(1);
    });
  });

  describe('events', () => {
    it('appends events oldest first, merges derived threshold events, and lead/offer events update the case', async () => {
      const created = await school.createCase();
      const lead = { organisation: 'SWV Voorbeeldregio', role: 'swv', name: 'A. Consulent', since: '2026-09-20' };
      const leadEvent = await school.post(`/v1/cases/${created.id}/events`, { type: 'leadAssigned', occurredOn: '2026-09-20', data: { lead } }, { 'idempotency-key': 'lead-event-0001' });
      expect(leadEvent.statusCode).toBe(201);
      expect(leadEvent.json()).toMatchObject({ type: 'leadAssigned', derived: false, summary: 'Regiehouder aangewezen', actor: { organisation: '12AB00', role: 'school', name: 'Zorgcoördinator' } });
      const offer = { type: 'eigenSchool', startDate: '2026-10-15', hoursPerWeek: 12 };
      await school.post(`/v1/cases/${created.id}/events`, { type: 'offerMade', occurredOn: '2026-10-10', summary: 'Terug in klas 2', data: { offer } }, { 'idempotency-key': 'offer-event-0001' });
      await school.post(`/v1/cases/${created.id}/events`, { type: 'signalReceived', occurredOn: '2026-09-02' }, { 'idempotency-key': 'signal-event-0001' });

      const after = (await school.get(`/v1/cases/${created.id}`)).json();
      expect(after).toMatchObject({ version: 3, lead, offer });
      expect(after.derived.normStatus).toBe('met');

      const list = (await school.get(`/v1/cases/${created.id}/events`)).json() as { items: Array<{ type: string; occurredOn: string; derived: boolean }>; nextCursor: null };
      // caseReported: recorded today, when the case was created (after these dates).
      expect(list.items.map((e) => e.type)).toEqual(['signalReceived', 'leadAssigned', 'lrvThresholdPassed', 'offerMade', 'caseReported']);
      expect(list.items.find((e) => e.type === 'lrvThresholdPassed')).toMatchObject({ derived: true, occurredOn: '2026-09-29' });
      const sorted = [...list.items].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
      expect(list.items).toEqual(sorted);

      const page1 = (await school.get(`/v1/cases/${created.id}/events?limit=3`)).json();
      const page2 = (await school.get(`/v1/cases/${created.id}/events?limit=3&cursor=${page1.nextCursor}`)).json();
      expect([...page1.items, ...page2.items].map((e: { type: string }) => e.type)).toEqual(list.items.map((e) => e.type));
      expect(page2.nextCursor).toBeNull();
      const onlyOffers = (await school.get(`/v1/cases/${created.id}/events?type=offerMade`)).json();
      expect(onlyOffers.items.map((e: { type: string }) => e.type)).toEqual(['offerMade']);

      // Newest first, page by page: the same events in reverse; a cursor keeps to its order.
      const newest1 = (await school.get(`/v1/cases/${created.id}/events?order=newest&limit=3`)).json();
      const newest2 = (await school.get(`/v1/cases/${created.id}/events?order=newest&limit=3&cursor=${newest1.nextCursor}`)).json();
      expect([...newest1.items, ...newest2.items].map((e: { type: string }) => e.type)).toEqual(list.items.map((e) => e.type).reverse());
      expect(newest2.nextCursor).toBeNull();
      const mixed = expectProblem(await school.get(`/v1/cases/${created.id}/events?limit=3&cursor=${newest1.nextCursor}`), 400);
      expect(mixed.invalidParams).toEqual([expect.objectContaining({ name: 'cursor' })]);
      expectProblem(await school.get(`/v1/cases/${created.id}/events?order=latest`), 400);
      // A cursor that decodes but holds no valid key is a 400, never a database error.
      for (const key of [['oldest', '2026-13-45', '2026-09-01T00:00:00.000Z', 'x'], ['newest', '2026-09-01', 'gisteren', 'x'], ['oldest', '2026-09-01', '2026-02-30T25:00:00Z', 'x']]) {
        const forged = Buffer.from(JSON.stringify(key)).toString('base64url');
        const refused = expectProblem(await school.get(`/v1/cases/${created.id}/events?order=${key[0]}&cursor=${forged}`), 400);
        expect(refused.invalidParams).toEqual([expect.objectContaining({ name: 'cursor' })]);
      }
    });

    it('pages a long case in either order without gaps or repeats, derived events included', async () => {
      const created = await school.createCase();
      // Events on the same days and (within a millisecond) the same moments: the key must still be total.
      const days = ['2026-09-02', '2026-09-29', '2026-09-29', '2026-10-05', '2026-09-02', '2026-10-05', '2026-09-15'];
      for (const [i, day] of days.entries()) {
        await school.post(`/v1/cases/${created.id}/events`, { type: 'note', occurredOn: day, summary: `n${i}` }, { 'idempotency-key': `long-case-${i}-${created.id.slice(0, 8)}` });
      }
      const all = (await school.get(`/v1/cases/${created.id}/events?limit=100`)).json().items as Array<{ id: string; derived: boolean }>;
      expect(all.filter((e) => !e.derived).length).toBe(days.length + 1); // + caseReported
      expect(all.some((e) => e.derived)).toBe(true); // at least the LRV threshold
      for (const order of ['oldest', 'newest'] as const) {
        for (const limit of [1, 2, 3]) {
          const seen: string[] = [];
          let cursor: string | null = null;
          do {
            const page: { items: Array<{ id: string }>; nextCursor: string | null } = (await school.get(`/v1/cases/${created.id}/events?order=${order}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)).json();
            seen.push(...page.items.map((e) => e.id));
            cursor = page.nextCursor;
          } while (cursor);
          const expected = all.map((e) => e.id);
          expect(seen, `${order}, pages of ${limit}`).toEqual(order === 'oldest' ? expected : [...expected].reverse());
        }
      }
    });

    it('is append-only: no PUT, PATCH or DELETE of events, no derived or closure types by hand', async () => {
      const created = await school.createCase();
      const event = (await school.post(`/v1/cases/${created.id}/events`, { type: 'note', occurredOn: '2026-10-01', summary: 'Gebeld' }, { 'idempotency-key': 'note-event-0001' })).json();
      expectProblem(await school.put(`/v1/cases/${created.id}/events/${event.id}`, { summary: 'x' }), 404);
      expectProblem(await school.patch(`/v1/cases/${created.id}/events/${event.id}`, { summary: 'x' }), 404);
      expectProblem(await school.delete(`/v1/cases/${created.id}/events/${event.id}`), 404);
      const deleteAll = expectProblem(await school.delete(`/v1/cases/${created.id}/events`), 405);
      expect(deleteAll.title).toBe('Method Not Allowed');
      expectProblem(await school.put(`/v1/cases/${created.id}/events`, []), 405);
      expectProblem(await school.post(`/v1/cases/${created.id}/events`, { type: 'normExceeded', occurredOn: '2026-10-01' }, { 'idempotency-key': 'derived-event-01' }), 400);
      expectProblem(await school.post(`/v1/cases/${created.id}/events`, { type: 'caseClosed', occurredOn: '2026-10-01' }, { 'idempotency-key': 'closed-event-01' }), 400);
      const rows = await server.db.query<{ summary: string }>("SELECT summary FROM case_events WHERE case_id = $1 AND type <> 'caseReported'", [created.id]);
      expect(rows).toEqual([{ summary: 'Gebeld' }]);
    });
  });

  describe('audit log', () => {
    it('records every read and write of a case, readable by the SWV of the region only', async () => {
      const created = await school.createCase();
      await school.get(`/v1/cases/${created.id}`);
      await swv.get(`/v1/cases/${created.id}`);
      await school.patch(`/v1/cases/${created.id}`, { notes: 'bijgewerkt' }, { 'if-match': '"1"' });
      await school.post(`/v1/cases/${created.id}/events`, { type: 'reportedToSwv', occurredOn: '2026-09-10' }, { 'idempotency-key': 'audit-event-0001' });
      await school.get(`/v1/cases/${created.id}/events`);

      const log = await swv.get(`/v1/audit-events?caseId=${created.id}&limit=100`);
      expect(log.statusCode).toBe(200);
      const entries = log.json().items as Array<{ action: string; actor: { role: string; organisation: string; subject: string }; caseId: string }>;
      expect(entries.map((e) => `${e.actor.role}:${e.action}`).reverse()).toEqual([
        'school:create',
        'school:read',
        'swv:read',
        'school:update',
        'school:addEvent',
        'school:readEvents',
      ]);
      expect(entries.every((e) => e.caseId === created.id)).toBe(true);

      const listed = await school.get('/v1/cases?limit=1');
      expect(listed.statusCode).toBe(200);
      const lists = (await swv.get('/v1/audit-events?limit=100')).json().items as Array<{ action: string; caseId: string | null }>;
      expect(lists.some((e) => e.action === 'list' && e.caseId === null)).toBe(true);

      expectProblem(await school.get('/v1/audit-events'), 403);
      expectProblem(await leerplicht.get('/v1/audit-events'), 403);
      const otherRegion = (await otherSwv.get(`/v1/audit-events?caseId=${created.id}`)).json();
      expect(otherRegion.items).toEqual([]);
    });

    it('writes the audit entry in the same transaction as the read (a 404 leaves only a refused attempt)', async () => {
      const before = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'allowed'`);
      expectProblem(await school.get('/v1/cases/00000000-0000-4000-8000-000000000000'), 404);
      const after = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'allowed'`);
      expect(after[0]!.n).toBe(before[0]!.n);
      const refused = await server.db.query<{ action: string }>(`SELECT action FROM audit_events WHERE outcome = 'refused' AND case_id = '00000000-0000-4000-8000-000000000000'`);
      expect(refused).toEqual([{ action: 'read' }]);
    });
  });

  describe('tenancy', () => {
    it('school: reads, lists, updates and counts only its own cases', async () => {
      const mine = await school.createCase();
      const theirs = await otherSchool.createCase(caseBody({}, '45DE00', 'GM0363'));
      expectProblem(await school.get(`/v1/cases/${theirs.id}`), 404);
      expectProblem(await school.patch(`/v1/cases/${theirs.id}`, { notes: 'x' }, { 'if-match': '"1"' }), 404);
      expectProblem(await school.get(`/v1/cases/${theirs.id}/events`), 404);
      expectProblem(await school.post(`/v1/cases/${theirs.id}/events`, { type: 'note', occurredOn: '2026-10-01', summary: 'x' }, { 'idempotency-key': 'tenancy-evt-001' }), 404);
      expectProblem(await school.post(`/v1/cases/${theirs.id}/closure`, { closedOn: '2026-11-01', reason: 'overig' }, { 'if-match': '"1"' }), 404);
      const listed = (await school.get('/v1/cases?limit=100&school=45DE00')).json();
      expect(listed.items).toEqual([]);
      const all = (await school.get('/v1/cases?limit=100')).json().items as Array<{ school: { brin: string; vestiging: string } }>;
      expect(all.every((c) => c.school.brin + c.school.vestiging === '12AB00')).toBe(true);
      expect((await otherSchool.get(`/v1/cases/${mine.id}`)).statusCode).toBe(404);
      const untouched = await server.db.query<{ version: number }>('SELECT version FROM cases WHERE id = $1', [theirs.id]);
      expect(untouched[0]!.version).toBe(1);
    });

    it('swv: its region only', async () => {
      const inRegion = await school.createCase();
      const elsewhere = await otherSchool.createCase(caseBody({}, '45DE00', 'GM0363'));
      expect((await swv.get(`/v1/cases/${inRegion.id}`)).statusCode).toBe(200);
      expectProblem(await swv.get(`/v1/cases/${elsewhere.id}`), 404);
      expectProblem(await swv.patch(`/v1/cases/${elsewhere.id}`, { notes: 'x' }, { 'if-match': '"1"' }), 404);
      const all = (await swv.get('/v1/cases?limit=100')).json().items as Array<{ swvCode: string }>;
      expect(all.length).toBeGreaterThan(0);
      expect(all.every((c) => c.swvCode === 'VO2801')).toBe(true);
      expect((await otherSwv.get(`/v1/cases/${elsewhere.id}`)).statusCode).toBe(200);
    });

    it('leerplicht: its municipality only, without reasons, notes or voice', async () => {
      const inMunicipality = await school.createCase(caseBody({ voice: { pupil: { wishes: 'Thuis leren', heardOn: '2026-09-10', notHeardReason: null }, parents: { wishes: null, heardOn: null, notHeardReason: null } } }));
      const elsewhere = await otherSchool.createCase(caseBody({}, '45DE00', 'GM0363'));
      const read = await leerplicht.get(`/v1/cases/${inMunicipality.id}`);
      expect(read.statusCode).toBe(200);
      const body = read.json();
      expect(body).not.toHaveProperty('reasons');
      expect(body).not.toHaveProperty('notes');
      expect(body).not.toHaveProperty('voice');
      expect(body.derived).toBeDefined();
      expect((await school.get(`/v1/cases/${inMunicipality.id}`)).json()).toHaveProperty('reasons');
      expectProblem(await leerplicht.get(`/v1/cases/${elsewhere.id}`), 404);
      expectProblem(await otherLeerplicht.get(`/v1/cases/${inMunicipality.id}`), 404);
      const listed = (await leerplicht.get('/v1/cases?limit=100')).json().items as Array<Record<string, unknown>>;
      expect(listed.every((c) => c.municipalityCode === 'GM0599' && !('reasons' in c) && !('notes' in c))).toBe(true);
      expectProblem(await leerplicht.get('/v1/cases?reason=psychisch'), 403);
      expectProblem(await leerplicht.patch(`/v1/cases/${inMunicipality.id}`, { notes: 'x' }, { 'if-match': '"1"' }), 403);
      const note = await school.post(`/v1/cases/${inMunicipality.id}/events`, { type: 'note', occurredOn: '2026-10-01', summary: 'Moeder vertelde over angst' }, { 'idempotency-key': 'lp-note-event-1' });
      expect(note.statusCode).toBe(201);
      const events = (await leerplicht.get(`/v1/cases/${inMunicipality.id}/events`)).json().items as Array<{ type: string; summary: string }>;
      expect(events.find((e) => e.type === 'note')?.summary).toBe('Notitie');
    });

    it('a school moving its case to another school is refused; changing the municipality keeps tenancy rules', async () => {
      const created = await school.createCase();
      expectProblem(await school.patch(`/v1/cases/${created.id}`, { school: { brin: '45DE', vestiging: '00' } }, { 'if-match': '"1"' }), 403);
      const still = await server.db.query<{ school_key: string; version: number }>('SELECT school_key, version FROM cases WHERE id = $1', [created.id]);
      expect(still[0]).toEqual({ school_key: '12AB00', version: 1 });
    });
  });
});
