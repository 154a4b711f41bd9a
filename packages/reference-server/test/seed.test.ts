// Demo data: deterministic for an anchor date, idempotent, fictional, realistic in shape, and
// readable through the API like any case.
import { deriveCase, isValidPupilRef } from '@thuiszitters/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { DEMO_PUPIL_REF, seedDemoData } from '../src/seed/index.js';
import type { Database } from '../src/storage/database.js';
import { client, engines, tokenFor } from './helpers.js';
import { freshDatabase } from './statistics-fixtures.js';

const ANCHOR = '2026-11-20';

async function fingerprint(db: Database) {
  const count = async (table: string) => Number((await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const ids = await db.query<{ id: string }>('SELECT id FROM cases ORDER BY id');
  const eventIds = await db.query<{ id: string }>('SELECT id FROM case_events ORDER BY id');
  return {
    schools: await count('schools'),
    cases: await count('cases'),
    events: await count('case_events'),
    assessments: await count('routekaart_assessments'),
    changes: await count('routekaart_changes'),
    profiles: await count('definition_profiles'),
    caseIds: ids.map((r) => r.id).join(','),
    eventIds: eventIds.map((r) => r.id).join(','),
  };
}

describe('seedDemoData', () => {
  let first: Database;
  let second: Database;

  beforeAll(async () => {
    [first, second] = await Promise.all([freshDatabase(), freshDatabase()]);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('inserts the same rows with the same ids for the same anchor date, and nothing the second time', async () => {
    const result = await seedDemoData(first, { anchorDate: ANCHOR });
    expect(result).toMatchObject({ inserted: true, schools: 25, cases: 400, assessments: 2 });
    const once = await fingerprint(first);
    expect(once).toMatchObject({ schools: 25, cases: 400, assessments: 2, profiles: 1 });
    expect(once.events).toBe(result.events);

    const again = await seedDemoData(first, { anchorDate: ANCHOR });
    expect(again.inserted).toBe(false);
    expect(await fingerprint(first)).toEqual(once);

    await seedDemoData(second, { anchorDate: ANCHOR });
    expect(await fingerprint(second)).toEqual(once);
  });

  it('makes a fictional region with schools of every type in three made-up municipalities', async () => {
    const schools = await first.query<{ school_type: string; municipality_code: string; swv_code: string; brin: string }>(
      'SELECT school_type, municipality_code, swv_code, brin FROM schools',
    );
    expect(new Set(schools.map((s) => s.school_type))).toEqual(new Set(['po', 'sbo', 'so', 'vso', 'vo']));
    expect(new Set(schools.map((s) => s.municipality_code))).toEqual(new Set(['GM9901', 'GM9902', 'GM9903']));
    expect(new Set(schools.map((s) => s.swv_code))).toEqual(new Set(['VO2801']));
    expect(schools.every((s) => /^[0-9]{2}[A-Z]{2}$/.test(s.brin))).toBe(true);
    const profile = await first.query<{ name: string }>(`SELECT name FROM definition_profiles WHERE swv_code = 'VO2801'`);
    expect(profile[0].name).toBe('Samenwerkingsverband Voorbeeldregio');
  });

  it('writes case stories in realistic proportions, within the last two school years', async () => {
    const cases = await first.query<{ pupil_ref: string; primary_reason: string; status: string; first_day_of_absence: string; data: Parameters<typeof deriveCase>[0] }>(
      'SELECT pupil_ref, primary_reason, status, first_day_of_absence, data FROM cases',
    );
    expect(cases.every((c) => isValidPupilRef(c.pupil_ref) && /^LVS-\d{6}$/.test(c.pupil_ref))).toBe(true);
    expect(cases.every((c) => c.first_day_of_absence >= '2025-08-01' && c.first_day_of_absence <= ANCHOR)).toBe(true);

    const byReason = new Map<string, number>();
    for (const c of cases) byReason.set(c.primary_reason, (byReason.get(c.primary_reason) ?? 0) + 1);
    const ranked = [...byReason.entries()].sort((a, b) => b[1] - a[1]).map(([reason]) => reason);
    expect(ranked.slice(0, 2).sort()).toEqual(['psychisch', 'schoolweigering']);

    const open = cases.filter((c) => c.status === 'open');
    expect(open.length).toBeGreaterThan(40);
    expect(cases.length - open.length).toBeGreaterThan(150);
    const overNorm = open.filter((c) => deriveCase(c.data, {}, ANCHOR).normStatus === 'exceeded');
    expect(overNorm.length).toBeGreaterThanOrEqual(3);
    expect(overNorm.length).toBeLessThan(open.length / 3);

    const demo = cases.find((c) => c.pupil_ref === DEMO_PUPIL_REF)!;
    expect(demo.status).toBe('open');
  });

  it('gives every case a story whose events follow the process and end at its closure', async () => {
    const rows = await first.query<{ id: string; status: string; closed_on: string | null; types: string[]; last_on: string; first_type: string }>(
      `SELECT c.id, c.status, c.closed_on,
              array_agg(e.type ORDER BY e.occurred_on, e.recorded_at) AS types,
              max(e.occurred_on)::text AS last_on,
              (array_agg(e.type ORDER BY e.occurred_on, e.recorded_at))[1] AS first_type
         FROM cases c JOIN case_events e ON e.case_id = c.id GROUP BY c.id`,
    );
    expect(rows).toHaveLength(400);
    for (const row of rows) {
      expect(row.first_type).toBe('caseReported');
      expect(row.types[1]).toBe('signalReceived');
      expect(row.types.includes('caseClosed')).toBe(row.status === 'closed');
      if (row.closed_on) expect(row.last_on).toBe(row.closed_on);
    }
    const held = await first.query<{ heard: string | number; total: string | number }>(
      `SELECT count(*) FILTER (WHERE (data->>'pupilHeard')::boolean) AS heard, count(*) AS total FROM case_events WHERE type = 'meetingHeld'`,
    );
    expect(Number(held[0].heard)).toBeGreaterThan(0);
    expect(Number(held[0].heard)).toBeLessThan(Number(held[0].total));
  });

  it('keeps a Routekaart history: an earlier assessment and a newer copy, with changes', async () => {
    const assessments = await first.query<{ id: string; copied_from: string | null; version: number }>(
      'SELECT id, copied_from, version FROM routekaart_assessments ORDER BY assessed_on',
    );
    expect(assessments[1].copied_from).toBe(assessments[0].id);
    const changes = await first.query<{ assessment_id: string }>('SELECT assessment_id FROM routekaart_changes');
    expect(changes.some((c) => c.assessment_id === assessments[0].id)).toBe(true);
    expect(changes.some((c) => c.assessment_id === assessments[1].id)).toBe(true);
    expect(assessments[1].version).toBeGreaterThan(1);
  });

  it('differs for another anchor date', async () => {
    const other = await freshDatabase();
    try {
      await seedDemoData(other, { anchorDate: '2026-11-21' });
      expect((await fingerprint(other)).caseIds).not.toBe((await fingerprint(first)).caseIds);
    } finally {
      await other.close();
    }
  });
});

describe.each(engines)('seeded data through the API on $name', (engine) => {
  let server: App;
  beforeAll(async () => {
    server = await engine.start();
    await seedDemoData(server.db, { anchorDate: ANCHOR });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves seeded cases, their events and the Routekaart like any other', async () => {
    const swv = client(server, await tokenFor(server, 'swv', 'VO2801'));
    const list = await swv.get(`/v1/cases?q=${DEMO_PUPIL_REF}`);
    expect(list.statusCode).toBe(200);
    const [demo] = list.json().items;
    expect(demo).toMatchObject({ pupilRef: DEMO_PUPIL_REF, status: 'open', swvCode: 'VO2801', school: { brin: '12AB', vestiging: '00' } });
    expect(demo.derived.normStatus).toMatch(/^(running|almostOut)$/);

    const read = await swv.get(`/v1/cases/${demo.id}`);
    expect(read.statusCode).toBe(200);
    const events = await swv.get(`/v1/cases/${demo.id}/events?limit=100`);
    expect(events.statusCode).toBe(200);
    const types = (events.json().items as { type: string }[]).map((e) => e.type);
    expect(types[0]).toBe('signalReceived');
    expect(types).toContain('leadAssigned');

    const assessments = await swv.get('/v1/routekaart-assessments');
    expect(assessments.json().items).toHaveLength(2);
    const changes = await swv.get(`/v1/routekaart-assessments/${assessments.json().items[0].id}/changes`);
    expect(changes.json().items.length).toBeGreaterThan(0);

    // The school of the demo pupil sees it too; another region does not.
    const school = client(server, await tokenFor(server, 'school', '12AB00'));
    expect((await school.get(`/v1/cases/${demo.id}`)).statusCode).toBe(200);
    const otherSwv = client(server, await tokenFor(server, 'swv', 'VO2701'));
    expect((await otherSwv.get(`/v1/cases/${demo.id}`)).statusCode).toBe(404);
  });
});
