// Audit trail (issue 13, finding 4): list reads record which cases they returned and in which
// region, leerplicht's reads show up in each SWV whose cases they touched, and refused attempts
// (404 for another tenant's case, 403) are logged as well.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { caseBody, client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';

type Entry = { action: string; outcome: string; purpose: string | null; caseId: string | null; caseIds: string[]; actor: { role: string; organisation: string; subject: string }; detail: string | null };

describe.each(engines)('audit trail on $name', (engine) => {
  let server: App;
  let school: ReturnType<typeof client>; // 12AB00, VO2801, GM0599
  let poSchool: ReturnType<typeof client>; // 56EF00, PO2801, GM0599
  let otherSchool: ReturnType<typeof client>; // 45DE00, VO2701
  let swv: ReturnType<typeof client>;
  let poSwv: ReturnType<typeof client>;
  let leerplicht: ReturnType<typeof client>; // GM0599: spans VO2801 and PO2801

  beforeAll(async () => {
    server = await engine.start();
    await seedSchools(server.db);
    school = client(server, await tokenFor(server, 'school', '12AB00'));
    poSchool = client(server, await tokenFor(server, 'school', '56EF00'));
    otherSchool = client(server, await tokenFor(server, 'school', '45DE00'));
    swv = client(server, await tokenFor(server, 'swv', 'VO2801'));
    poSwv = client(server, await tokenFor(server, 'swv', 'PO2801'));
    leerplicht = client(server, await tokenFor(server, 'leerplicht', 'GM0599'));
  });
  afterAll(async () => {
    await server?.close();
  });

  const log = async (reader: ReturnType<typeof client>, query = '') =>
    (await reader.get(`/v1/audit-events?limit=100${query}`)).json().items as Entry[];

  it('a leerplicht list read is recorded per region, with the ids of the cases it returned', async () => {
    const vo = await school.createCase();
    const po = await poSchool.createCase(caseBody({ schoolType: 'po' }, '56EF00', 'GM0599'));
    const listed = (await leerplicht.get('/v1/cases?limit=100')).json().items as { id: string; swvCode: string }[];
    const voIds = listed.filter((c) => c.swvCode === 'VO2801').map((c) => c.id).sort();
    const poIds = listed.filter((c) => c.swvCode === 'PO2801').map((c) => c.id).sort();
    expect(voIds).toContain(vo.id);
    expect(poIds).toContain(po.id);

    const inVo = (await log(swv)).filter((e) => e.actor.role === 'leerplicht' && e.action === 'list');
    expect(inVo).toHaveLength(1);
    expect([...inVo[0]!.caseIds].sort()).toEqual(voIds);
    expect(inVo[0]).toMatchObject({ outcome: 'allowed', purpose: 'leerplichttoezicht', caseId: null });
    const inPo = (await log(poSwv)).filter((e) => e.actor.role === 'leerplicht' && e.action === 'list');
    expect(inPo).toHaveLength(1);
    expect([...inPo[0]!.caseIds].sort()).toEqual(poIds);

    // A case's trail includes every list read that showed it.
    const trail = await log(swv, `&caseId=${vo.id}`);
    expect(trail.map((e) => `${e.actor.role}:${e.action}`)).toContain('leerplicht:list');
    expect(trail.some((e) => e.caseIds.includes(po.id))).toBe(false);
  });

  it('a school list read records exactly the cases on the page', async () => {
    await school.createCase();
    await school.createCase();
    const page = (await school.get('/v1/cases?limit=2')).json().items as { id: string }[];
    const entry = (await log(swv)).find((e) => e.actor.role === 'school' && e.action === 'list');
    expect([...entry!.caseIds].sort()).toEqual(page.map((c) => c.id).sort());
    expect(entry!.detail).toContain('limit=2');
  });

  it('a refused cross-tenant read (404) is logged in the region of the case it tried', async () => {
    const created = await school.createCase();
    expectProblem(await otherSchool.get(`/v1/cases/${created.id}`), 404);
    expectProblem(await otherSchool.patch(`/v1/cases/${created.id}`, { notes: 'x' }, { 'if-match': '"1"' }), 404);
    const refused = await log(swv, `&caseId=${created.id}&outcome=refused`);
    expect(refused.map((e) => `${e.actor.organisation}:${e.action}`).sort()).toEqual(['45DE00:read', '45DE00:update']);
    expect(refused.every((e) => e.outcome === 'refused' && e.detail?.startsWith('404'))).toBe(true);
    // Nothing was read: no allowed entry of 45DE00 for this case.
    const all = await log(swv, `&caseId=${created.id}`);
    expect(all.filter((e) => e.actor.organisation === '45DE00' && e.outcome === 'allowed')).toEqual([]);
  });

  it('a refused write (403) is logged with the case', async () => {
    const created = await school.createCase();
    expectProblem(await leerplicht.patch(`/v1/cases/${created.id}`, { school: { brin: '56EF', vestiging: '00' } }, { 'if-match': '"1"' }), 403);
    const refused = await log(swv, `&caseId=${created.id}&outcome=refused`);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ action: 'update', actor: { role: 'leerplicht' }, caseId: created.id });
    // The other region never learns about the attempt on a case that is not theirs.
    expect(await log(poSwv, `&caseId=${created.id}`)).toEqual([]);
  });
});
