// The worklist of issue 15 on every engine: listCases filters, sorts, total and stable paging;
// a case's signals computed with the domain's rules (a property test over random cases); the
// "gemeld" event of a new case; one pupil, one open case (409 unless allowDuplicate=true).
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { addDays, openActionDueDates, signalTypes, SIGNAL_TYPES, type ActionEvent, type SignalType } from '@thuiszitters/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import type { AuthContext } from '../src/auth/claims.js';
import { insertEvent } from '../src/cases/events.js';
import { worklistFromEvents } from '../src/store/worklist.js';
import { caseBody, client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';

const DAY = 86_400_000;
const START = new Date('2026-11-16T10:00:00Z');
type ApiCase = Record<string, any> & { id: string; version: number };

describe.each(engines)('worklist on $name', (engine) => {
  let server: App;
  let clock = START;
  const today = () => clock.toISOString().slice(0, 10);
  const as = async (role: 'school' | 'swv' | 'leerplicht', organisation: string) => client(server, await tokenFor(server, role, organisation));

  beforeAll(async () => {
    server = await engine.start({ now: () => clock });
    await seedSchools(server.db);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Every page of a list, following nextCursor; checks that `total` holds on every page. */
  async function all(c: Awaited<ReturnType<typeof as>>, query: string, limit = 3): Promise<ApiCase[]> {
    const items: ApiCase[] = [];
    let cursor: string | null = null;
    let total: number | undefined;
    do {
      const response = await c.get(`/v1/cases?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as { items: ApiCase[]; nextCursor: string | null; total: number };
      total ??= page.total;
      expect(page.total).toBe(total);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(items.length).toBe(total);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    return items;
  }

  it('records a caseReported (gemeld) event when a case is created, and counts it as activity', async () => {
    const school = await as('school', '12AB00');
    const created = await school.createCase(caseBody({ absence: { enrolled: true, firstDayOfAbsence: '2026-11-09', authorised: false, exemption: null, duoReportNumber: null } }));
    expect(created.lastActivityOn).toBe('2026-11-16');
    expect(created.signals).toEqual([]);
    const events = (await school.get(`/v1/cases/${created.id}/events`)).json().items as Array<{ type: string; occurredOn: string; derived: boolean }>;
    expect(events.filter((e) => !e.derived).map((e) => [e.type, e.occurredOn])).toEqual([['caseReported', '2026-11-16']]);
    // It cannot be added by hand.
    const added = await school.post(`/v1/cases/${created.id}/events`, { type: 'caseReported', occurredOn: '2026-11-16' }, { 'idempotency-key': randomUUID() });
    expectProblem(added, 400);
  });

  it('refuses a second open case for the same pupil in the SWV unless the request says allowDuplicate=true', async () => {
    const school = await as('school', '12AB00');
    const sameSwvSchool = await as('school', '12AB01');
    const otherSwvSchool = await as('school', '45DE00');
    const pupilRef = `LVS-DUP-${randomUUID().slice(0, 6)}`;
    const first = await school.createCase(caseBody({ pupilRef }));

    const again = await school.post('/v1/cases', caseBody({ pupilRef }), { 'idempotency-key': randomUUID() });
    const problem = expectProblem(again, 409) as Record<string, unknown>;
    expect(problem.type).toBe('https://thuiszitters.nl/problems/duplicate-open-case');
    expect(problem.existingCaseId).toBe(first.id);
    expect(String(problem.detail)).toMatch(/allowDuplicate=true/);

    // Another school of the SWV is refused too, without learning the other school's case id.
    const elsewhere = expectProblem(await sameSwvSchool.post('/v1/cases', caseBody({ pupilRef }, '12AB01', 'GM0606'), { 'idempotency-key': randomUUID() }), 409) as Record<string, unknown>;
    expect(elsewhere.type).toBe('https://thuiszitters.nl/problems/duplicate-open-case');
    expect(elsewhere.existingCaseId).toBeUndefined();
    // Another SWV is another register.
    expect((await otherSwvSchool.post('/v1/cases', caseBody({ pupilRef }, '45DE00', 'GM0363'), { 'idempotency-key': randomUUID() })).statusCode).toBe(201);

    const confirmed = await school.post('/v1/cases?allowDuplicate=true', caseBody({ pupilRef }), { 'idempotency-key': randomUUID() });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json().signals.map((s: { type: string }) => s.type)).toContain('duplicateOpenCase');
    const firstNow = (await school.get(`/v1/cases/${first.id}`)).json();
    expect(firstNow.signals).toContainEqual(expect.objectContaining({ type: 'duplicateOpenCase', label: { nl: 'Dubbele open casus', en: 'Duplicate open case' } }));

    // Closing one of them ends the duplicate; a new case may then be created again without the flag.
    const closed = await school.post(`/v1/cases/${confirmed.json().id}/closure`, { closedOn: '2026-11-16', reason: 'overig', note: null }, { 'if-match': '"1"' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().signals).toEqual([]);
    expect((await school.get(`/v1/cases/${first.id}`)).json().signals.map((s: { type: string }) => s.type)).not.toContain('duplicateOpenCase');
  });

  describe('filters, sorts and total', () => {
    const region = '12AB01'; // a school of its own in VO2801, so these cases are easy to select
    let swv: Awaited<ReturnType<typeof as>>;
    let leerplicht: Awaited<ReturnType<typeof as>>;

    beforeAll(async () => {
      clock = new Date('2026-09-01T10:00:00Z');
      const school = await as('school', region);
      const firstDays = ['2026-05-20', '2026-06-10', '2026-06-15', '2026-07-01', '2026-08-25', '2026-08-31'];
      for (const [i, first] of firstDays.entries()) {
        const kase = await school.createCase(caseBody({ pupilRef: `WL-${i}`, absence: { enrolled: true, firstDayOfAbsence: first, authorised: false, exemption: null, duoReportNumber: null } }, region, i % 2 ? 'GM0606' : 'GM0599'));
        if (i % 3 === 0) {
          await school.post(`/v1/cases/${kase.id}/events`, { type: 'leadAssigned', occurredOn: '2026-09-01', data: { lead: { organisation: 'VO2801', role: 'swv', name: 'Consulent', since: '2026-09-01' } } }, { 'idempotency-key': randomUUID() });
        }
        if (i % 2 === 0) {
          await school.post(`/v1/cases/${kase.id}/events`, { type: 'actionAgreed', occurredOn: '2026-09-01', data: { description: 'Gesprek met ouders', owner: 'School', dueOn: '2026-09-20' } }, { 'idempotency-key': randomUUID() });
        }
      }
      clock = new Date('2026-10-01T10:00:00Z'); // a month later: actions overdue, no activity for 30 days
      const later = await as('school', region);
      const [recent] = (await later.get('/v1/cases?q=WL-5')).json().items;
      await later.post(`/v1/cases/${recent.id}/events`, { type: 'note', occurredOn: '2026-09-30', summary: 'Gebeld met ouders.' }, { 'idempotency-key': randomUUID() });
      swv = await as('swv', 'VO2801');
      leerplicht = await as('leerplicht', 'GM0606');
    });

    const base = `school=${region}`;

    it('filters on lead holder, norm status, days left, last activity, overdue actions, signals and pupilRef, each agreeing with the cases it returns', async () => {
      const everything = await all(swv, base);
      expect(everything).toHaveLength(6);
      const ids = (list: ApiCase[]) => list.map((c) => c.id).sort();
      const expectFilter = async (query: string, predicate: (c: ApiCase) => boolean) => {
        const got = await all(swv, `${base}&${query}`);
        const want = everything.filter(predicate);
        expect(ids(got), query).toEqual(ids(want));
        // Not vacuous: each filter splits this region.
        expect(want.length, query).toBeGreaterThan(0);
        expect(want.length, query).toBeLessThan(everything.length);
      };
      await expectFilter('hasLead=true', (c) => c.lead !== null);
      await expectFilter('hasLead=false', (c) => c.lead === null);
      await expectFilter('normStatus=exceeded', (c) => c.derived.normStatus === 'exceeded');
      await expectFilter('normStatus=almostOut&normStatus=exceeded', (c) => ['almostOut', 'exceeded'].includes(c.derived.normStatus));
      await expectFilter('daysLeftMax=40', (c) => ['running', 'almostOut'].includes(c.derived.normStatus) && c.derived.daysLeft <= 40);
      await expectFilter('lastActivityBefore=2026-09-15', (c) => c.lastActivityOn < '2026-09-15');
      await expectFilter('actionOverdue=true', (c) => c.signals.some((s: { type: string }) => s.type === 'actionOverdue'));
      await expectFilter('signal=noActivity', (c) => c.signals.some((s: { type: string }) => s.type === 'noActivity'));
      await expectFilter('signal=noLeadHolder&signal=normExceeded', (c) => c.signals.some((s: { type: string }) => ['noLeadHolder', 'normExceeded'].includes(s.type)));
      await expectFilter('q=wl-1', (c) => c.pupilRef === 'WL-1');
      await expectFilter('signal=noActivity&hasLead=false', (c) => c.lead === null && c.signals.some((s: { type: string }) => s.type === 'noActivity'));
    });

    it('sorts by norm deadline, last activity and first day of absence, both ways, with stable paging', async () => {
      const byKey = (key: (c: ApiCase) => string) => (a: ApiCase, b: ApiCase) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const deadline = (c: ApiCase) => (['running', 'almostOut', 'exceeded'].includes(c.derived.normStatus) ? `0|${c.derived.normDeadline}` : '1|');
      const everything = await all(swv, base);
      const cases: Array<[string, (a: ApiCase, b: ApiCase) => number]> = [
        ['normDeadline', byKey(deadline)],
        ['-normDeadline', (a, b) => -byKey(deadline)(a, b)],
        ['lastActivity', byKey((c) => c.lastActivityOn ?? '1900-01-01')],
        ['-lastActivity', (a, b) => -byKey((c) => c.lastActivityOn ?? '1900-01-01')(a, b)],
        ['firstDayOfAbsence', byKey((c) => c.absence.firstDayOfAbsence)],
        ['-firstDayOfAbsence', (a, b) => -byKey((c) => c.absence.firstDayOfAbsence)(a, b)],
        ['createdAt', byKey((c) => c.createdAt)],
      ];
      for (const [sort, compare] of cases) {
        for (const limit of [1, 4]) {
          const got = await all(swv, `${base}&sort=${sort}`, limit);
          expect(got.map((c) => c.pupilRef), `${sort} limit ${limit}`).toEqual([...everything].sort(compare).map((c) => c.pupilRef));
        }
      }
      // With a derived filter too (the sort then runs on the derived rows).
      const filtered = await all(swv, `${base}&hasLead=false&signal=noActivity&sort=firstDayOfAbsence`, 1);
      expect(filtered.map((c) => c.absence.firstDayOfAbsence)).toEqual([...filtered.map((c) => c.absence.firstDayOfAbsence)].sort());
    });

    it('keeps a cursor to the sort it was issued for', async () => {
      const page = (await swv.get(`/v1/cases?${base}&sort=normDeadline&limit=2`)).json();
      expect(page.nextCursor).toBeTruthy();
      const problem = expectProblem(await swv.get(`/v1/cases?${base}&sort=lastActivity&cursor=${page.nextCursor}`), 400);
      expect(problem.invalidParams?.[0]?.name).toBe('cursor');
      expectProblem(await swv.get('/v1/cases?sort=pupilRef'), 400);
      expectProblem(await swv.get('/v1/cases?normStatus=late'), 400);
      expectProblem(await swv.get('/v1/cases?daysLeftMax=-1'), 400);
    });

    it('lists within tenancy: leerplicht sees its municipality only, with the same filters', async () => {
      const mine = await all(leerplicht, `${base}&signal=noActivity`);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((c) => c.municipalityCode === 'GM0606')).toBe(true);
      expect(mine.every((c) => c.reasons === undefined && c.notes === undefined)).toBe(true);
      const total = (await leerplicht.get(`/v1/cases?${base}`)).json().total;
      expect(total).toBe((await all(swv, `${base}`)).filter((c) => c.municipalityCode === 'GM0606').length);
      expectProblem(await leerplicht.get('/v1/cases?reason=psychisch'), 403);
    });
  });

  it('signals agree with the domain for random cases (property)', async () => {
    const caseArb = fc.record({
      firstDaysBefore: fc.integer({ min: 0, max: 160 }),
      lead: fc.boolean(),
      actions: fc.array(fc.record({ dueIn: fc.integer({ min: -5, max: 40 }), completed: fc.boolean() }), { maxLength: 2 }),
      note: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(caseArb, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 60 }), async (specs, laterDays) => {
        clock = new Date('2026-10-05T10:00:00Z');
        const created = today();
        const school = await as('school', '12AB00');
        const known: Array<{ id: string; lead: boolean; events: ActionEvent[] }> = [];
        for (const spec of specs) {
          const first = addDays(created, -spec.firstDaysBefore);
          const kase = await school.createCase(caseBody({ absence: { enrolled: true, firstDayOfAbsence: first, authorised: false, exemption: null, duoReportNumber: null } }));
          const events: ActionEvent[] = [{ id: 'reported', type: 'caseReported', occurredOn: created }];
          if (spec.lead) {
            await school.post(`/v1/cases/${kase.id}/events`, { type: 'leadAssigned', occurredOn: created, data: { lead: { organisation: 'VO2801', role: 'swv', name: 'C', since: created } } }, { 'idempotency-key': randomUUID() });
            events.push({ id: 'lead', type: 'leadAssigned', occurredOn: created });
          }
          for (const action of spec.actions) {
            const response = await school.post(`/v1/cases/${kase.id}/events`, { type: 'actionAgreed', occurredOn: created, data: { description: 'x', owner: 'y', dueOn: addDays(created, action.dueIn) } }, { 'idempotency-key': randomUUID() });
            const id = response.json().id as string;
            events.push({ id, type: 'actionAgreed', occurredOn: created, data: { dueOn: addDays(created, action.dueIn) } });
            if (action.completed) {
              await school.post(`/v1/cases/${kase.id}/events`, { type: 'actionCompleted', occurredOn: created, summary: 'klaar', data: { actionEventId: id } }, { 'idempotency-key': randomUUID() });
              events.push({ id: randomUUID(), type: 'actionCompleted', occurredOn: created, data: { actionEventId: id } });
            }
          }
          known.push({ id: kase.id, lead: spec.lead, events });
        }
        clock = new Date(clock.getTime() + laterDays * DAY);
        const reader = await as('school', '12AB00');
        for (const k of known) {
          const kase = (await reader.get(`/v1/cases/${k.id}`)).json() as ApiCase;
          const lastActivityOn = k.events.map((e) => e.occurredOn).sort().at(-1)!;
          expect(kase.lastActivityOn).toBe(lastActivityOn);
          const expected = signalTypes(
            { status: 'open', reportedOn: created, hasLead: k.lead, lastActivityOn, nextActionDueOn: openActionDueDates(k.events)[0] ?? null, duplicateOpenCase: false, derived: kase.derived },
            undefined,
            today(),
          );
          expect(kase.signals.map((s: { type: SignalType }) => s.type)).toEqual(expected);
          for (const s of kase.signals) expect(s.label.nl.length * s.explanation.en.length).toBeGreaterThan(0);
          // The list filter agrees with the case's own signals.
          for (const type of SIGNAL_TYPES) {
            const listed = (await reader.get(`/v1/cases?signal=${type}&q=${encodeURIComponent(kase.pupilRef)}`)).json().items as ApiCase[];
            expect(listed.some((c) => c.id === k.id), type).toBe(expected.includes(type));
          }
        }
      }),
      { numRuns: 6, seed: 1515 },
    );
  });

  it('keeps last activity and the first open action equal to a full recompute over random event sequences (property)', async () => {
    // Events land back-dated, on the same day as others and across two cases; completions name
    // their action, another case's, a missing one or none. After every insert both cases' columns
    // must be what a read of all their events gives (refreshWorklist's rule).
    const auth: AuthContext = { subject: 'prop', name: null, role: 'school', organisation: '12AB00', scopes: ['cases:write'] };
    const base = '2026-09-01';
    const eventArb = fc.record({
      inSecond: fc.boolean(),
      kind: fc.constantFrom('note', 'meetingHeld', 'actionAgreed', 'actionCompleted', 'actionCompleted'),
      day: fc.integer({ min: 0, max: 20 }),
      due: fc.integer({ min: 0, max: 30 }),
      target: fc.constantFrom('none', 'agreed', 'agreed', 'missing'),
      pick: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 1, maxLength: 14 }), async (specs) => {
        clock = new Date('2026-09-10T10:00:00Z'); // reported on the 10th; events fall before and after it
        const school = await as('school', '12AB00');
        const ids = [(await school.createCase(caseBody())).id as string, (await school.createCase(caseBody())).id as string];
        const agreed: string[] = [];
        const columns = async () =>
          server.db.query<{ id: string; last_activity_on: string | null; next_action_due_on: string | null }>(
            'SELECT id, last_activity_on, next_action_due_on FROM cases WHERE id = ANY($1::uuid[]) ORDER BY id',
            [ids],
          );
        for (const spec of specs) {
          const caseId = ids[spec.inSecond ? 1 : 0]!;
          const data: Record<string, unknown> = {};
          if (spec.kind === 'actionAgreed') Object.assign(data, { description: 'x', owner: 'y', dueOn: addDays(base, spec.due) });
          if (spec.kind === 'actionCompleted' && spec.target === 'agreed' && agreed.length > 0) data.actionEventId = agreed[spec.pick % agreed.length];
          if (spec.kind === 'actionCompleted' && spec.target === 'missing') data.actionEventId = randomUUID();
          const { event } = await server.db.transaction((tx) => insertEvent(tx, auth, clock, caseId, { type: spec.kind, occurredOn: addDays(base, spec.day), data }));
          if (spec.kind === 'actionAgreed') agreed.push(event.id);
          const full = await worklistFromEvents(server.db, ids);
          expect(await columns()).toEqual(ids.map((id) => ({ id, ...full.get(id)! })).sort((a, b) => (a.id < b.id ? -1 : 1)));
        }
        // What the API answers is those columns.
        for (const row of await columns()) {
          const kase = (await school.get(`/v1/cases/${row.id}`)).json() as ApiCase;
          expect(kase.lastActivityOn).toBe(row.last_activity_on);
          expect(kase.signals.some((s: { type: string }) => s.type === 'actionOverdue')).toBe(row.next_action_due_on !== null && row.next_action_due_on < today());
        }
      }),
      { numRuns: 25, seed: 1919 },
    );
  });
});
