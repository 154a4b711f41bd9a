// Routekaart assessments through the HTTP API: create (fresh and copied), idempotent replay,
// If-Match (428/412), change history, and who may read and write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { client, engines, expectProblem, seedSchools, tokenFor } from './helpers.js';

const SWV_ORG = 'VO2801';

describe.each(engines)('routekaart on $name', (engine) => {
  let server: App;
  let swv: ReturnType<typeof client>;
  let otherSwv: ReturnType<typeof client>;
  let school: ReturnType<typeof client>;
  let leerplicht: ReturnType<typeof client>;

  beforeAll(async () => {
    server = await engine.start();
    await seedSchools(server.db);
    await server.db.query(`INSERT INTO definition_profiles (swv_code, name) VALUES ('VO2801', 'Samenwerkingsverband Test')`);
    await server.db.query(`INSERT INTO municipalities (code, name) VALUES ('GM0599', 'Teststad')`);
    swv = client(server, await tokenFor(server, 'swv', 'VO2801', 'Consulent SWV'));
    otherSwv = client(server, await tokenFor(server, 'swv', 'VO2701'));
    school = client(server, await tokenFor(server, 'school', '12AB00'));
    leerplicht = client(server, await tokenFor(server, 'leerplicht', 'GM0599', 'Leerplichtambtenaar'));
  });
  afterAll(async () => {
    await server?.close();
  });

  async function createAssessment(body: Record<string, unknown>, key: string) {
    const response = await swv.post('/v1/routekaart-assessments', body, { 'idempotency-key': key });
    expect(response.statusCode).toBe(201);
    return response;
  }

  it('creates an assessment with ten fresh points, the known name, ETag and Location', async () => {
    const response = await createAssessment({ organisation: SWV_ORG, assessedOn: '2026-01-15' }, 'rk-create-0001');
    const body = response.json();
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/v1/routekaart-assessments/${body.id}`);
    expect(body.organisation).toEqual({ code: 'VO2801', name: 'Samenwerkingsverband Test', type: 'swv' });
    expect(body.points).toHaveLength(10);
    expect(body.points.map((p: { number: number }) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(body.points.every((p: { status: string }) => p.status === 'notStarted')).toBe(true);
    expect(body.points[6].subItems.map((s: { key: string }) => s.key)).toEqual(['initiative', 'placement', 'conditions', 'educationAndCare']);
    expect(body.points[0].subItems).toBeUndefined();
    expect(body.copiedFrom).toBeNull();
  });

  it('replays the same Idempotency-Key and refuses it with another body', async () => {
    const first = await createAssessment({ organisation: SWV_ORG, assessedOn: '2026-02-01' }, 'rk-create-0002');
    const again = await swv.post('/v1/routekaart-assessments', { organisation: SWV_ORG, assessedOn: '2026-02-01' }, { 'idempotency-key': 'rk-create-0002' });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    const other = await swv.post('/v1/routekaart-assessments', { organisation: SWV_ORG, assessedOn: '2026-02-02' }, { 'idempotency-key': 'rk-create-0002' });
    expectProblem(other, 409);
  });

  it('updates a point with If-Match, records each changed field, and refuses missing or stale ETags', async () => {
    const created = (await createAssessment({ organisation: SWV_ORG, assessedOn: '2026-03-01' }, 'rk-create-0003')).json();
    const url = `/v1/routekaart-assessments/${created.id}/points/1`;
    const update = { status: 'inProgress', owner: 'Beleidsmedewerker', note: 'Tellen per kwartaal', evidence: [{ title: 'Dashboard', url: 'https://example.org/dashboard' }] };

    expectProblem(await swv.put(url, update), 428);

    const ok = await swv.put(url, update, { 'if-match': '"1"' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const point = ok.json().points[0];
    expect(point).toMatchObject({ number: 1, status: 'inProgress', owner: 'Beleidsmedewerker', note: 'Tellen per kwartaal', updatedBy: 'Consulent SWV' });
    expect(typeof point.updatedAt).toBe('string');

    const stale = expectProblem(await swv.put(url, { ...update, status: 'inPlace' }, { 'if-match': '"1"' }), 412) as unknown as { current: { version: number; points: { status: string }[] } };
    expect(stale.current.version).toBe(2);
    expect(stale.current.points[0].status).toBe('inProgress');

    const read = await swv.get(`/v1/routekaart-assessments/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"2"');

    // Point 7 sub-items: only the given key changes.
    const seven = await swv.put(
      `/v1/routekaart-assessments/${created.id}/points/7`,
      { status: 'inProgress', owner: null, note: null, evidence: [], subItems: [{ key: 'placement', status: 'inPlace' }] },
      { 'if-match': '"2"' },
    );
    expect(seven.statusCode).toBe(200);
    expect(seven.json().points[6].subItems).toEqual([
      { key: 'initiative', status: 'notStarted' },
      { key: 'placement', status: 'inPlace' },
      { key: 'conditions', status: 'notStarted' },
      { key: 'educationAndCare', status: 'notStarted' },
    ]);
    // Sub-items on another point are refused.
    expectProblem(await swv.put(url, { ...update, subItems: [] }, { 'if-match': '"3"' }), 400);

    const changes = await swv.get(`/v1/routekaart-assessments/${created.id}/changes`);
    expect(changes.statusCode).toBe(200);
    const items = changes.json().items as { pointNumber: number; field: string; from: unknown; to: unknown; actor: Record<string, unknown> }[];
    // Newest first: point 7's two fields, then point 1's four (within one update, last written first).
    expect(items.map((c) => `${c.pointNumber}:${c.field}`)).toEqual(['7:subItems', '7:status', '1:evidence', '1:note', '1:owner', '1:status']);
    const status = items.find((c) => c.pointNumber === 1 && c.field === 'status')!;
    expect(status).toMatchObject({ from: 'notStarted', to: 'inProgress' });
    expect(status.actor).toMatchObject({ role: 'swv', organisation: 'VO2801', name: 'Consulent SWV' });

    // An update that changes nothing writes no change and keeps the version.
    const same = await swv.put(url, update, { 'if-match': '"3"' });
    expect(same.headers.etag).toBe('"3"');
    expect((await swv.get(`/v1/routekaart-assessments/${created.id}/changes`)).json().items).toHaveLength(items.length);
  });

  it('copies an earlier assessment and lists the history newest first', async () => {
    const list = await swv.get('/v1/routekaart-assessments');
    expect(list.statusCode).toBe(200);
    const before = list.json().items as { id: string; assessedOn: string; points: { status: string }[] }[];
    const source = before.find((a) => a.assessedOn === '2026-03-01')!;
    const copy = (await createAssessment({ organisation: SWV_ORG, assessedOn: '2026-06-01', copyFrom: source.id }, 'rk-create-0004')).json();
    expect(copy.copiedFrom).toBe(source.id);
    expect(copy.points[0].status).toBe('inProgress');
    const after = (await swv.get('/v1/routekaart-assessments?organisation=VO2801')).json().items as { assessedOn: string }[];
    expect(after.map((a) => a.assessedOn)).toEqual(['2026-06-01', '2026-03-01', '2026-02-01', '2026-01-15']);

    const wrongSource = await swv.post('/v1/routekaart-assessments', { organisation: SWV_ORG, assessedOn: '2026-06-02', copyFrom: '00000000-0000-4000-8000-000000000000' }, { 'idempotency-key': 'rk-create-0005' });
    expectProblem(wrongSource, 400);
  });

  it('lets a school read its SWV assessments but never write', async () => {
    const list = await school.get('/v1/routekaart-assessments');
    expect(list.statusCode).toBe(200);
    const first = list.json().items[0];
    expect(first.organisation.code).toBe('VO2801');
    expect((await school.get(`/v1/routekaart-assessments/${first.id}`)).statusCode).toBe(200);
    const put = await school.put(`/v1/routekaart-assessments/${first.id}/points/2`, { status: 'inPlace', owner: null, note: null, evidence: [] }, { 'if-match': `"${first.version}"` });
    expectProblem(put, 403);
    const create = await school.post('/v1/routekaart-assessments', { organisation: SWV_ORG, assessedOn: '2026-06-03' }, { 'idempotency-key': 'rk-create-0006' });
    expectProblem(create, 403);
  });

  it('hides another region\'s assessments (404) and lets the gemeente keep its own', async () => {
    const ours = (await swv.get('/v1/routekaart-assessments')).json().items[0];
    expectProblem(await otherSwv.get(`/v1/routekaart-assessments/${ours.id}`), 404);
    expectProblem(await otherSwv.get(`/v1/routekaart-assessments/${ours.id}/changes`), 404);
    expect((await otherSwv.get('/v1/routekaart-assessments?organisation=VO2801')).json().items).toEqual([]);

    // Leerplicht writes for its municipality, not for the SWV.
    const forSwv = await leerplicht.post('/v1/routekaart-assessments', { organisation: SWV_ORG, assessedOn: '2026-06-04' }, { 'idempotency-key': 'rk-create-0007' });
    expectProblem(forSwv, 403);
    const own = await leerplicht.post(
      '/v1/routekaart-assessments',
      { organisation: 'GM0599', assessedOn: '2026-06-04' },
      { 'idempotency-key': 'rk-create-0008' },
    );
    expect(own.statusCode).toBe(201);
    expect(own.json().organisation).toEqual({ code: 'GM0599', name: 'Teststad', type: 'gemeente' });
    // It can read the SWV's (a school of VO2801 lies in GM0599) but not change them.
    expect((await leerplicht.get(`/v1/routekaart-assessments/${ours.id}`)).statusCode).toBe(200);
    const put = await leerplicht.put(`/v1/routekaart-assessments/${ours.id}/points/1`, { status: 'inPlace', owner: null, note: null, evidence: [] }, { 'if-match': `"${ours.version}"` });
    expectProblem(put, 403);
  });
});
