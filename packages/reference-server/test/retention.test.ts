// Retention: closed cases past the retention period lose what identifies the pupil and all free
// text; counts stay; open and recent cases are untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { anonymiseExpiredCases } from '../src/retention/anonymise.js';
import { caseBody, client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';

describe.each(engines)('retention on $name', (engine) => {
  let server: App;
  let school: ReturnType<typeof client>;

  beforeAll(async () => {
    server = await engine.start();
    await seedSchools(server.db);
    await server.db.query(
      `INSERT INTO definition_profiles (swv_code, name, retention_months) VALUES ('VO2801', 'Test', 12) ON CONFLICT (swv_code) DO UPDATE SET retention_months = 12`,
    );
    school = client(server, await tokenFor(server, 'school', '12AB00'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('anonymises closed cases older than retentionMonths and keeps their counts', async () => {
    const voice = { pupil: { wishes: 'Naar een andere school', heardOn: '2024-02-01', notHeardReason: null }, parents: { wishes: 'Rust', heardOn: null, notHeardReason: null } };
    const old = await school.createCase(caseBody({ pupilRef: 'OLD-CASE-1', voice, absence: { enrolled: true, firstDayOfAbsence: '2024-01-08', authorised: false, exemption: null, duoReportNumber: 'DUO-123' } }));
    await school.post(`/v1/cases/${old.id}/events`, { type: 'actionAgreed', occurredOn: '2024-02-01', summary: 'Gesprek met moeder over angst', data: { description: 'Huisbezoek', owner: 'J. Jansen', dueOn: '2024-02-15' } }, { 'idempotency-key': 'ret-event-0001' });
    await school.post(`/v1/cases/${old.id}/closure`, { closedOn: '2024-03-01', reason: 'terugNaarSchool', note: 'Met hulp van oma' }, { 'if-match': '"1"' });
    const recent = await school.createCase(caseBody({ pupilRef: 'RECENT-CLOSED' }));
    await school.post(`/v1/cases/${recent.id}/closure`, { closedOn: '2026-10-01', reason: 'verhuisd' }, { 'if-match': '"1"' });
    const open = await school.createCase(caseBody({ pupilRef: 'STILL-OPEN', absence: { enrolled: true, firstDayOfAbsence: '2023-01-09', authorised: false } }));
    const countBefore = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');

    const result = await anonymiseExpiredCases(server.db, '2026-11-22');
    expect(result.caseIds).toEqual([old.id]);

    const [row] = await server.db.query<{ pupil_ref: string | null; anonymised_at: unknown; data: Record<string, unknown>; primary_reason: string; closure_reason: string; school_key: string }>(
      'SELECT pupil_ref, anonymised_at, data, primary_reason, closure_reason, school_key FROM cases WHERE id = $1',
      [old.id],
    );
    expect(row!.pupil_ref).toBeNull();
    expect(row!.anonymised_at).not.toBeNull();
    const text = JSON.stringify(row!.data);
    for (const secret of ['OLD-CASE-1', '2012-04', 'Vertrouwelijke notitie', 'Naar een andere school', 'Met hulp van oma', 'DUO-123']) expect(text).not.toContain(secret);
    expect(row!.data).toMatchObject({ reasons: { primary: 'psychisch' }, closure: { closedOn: '2024-03-01', reason: 'terugNaarSchool', note: null } });
    expect(row!.data.derivedAtAnonymisation).toMatchObject({ normStatus: expect.any(String) });
    expect(row).toMatchObject({ primary_reason: 'psychisch', closure_reason: 'terugNaarSchool', school_key: '12AB00' });

    const events = await server.db.query<{ summary: string; data: Record<string, unknown>; type: string }>('SELECT type, summary, data FROM case_events WHERE case_id = $1', [old.id]);
    const eventText = JSON.stringify(events);
    for (const secret of ['angst', 'Huisbezoek', 'J. Jansen']) expect(eventText).not.toContain(secret);
    expect(events.map((e) => e.type).sort()).toEqual(['actionAgreed', 'caseClosed', 'caseReported']); // caseReported: recorded at creation (issue 15)

    const countAfter = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    expect(countAfter).toEqual(countBefore);
    expectProblem(await school.get(`/v1/cases/${old.id}`), 404);
    expect((await school.get(`/v1/cases/${recent.id}`)).json().pupilRef).toBe('RECENT-CLOSED');
    expect((await school.get(`/v1/cases/${open.id}`)).json().pupilRef).toBe('STILL-OPEN');

    // Running it again changes nothing.
    expect((await anonymiseExpiredCases(server.db, '2026-11-22')).anonymised).toBe(0);
    // With a shorter period from the command line the recent closure goes too.
    expect((await anonymiseExpiredCases(server.db, '2026-11-22', 1)).caseIds).toEqual([recent.id]);
  });
});
