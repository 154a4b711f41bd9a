// Issue 14, items 4 and 6 at the API: impossible and extreme dates are refused with a field error
// (problem+json, never a 500), and a reopened case keeps its earlier closure in its history.
import { addDays, todayInAmsterdam } from '@thuiszitters/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { caseBody, client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';

const engine = engines[0]!;

describe(`the law at the API on ${engine.name}`, () => {
  let server: App;
  let school: ReturnType<typeof client>;
  let n = 0;
  const create = (overrides: Record<string, unknown>) => school.post('/v1/cases', caseBody(overrides), { 'idempotency-key': `law-test-${String(++n).padStart(4, '0')}` });
  const fieldErrors = (response: { json: () => { invalidParams?: { name: string }[] } }) => (response.json().invalidParams ?? []).map((p) => p.name);
  const absence = (extra: Record<string, unknown>) => ({ enrolled: true, firstDayOfAbsence: '2026-09-01', authorised: false, exemption: null, ...extra });

  beforeAll(async () => {
    server = await engine.start();
    await seedSchools(server.db);
    school = client(server, await tokenFor(server, 'school', '12AB00'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses extreme dates with a 400 field error, never a 500', async () => {
    for (const date of ['9999-12-31', '0001-01-01']) {
      const response = await create({ absence: absence({ firstDayOfAbsence: date }) });
      expectProblem(response, 400);
      expect(fieldErrors(response)).toContain('absence.firstDayOfAbsence');
    }
    const exemption = await create({ absence: absence({ exemption: { ground: 'vrijstelling5a', from: '9999-01-01', to: '9999-12-31' } }) });
    expectProblem(exemption, 400);
  });

  it('refuses impossible facts with a field error each', async () => {
    const tomorrow = addDays(todayInAmsterdam(), 1);
    expect(fieldErrors(await create({ absence: absence({ firstDayOfAbsence: tomorrow }) }))).toContain('absence.firstDayOfAbsence');
    expect(fieldErrors(await create({ birthYearMonth: '2012-04', absence: absence({ firstDayOfAbsence: '2011-01-01' }) }))).toContain('absence.firstDayOfAbsence');
    const backwards = await create({ absence: absence({ exemption: { ground: 'vrijstelling5a', from: '2026-09-10', to: '2026-09-01' } }) });
    expectProblem(backwards, 400);
    expect(fieldErrors(backwards)).toContain('absence.exemption.to');
    // Art. 15 exempts from kwalificatieplicht: not for a 12-year-old.
    const young = await create({ birthYearMonth: '2014-03', absence: absence({ exemption: { ground: 'vrijstelling15', from: '2026-09-01', to: '2027-07-31' } }) });
    expectProblem(young, 400);
    expect(fieldErrors(young)).toContain('absence.exemption.ground');

    const created = (await create({})).json();
    const future = await school.post(`/v1/cases/${created.id}/closure`, { closedOn: tomorrow, reason: 'terugNaarSchool' }, { 'if-match': '"1"' });
    expectProblem(future, 400);
    expect(fieldErrors(future)).toContain('closedOn');
  });

  it('counts school weeks against the holiday region of the school, else of its SWV', async () => {
    const swv = client(server, await tokenFor(server, 'swv', 'VO2801'));
    await server.db.query(`UPDATE schools SET holiday_region = 'zuid' WHERE school_key = '12AB01'`);
    // Absent since 24 August 2026: zuid's school year has begun, midden's holiday lasts until 30 August.
    const body = (school: string, municipality: string) =>
      caseBody({ absence: absence({ firstDayOfAbsence: '2026-08-24' }) }, school, municipality);
    const midden = (await swv.post('/v1/cases', body('12AB00', 'GM0599'), { 'idempotency-key': 'law-region-midden' })).json();
    const zuid = (await swv.post('/v1/cases', body('12AB01', 'GM0606'), { 'idempotency-key': 'law-region-zuid' })).json();
    expect(zuid.derived.lrvThresholdDate).toBe('2026-09-21'); // 24 August + 28 days
    expect(midden.derived.lrvThresholdDate).toBe('2026-09-28'); // 31 August + 28 days
    expect(zuid.derived.daysAbsent - midden.derived.daysAbsent).toBe(7);
    const schools = (await swv.get('/v1/schools')).json().items as { brin: string; vestiging: string; holidayRegion: string | null }[];
    expect(schools.find((s) => s.brin + s.vestiging === '12AB01')?.holidayRegion).toBe('zuid');
  });

  it('a reopened case is a new episode; the earlier closure with a suitable place stays in its history', async () => {
    const created = (await create({})).json();
    const closed = (await school.post(`/v1/cases/${created.id}/closure`, { closedOn: '2026-10-15', reason: 'terugNaarSchool' }, { 'if-match': '"1"' })).json();
    const reopened = await school.delete(`/v1/cases/${created.id}/closure`, { 'if-match': `"${closed.version}"` });
    expect(reopened.statusCode).toBe(200);
    const body = reopened.json();
    expect(body.episodes).toHaveLength(1);
    expect(body.episodes[0].closure).toMatchObject({ closedOn: '2026-10-15', reason: 'terugNaarSchool' });
    // The new episode's clock starts on the day of reopening: the weeks back at school are not absence.
    expect(body.absence.firstDayOfAbsence).toBe(todayInAmsterdam());
    expect(body.derived.daysAbsent).toBeLessThanOrEqual(1);
    expect(body.derived.normStatus).not.toBe('exceeded');
  });
});
