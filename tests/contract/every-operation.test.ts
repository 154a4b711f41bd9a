// The contract, the SDK and the reference server agree: every operationId of the spec is called
// once or more through the SDK against the running server (PGlite, demo seed), with the
// contract's own example payloads as request bodies, and every answer — errors included — is
// checked against the response schemas of the spec. A new operation in the spec that nothing
// calls here fails the last test.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, ConflictError, ThuiszittersError, type ThuiszittersClient } from '@thuiszitters/sdk';
import { startStack, type Stack } from '../e2e/harness.ts';
import { defaultSpecPath } from '../../packages/reference-server/src/config.ts';
import { listOperations, loadSpec } from '../../packages/reference-server/src/http/spec.ts';
import { compileResponseValidators } from '../../packages/reference-server/src/http/validation.ts';
import caseCreate from '../../openapi/examples/case-create.json';
import caseUpdate from '../../openapi/examples/case-update.json';
import caseClosure from '../../openapi/examples/case-closure.json';
import meetingHeld from '../../openapi/examples/case-event-create-meeting-held.json';
import offerMade from '../../openapi/examples/case-event-create-offer-made.json';
import pointUpdate from '../../openapi/examples/routekaart-point-update.json';
import subscriptionCreate from '../../openapi/examples/subscription-create.json';

const spec = loadSpec(defaultSpecPath);
const operations = listOperations(spec);
const validators = compileResponseValidators(spec, operations);
const routes = operations.map((operation) => ({
  operation,
  pattern: new RegExp(`^/v1${operation.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

interface Answer {
  operationId: string;
  status: number;
  problems: string[];
}
const answers: Answer[] = [];

/** fetch that checks every answer of a contract operation against the spec's response schema. */
const checkingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request);
  const path = new URL(request.url).pathname;
  const route = routes.find((r) => r.operation.method === request.method && r.pattern.test(path));
  if (!route) throw new Error(`${request.method} ${path} is not an operation of the contract`);
  const text = await response.clone().text();
  const body = text === '' ? undefined : JSON.parse(text);
  const problems = validators.get(route.operation.operationId)!(response.status, response.headers.get('content-type') ?? undefined, body);
  if (!response.headers.get('api-version')) problems.push('no API-Version header');
  answers.push({ operationId: route.operation.operationId, status: response.status, problems });
  return response;
};

let stack: Stack;
let school: ThuiszittersClient;
let swv: ThuiszittersClient;

const sdk = (role: 'school' | 'swv' | 'leerplicht', organisation: string) =>
  createClient({ baseUrl: stack.apiBaseUrl, getToken: () => stack.token(role, organisation), fetch: checkingFetch, retry: { limit: 0 } });

async function failure(call: Promise<unknown>): Promise<ThuiszittersError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ThuiszittersError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  stack = await startStack();
  school = sdk('school', '12AB00');
  swv = sdk('swv', 'VO2801');
});

afterAll(async () => {
  await stack?.close();
});

describe('every operation of the contract, through the SDK, against the reference server', () => {
  it('reference data', async () => {
    expect((await swv.reference.reasons()).items).toHaveLength(15);
    expect((await school.reference.schools()).items.length).toBeGreaterThan(0);
    expect((await swv.reference.definitionProfile()).swvCode).toBe('VO2801');
  });

  it('a case from report to closure and back, with its events and audit trail', async () => {
    const created = await school.cases.create({ ...caseCreate, pupilRef: 'LVS-CONTRACT-0001' } as never);
    expect(created.pupilRef).toBe('LVS-CONTRACT-0001');
    const read = await school.cases.get(created.id);
    expect(read.version).toBe(created.version);
    const listed = await swv.cases.list({ q: 'LVS-CONTRACT-0001' });
    expect(listed.items.map((c) => c.id)).toContain(created.id);

    const updated = await school.cases.update(created.id, caseUpdate as never, { ifMatch: created.version });
    expect(updated.version).toBe(created.version + 1);
    const stale = await failure(school.cases.update(created.id, caseUpdate as never, { ifMatch: created.version }));
    expect(stale).toBeInstanceOf(ConflictError);

    await swv.events.add(created.id, meetingHeld as never);
    await swv.events.add(created.id, offerMade as never);
    const events = await swv.events.list(created.id);
    expect(events.items.map((e) => e.type)).toEqual(expect.arrayContaining(['meetingHeld', 'offerMade']));

    const current = await swv.cases.get(created.id);
    const closed = await swv.cases.close(created.id, caseClosure as never, { ifMatch: current.version });
    expect(closed.status).toBe('closed');
    const reopened = await swv.cases.reopen(created.id, { ifMatch: closed.version });
    expect(reopened.status).toBe('open');

    const audit = await swv.audit.list({ caseId: created.id });
    expect(audit.items.length).toBeGreaterThan(0);
  });

  it('errors are problem+json as the contract describes them', async () => {
    expect((await failure(swv.cases.get('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
    const invalid = await failure(school.cases.create({ ...caseCreate, pupilRef: '123456782' } as never));
    expect(invalid.status).toBe(400);
  });

  it('statistics for a period against an earlier one', async () => {
    const period = { from: '2025-08-01', to: '2026-07-31', compareFrom: '2024-08-01', compareTo: '2025-07-31' };
    expect((await swv.statistics.headline(period)).figures).toBeDefined();
    expect((await swv.statistics.reasons({ ...period, reasonScope: 'primary' })).items.length).toBeGreaterThan(0);
    // Disclosure control: an SWV gets the main reason per whole school year only.
    await expect(swv.statistics.reasons({ ...period, reasonScope: 'all' })).rejects.toMatchObject({ status: 400 });
    expect((await swv.statistics.schools(period)).items.length).toBeGreaterThan(0);
  });

  it('a Routekaart assessment: list, read, update a point, change history, a new round', async () => {
    const list = await swv.routekaart.list({ organisation: 'VO2801' });
    const latest = list.items[0]!;
    const assessment = await swv.routekaart.get(latest.id);
    const saved = await swv.routekaart.updatePoint(assessment.id, 6, pointUpdate as never, { ifMatch: assessment.version });
    expect(saved.points.find((p) => p.number === 6)?.status).toBe('inProgress');
    const changes = await swv.routekaart.changes(assessment.id);
    expect(changes.items.some((c) => c.pointNumber === 6)).toBe(true);
    const next = await swv.routekaart.create({ organisation: 'VO2801', assessedOn: '2026-11-23', copyFrom: assessment.id });
    expect(next.points).toHaveLength(10);
  });

  it('a webhook subscription: create (secret once), list, its delivery log, end it', async () => {
    // To this machine (a port nobody listens on), and only for new cases: nothing leaves the machine.
    const created = await swv.subscriptions.create({ ...subscriptionCreate, url: 'http://127.0.0.1:9/hooks', events: ['nl.thuiszitters.case.created'] } as never);
    expect(created.secret).toMatch(/^whsec_/);
    expect((await swv.subscriptions.list()).items.map((s) => s.id)).toContain(created.id);
    expect((await swv.subscriptions.deliveries(created.id)).items).toEqual([]);
    await swv.subscriptions.delete(created.id);
    expect((await failure(swv.subscriptions.deliveries(created.id))).status).toBe(404);
  });

  it('a spreadsheet import: the template in a dry run, through the SDK', async () => {
    const csv = readFileSync(new URL('../../openapi/imports/cases-template.csv', import.meta.url), 'utf8');
    const report = await swv.imports.cases(csv, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, rows: 1, problems: [] });
  });

  it("the reports: the SWV's Inspectie overview and the municipality's leerplicht count", async () => {
    const overview = await swv.reports.inspectieThuiszitters();
    expect(overview.swvCode).toBe('VO2801');
    expect(overview.counts.total).toBe(overview.pupils.length);
    const leerplicht = sdk('leerplicht', 'GM0599');
    const count = await leerplicht.reports.leerplichtCount();
    expect(count.municipalityCode).toBe('GM0599');
    expect((await failure(school.reports.leerplichtCount())).status).toBe(403);
  });

  it('the response check itself refuses an answer that does not fit the contract', () => {
    expect(validators.get('getCase')!(200, 'application/json', { id: 'not-a-case' }).length).toBeGreaterThan(0);
    expect(validators.get('getCase')!(404, 'application/json', {}).length).toBeGreaterThan(0);
  });

  it('covered every operationId with a successful answer, and every answer matched the contract', () => {
    const succeeded = new Set(answers.filter((a) => a.status < 400).map((a) => a.operationId));
    expect(operations.map((o) => o.operationId).filter((id) => !succeeded.has(id))).toEqual([]);
    expect(answers.filter((a) => a.problems.length > 0)).toEqual([]);
    expect(answers.some((a) => a.status === 412) && answers.some((a) => a.status === 404) && answers.some((a) => a.status === 400)).toBe(true);
  });
});
