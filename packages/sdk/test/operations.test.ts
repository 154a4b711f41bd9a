// Every operation of the contract has an SDK method, and that method sends the spec's HTTP
// method to the spec's path with the headers the spec requires.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type CaseCreate, type CaseUpdate, type Client, type OperationId } from '../src/index.js';
import { startServer, type TestServer } from './support/server.js';
import { specOperations } from './support/spec.js';

const CASE_ID = '8d1c3a52-1f0e-4d55-9a53-0c5c0a3b9e11';
const ASSESSMENT_ID = '2b7e4c1d-5a6f-4b3c-8d9e-1f2a3b4c5d6e';
const POINT = 7;
const SUBSCRIPTION_ID = '5e0f7a3b-9c1d-4e2f-8a6b-7c8d9e0f1a2b';
const pathValues: Record<string, string | number> = { caseId: CASE_ID, assessmentId: ASSESSMENT_ID, pointNumber: POINT, subscriptionId: SUBSCRIPTION_ID };

// The body shapes do not matter to this test (the server echoes nothing), only where they go.
const body = <T>() => ({ marker: 'body' }) as unknown as T;
/** A spreadsheet is sent as it is, not as JSON. */
const CSV = 'pupilRef;school\nLVS-1;12AB00\n';

/** One sample call per operationId, through the resource methods (typed: a missing key is a compile error). */
const calls: Record<OperationId, (client: Client) => Promise<unknown>> = {
  listCases: (c) => c.cases.list({ status: 'open' }),
  createCase: (c) => c.cases.create(body<CaseCreate>()),
  getCase: (c) => c.cases.get(CASE_ID),
  updateCase: (c) => c.cases.update(CASE_ID, body<CaseUpdate>(), { ifMatch: 3 }),
  closeCase: (c) => c.cases.close(CASE_ID, body(), { ifMatch: 3 }),
  reopenCase: (c) => c.cases.reopen(CASE_ID, { ifMatch: 3 }),
  listCaseEvents: (c) => c.events.list(CASE_ID),
  addCaseEvent: (c) => c.events.add(CASE_ID, body()),
  getHeadlineStatistics: (c) => c.statistics.headline(),
  getReasonStatistics: (c) => c.statistics.reasons(),
  getSchoolStatistics: (c) => c.statistics.schools(),
  listRoutekaartAssessments: (c) => c.routekaart.list({ organisation: 'VO2801' }),
  createRoutekaartAssessment: (c) => c.routekaart.create(body()),
  getRoutekaartAssessment: (c) => c.routekaart.get(ASSESSMENT_ID),
  updateRoutekaartPoint: (c) => c.routekaart.updatePoint(ASSESSMENT_ID, POINT, body(), { ifMatch: 3 }),
  listRoutekaartChanges: (c) => c.routekaart.changes(ASSESSMENT_ID),
  listReasons: (c) => c.reference.reasons(),
  listSchools: (c) => c.reference.schools(),
  getDefinitionProfile: (c) => c.reference.definitionProfile(),
  listAuditEvents: (c) => c.audit.list(),
  listSubscriptions: (c) => c.subscriptions.list(),
  createSubscription: (c) => c.subscriptions.create(body()),
  deleteSubscription: (c) => c.subscriptions.delete(SUBSCRIPTION_ID),
  listSubscriptionDeliveries: (c) => c.subscriptions.deliveries(SUBSCRIPTION_ID),
  importCases: (c) => c.imports.cases(CSV, { dryRun: true }),
  getInspectieThuiszitterReport: (c) => c.reports.inspectieThuiszitters({ referenceDate: '2026-10-01' }),
  getLeerplichtCount: (c) => c.reports.leerplichtCount(),
};

/** Where each operation lives among the resource methods. */
const resourceMethod: Record<OperationId, (client: Client) => unknown> = {
  listCases: (c) => c.cases.list,
  createCase: (c) => c.cases.create,
  getCase: (c) => c.cases.get,
  updateCase: (c) => c.cases.update,
  closeCase: (c) => c.cases.close,
  reopenCase: (c) => c.cases.reopen,
  listCaseEvents: (c) => c.events.list,
  addCaseEvent: (c) => c.events.add,
  getHeadlineStatistics: (c) => c.statistics.headline,
  getReasonStatistics: (c) => c.statistics.reasons,
  getSchoolStatistics: (c) => c.statistics.schools,
  listRoutekaartAssessments: (c) => c.routekaart.list,
  createRoutekaartAssessment: (c) => c.routekaart.create,
  getRoutekaartAssessment: (c) => c.routekaart.get,
  updateRoutekaartPoint: (c) => c.routekaart.updatePoint,
  listRoutekaartChanges: (c) => c.routekaart.changes,
  listReasons: (c) => c.reference.reasons,
  listSchools: (c) => c.reference.schools,
  getDefinitionProfile: (c) => c.reference.definitionProfile,
  listAuditEvents: (c) => c.audit.list,
  listSubscriptions: (c) => c.subscriptions.list,
  createSubscription: (c) => c.subscriptions.create,
  deleteSubscription: (c) => c.subscriptions.delete,
  listSubscriptionDeliveries: (c) => c.subscriptions.deliveries,
  importCases: (c) => c.imports.cases,
  getInspectieThuiszitterReport: (c) => c.reports.inspectieThuiszitters,
  getLeerplichtCount: (c) => c.reports.leerplichtCount,
};

const operations = specOperations();

let server: TestServer;
let client: Client;
beforeEach(async () => {
  server = await startServer((request) => ({ status: request.method === 'POST' ? 201 : 200, body: { items: [], nextCursor: null } }));
  client = createClient({ baseUrl: server.baseUrl, getToken: () => 'token' });
});
afterEach(() => server.close());

describe('coverage of the contract', () => {
  it('reads a plausible number of operations from the spec', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
  });

  it('has a method in client.operations for every operationId of the spec, and no extra ones', () => {
    const specIds = operations.map((o) => o.operationId).sort();
    expect(Object.keys(client.operations).sort()).toEqual(specIds);
    for (const id of specIds) expect(typeof client.operations[id as OperationId], id).toBe('function');
  });

  it('has a sample call for every operationId of the spec', () => {
    expect(Object.keys(calls).sort()).toEqual(operations.map((o) => o.operationId).sort());
  });
});

describe.each(operations)('$operationId ($method $path)', (operation) => {
  it('is reachable through its resource method and sends the spec method, path and headers', async () => {
    const id = operation.operationId as OperationId;
    await calls[id](client);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request.method).toBe(operation.method.toUpperCase());
    expect(request.path).toBe(operation.path.replace(/\{(\w+)\}/g, (_, name: string) => String(pathValues[name])));
    expect(request.headers.authorization).toBe('Bearer token');
    for (const header of operation.headers) expect(request.headers[header.toLowerCase()], header).toBeTruthy();
    if (operation.operationId === 'importCases') expect([request.body, request.headers['content-type']]).toEqual([CSV, 'text/csv; charset=utf-8']);
    else if (['post', 'put', 'patch'].includes(operation.method)) expect(request.body).toEqual({ marker: 'body' });
  });

  it('is the same function under client.operations', () => {
    const id = operation.operationId as OperationId;
    expect(resourceMethod[id](client)).toBe(client.operations[id]);
  });
});
