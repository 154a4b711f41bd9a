// Write tenancy: per role and per field, what a PATCH may change (auth/field-permissions.ts),
// and that no write moves a case out of the writer's tenancy or hands data the writer may not
// read to another school or SWV (issue 13, finding 3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { CASE_FIELDS, FIELD_PERMISSIONS, type CaseField } from '../src/auth/field-permissions.js';
import type { Role } from '../src/auth/claims.js';
import { caseBody, client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';

/** A valid new value per field, different from caseBody()'s, staying inside 12AB00's region (VO2801). */
const NEW_VALUE: Record<CaseField, unknown> = {
  pupilRef: 'LVS-nieuw-0001',
  birthYearMonth: '2011-03',
  school: { brin: '12AB', vestiging: '01' }, // same region, other school and municipality
  schoolType: 'vso',
  municipalityCode: 'GM0606',
  absence: { enrolled: false, firstDayOfAbsence: '2026-09-02', authorised: false, exemption: null, duoReportNumber: null },
  reasons: { primary: 'pesten', secondary: [] },
  lead: { organisation: 'SWV Test', role: 'swv', name: 'Consulent', since: '2026-09-15' },
  voice: { pupil: { wishes: 'Andere school', heardOn: '2026-09-10', notHeardReason: null }, parents: { wishes: null, heardOn: null, notHeardReason: null } },
  offer: { type: 'maatwerkDeeltijd', startDate: '2026-10-01', hoursPerWeek: 8 },
  notes: 'Nieuwe notitie',
};

const ORGANISATION: Record<Role, string> = { school: '12AB00', swv: 'VO2801', leerplicht: 'GM0599' };

describe.each(engines)('write tenancy on $name', (engine) => {
  let server: App;
  let school: ReturnType<typeof client>;
  const as: Partial<Record<Role, ReturnType<typeof client>>> = {};

  beforeAll(async () => {
    server = await engine.start();
    await seedSchools(server.db);
    school = client(server, await tokenFor(server, 'school', '12AB00'));
    for (const role of ['school', 'swv', 'leerplicht'] as const) as[role] = client(server, await tokenFor(server, role, ORGANISATION[role]));
  });
  afterAll(async () => {
    await server?.close();
  });

  describe.each(['school', 'swv', 'leerplicht'] as const)('role %s', (role) => {
    it.each(CASE_FIELDS.map((field) => [field]))('field %s: changed exactly when the table allows it', async (field) => {
      const created = await school.createCase();
      const allowed = FIELD_PERMISSIONS[role][field] === 'change';
      const response = await as[role]!.patch(`/v1/cases/${created.id}`, { [field]: NEW_VALUE[field] }, { 'if-match': `"${created.version}"` });
      const stored = await server.db.query<{ version: number }>('SELECT version FROM cases WHERE id = $1', [created.id]);
      if (allowed) {
        expect(response.statusCode).toBe(200);
        expect(stored[0]!.version).toBe(2);
      } else {
        const problem = expectProblem(response, 403);
        expect(problem.invalidParams?.map((p) => p.name)).toEqual([field]);
        expect(stored[0]!.version).toBe(1);
      }
    });
  });

  it('a patch repeating a readable field with its stored value is no change and is allowed', async () => {
    const created = await school.createCase();
    const response = await as.leerplicht!.patch(
      `/v1/cases/${created.id}`,
      { school: { vestiging: '00', brin: '12AB' }, municipalityCode: 'GM0599', lead: NEW_VALUE.lead },
      { 'if-match': '"1"' },
    );
    expect(response.statusCode).toBe(200);
  });

  it('a field leerplicht cannot read is refused even with its stored value (no 200/403 oracle on notes)', async () => {
    const created = await school.createCase();
    const stored = caseBody().notes;
    expectProblem(await as.leerplicht!.patch(`/v1/cases/${created.id}`, { notes: stored }, { 'if-match': '"1"' }), 403);
    expectProblem(await as.leerplicht!.patch(`/v1/cases/${created.id}`, { notes: 'anders' }, { 'if-match': '"1"' }), 403);
  });

  it('finding 3: leerplicht cannot move a case to a school of another region; that region never reads it', async () => {
    const created = await school.createCase();
    const moved = await as.leerplicht!.patch(`/v1/cases/${created.id}`, { school: { brin: '56EF', vestiging: '00' } }, { 'if-match': '"1"' });
    expectProblem(moved, 403);
    const otherSchool = client(server, await tokenFor(server, 'school', '56EF00'));
    const otherSwv = client(server, await tokenFor(server, 'swv', 'PO2801'));
    expectProblem(await otherSchool.get(`/v1/cases/${created.id}`), 404);
    expectProblem(await otherSwv.get(`/v1/cases/${created.id}`), 404);
    expect((await school.get(`/v1/cases/${created.id}`)).statusCode).toBe(200);
  });

  it('an SWV moves a case within its region only; a school never moves its case', async () => {
    const created = await school.createCase();
    expectProblem(await as.swv!.patch(`/v1/cases/${created.id}`, { school: { brin: '45DE', vestiging: '00' } }, { 'if-match': '"1"' }), 403);
    expectProblem(await as.school!.patch(`/v1/cases/${created.id}`, { school: { brin: '12AB', vestiging: '01' } }, { 'if-match': '"1"' }), 403);
    expect((await as.swv!.patch(`/v1/cases/${created.id}`, { school: { brin: '12AB', vestiging: '01' } }, { 'if-match': '"1"' })).statusCode).toBe(200);
  });

  it('leerplicht cannot move a case out of its municipality', async () => {
    const created = await school.createCase();
    expectProblem(await as.leerplicht!.patch(`/v1/cases/${created.id}`, { municipalityCode: 'GM0363' }, { 'if-match': '"1"' }), 403);
    const row = await server.db.query<{ municipality_code: string }>('SELECT municipality_code FROM cases WHERE id = $1', [created.id]);
    expect(row[0]!.municipality_code).toBe('GM0599');
  });
});
