// The reports of issue 20 (item 3), end to end against the server started here: the Inspectie's
// thuiszitter overview of an SWV and the municipality's leerplicht count, on a reference date,
// over a region with one case of every kind; role rules (who may fetch which); no reasons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { caseBody, client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';

const absence = (overrides: Record<string, unknown>) => ({ enrolled: true, firstDayOfAbsence: '2026-09-01', authorised: false, exemption: null, duoReportNumber: null, ...overrides });

describe.each(engines)('reports on $name', (engine) => {
  let server: App;
  const ids: Record<string, string> = {};
  let swv: ReturnType<typeof client>;
  let leerplicht: ReturnType<typeof client>;

  beforeAll(async () => {
    server = await engine.start({ now: () => new Date('2026-11-02T10:00:00Z') });
    await seedSchools(server.db);
    const as = async (school: string) => client(server, await tokenFor(server, 'school', school));
    const create = async (name: string, school: string, municipality: string, body: Record<string, unknown>) => {
      const response = await (await as(school)).post('/v1/cases', caseBody({ pupilRef: `RPT-${name}`, ...body }, school, municipality), { 'idempotency-key': `report-case-${name}` });
      expect(response.statusCode, response.body).toBe(201);
      ids[name] = response.json().id;
      return response.json();
    };
    await create('A-absoluut', '12AB00', 'GM0599', { absence: absence({ enrolled: false }) });
    await create('B-langdurig', '12AB01', 'GM0606', { absence: absence({}) });
    await create('C-relatief', '12AB00', 'GM0599', { absence: absence({ firstDayOfAbsence: '2026-10-27' }) });
    await create('D-vrijstelling', '12AB00', 'GM0599', { absence: absence({ enrolled: false, exemption: { ground: 'vrijstelling5a', from: '2026-09-01', to: '2027-07-31' } }) });
    await create('E-geoorloofd', '12AB00', 'GM0599', { absence: absence({ authorised: true }) });
    await create('F-other-swv', '45DE00', 'GM0363', { absence: absence({}) });
    await create('G-other-swv-same-municipality', '56EF00', 'GM0599', { absence: absence({ enrolled: false }), schoolType: 'po' });
    const closed = await create('H-closed', '12AB00', 'GM0599', { absence: absence({ firstDayOfAbsence: '2026-08-24' }) });
    const school = await as('12AB00');
    const closure = await school.post(`/v1/cases/${closed.id}/closure`, { closedOn: '2026-10-15', reason: 'terugNaarSchool' }, { 'if-match': `"${closed.version}"` });
    expect(closure.statusCode, closure.body).toBe(200);
    swv = client(server, await tokenFor(server, 'swv', 'VO2801'));
    leerplicht = client(server, await tokenFor(server, 'leerplicht', 'GM0599'));
  });
  afterAll(() => server?.close());

  it("the Inspectie overview lists the SWV's pupils at home by group, with pupilRef and no reasons", async () => {
    const response = await swv.get('/v1/reports/inspectie-thuiszitters');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ swvCode: 'VO2801', referenceDate: '2026-11-02', schoolYear: '2026/27', counts: { absoluutVerzuim: 1, langdurigRelatiefVerzuim: 1, vrijstelling: 1, total: 3 } });
    expect(report.pupils.map((p: { group: string; pupilRef: string }) => `${p.group} ${p.pupilRef}`)).toEqual([
      'absoluutVerzuim RPT-A-absoluut',
      'langdurigRelatiefVerzuim RPT-B-langdurig',
      'vrijstelling RPT-D-vrijstelling',
    ]);
    expect(report.pupils[2]).toMatchObject({ exemptionGround: 'vrijstelling5a', school: '12AB00', caseId: ids['D-vrijstelling'] });
    expect(response.body).not.toMatch(/psychisch|pesten|Vertrouwelijke/);
  });

  it('describes the reference date asked for (a case closed later was still at home then)', async () => {
    const report = (await swv.get('/v1/reports/inspectie-thuiszitters?referenceDate=2026-10-01')).json();
    expect(report.pupils.map((p: { pupilRef: string }) => p.pupilRef)).toContain('RPT-H-closed');
    expect(report.pupils.map((p: { pupilRef: string }) => p.pupilRef)).not.toContain('RPT-C-relatief');
    expect(report.schoolYear).toBe('2026/27');
    expectProblem(await swv.get('/v1/reports/inspectie-thuiszitters?referenceDate=2026-12-01'), 400);
    expectProblem(await swv.get('/v1/reports/inspectie-thuiszitters?referenceDate=1-10-2026'), 400);
  });

  it("the leerplicht count counts the municipality's pupils on the reference date, exemptions by article", async () => {
    const response = await leerplicht.get('/v1/reports/leerplicht-count');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      municipalityCode: 'GM0599',
      referenceDate: '2026-11-02',
      schoolYear: '2026/27',
      absoluutVerzuim: 2, // A, and G of another SWV living in GM0599
      relatiefVerzuim: 1, // C; E is authorised, H was closed
      langdurigRelatiefVerzuim: 0,
      vrijstellingen: { vrijstelling5a: 1, vrijstelling5b: 0, vrijstelling5c: 0, vrijstelling15: 0, vervangendeLeerplicht3a: 0, vervangendeLeerplicht3b: 0 },
    });
    const earlier = (await leerplicht.get('/v1/reports/leerplicht-count?referenceDate=2026-10-01')).json();
    expect([earlier.relatiefVerzuim, earlier.langdurigRelatiefVerzuim]).toEqual([1, 1]); // H, at home since 24 August
  });

  it('only the SWV fetches the Inspectie overview and only Leerplicht the count', async () => {
    const school = client(server, await tokenFor(server, 'school', '12AB00'));
    expectProblem(await school.get('/v1/reports/inspectie-thuiszitters'), 403);
    expectProblem(await leerplicht.get('/v1/reports/inspectie-thuiszitters'), 403);
    expectProblem(await school.get('/v1/reports/leerplicht-count'), 403);
    expectProblem(await swv.get('/v1/reports/leerplicht-count'), 403);
    expectProblem(await client(server, null).get('/v1/reports/leerplicht-count'), 401);
  });

  it('audits the overview as a list of the cases it names', async () => {
    await swv.get('/v1/reports/inspectie-thuiszitters?referenceDate=2026-10-30');
    const audit = (await swv.get('/v1/audit-events?limit=20')).json();
    const entry = audit.items.find((item: { detail?: string }) => item.detail === 'Inspectie thuiszitter report on 2026-10-30');
    expect(entry).toBeDefined();
  });
});
