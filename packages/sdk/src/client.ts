// The resource methods: one per operationId of the contract, each a thin typed call to `send`.
import type { operations, paths } from './generated/schema.js';
import { paginate } from './pagination.js';
import { createTransport, type ClientOptions } from './transport.js';
import { worklistQuery, type CaseListQuery, type WorklistPreset } from './worklist.js';
import type { BodyOf, CallOptions, CreateCaseOptions, CreateOptions, ItemOf, OperationId, PathParamsOf, QueryOf, ResponseOf, WriteOptions } from './types.js';

type Call<K extends OperationId> = Promise<ResponseOf<K>>;
/** `(query?, options?)`, or `(query, options?)` when the spec makes the query (a parameter of it) required. */
type QueryArgs<K extends OperationId, Q = QueryOf<K>> = undefined extends operations[K]['parameters']['query']
  ? [query?: Q, options?: CallOptions]
  : [query: Q, options?: CallOptions];
/** Query of a listAll: the cursor is the iterator's business. */
type ListAllArgs<K extends OperationId> = QueryArgs<K, Omit<QueryOf<K>, 'cursor'>>;

/** Fills `{name}` placeholders; the template must be a path of the contract. */
function path(template: keyof paths, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
}

function newIdempotencyKey(): string {
  // randomUUID needs a secure context in browsers; fall back to getRandomValues on plain http.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createClient(options: ClientOptions) {
  const send = createTransport(options);
  const get = <K extends OperationId>(template: keyof paths, params: Record<string, string | number> | undefined, query: object | undefined, opts: CallOptions | undefined) =>
    send<ResponseOf<K>>({ method: 'get', path: path(template, params), query, signal: opts?.signal });
  const create = <K extends OperationId>(template: keyof paths, params: Record<string, string | number> | undefined, body: unknown, opts: CreateOptions | undefined, query?: object) =>
    send<ResponseOf<K>>({ method: 'post', path: path(template, params), body, query, idempotencyKey: opts?.idempotencyKey ?? newIdempotencyKey(), signal: opts?.signal });

  const listCases = (...[query, opts]: QueryArgs<'listCases'>): Call<'listCases'> => get('/cases', undefined, query, opts);
  const createCase = (body: BodyOf<'createCase'>, opts?: CreateCaseOptions): Call<'createCase'> =>
    create('/cases', undefined, body, opts, opts?.allowDuplicate ? { allowDuplicate: true } : undefined);
  const getCase = (caseId: PathParamsOf<'getCase'>['caseId'], opts?: CallOptions): Call<'getCase'> => get('/cases/{caseId}', { caseId }, undefined, opts);
  const updateCase = (caseId: PathParamsOf<'updateCase'>['caseId'], body: BodyOf<'updateCase'>, opts: WriteOptions): Call<'updateCase'> =>
    send({ method: 'patch', path: path('/cases/{caseId}', { caseId }), body, contentType: 'application/merge-patch+json', ifMatch: opts.ifMatch, signal: opts.signal });
  const closeCase = (caseId: PathParamsOf<'closeCase'>['caseId'], body: BodyOf<'closeCase'>, opts: WriteOptions): Call<'closeCase'> =>
    send({ method: 'post', path: path('/cases/{caseId}/closure', { caseId }), body, ifMatch: opts.ifMatch, signal: opts.signal });
  const reopenCase = (caseId: PathParamsOf<'reopenCase'>['caseId'], opts: WriteOptions): Call<'reopenCase'> =>
    send({ method: 'delete', path: path('/cases/{caseId}/closure', { caseId }), ifMatch: opts.ifMatch, signal: opts.signal });

  const listCaseEvents = (caseId: PathParamsOf<'listCaseEvents'>['caseId'], ...[query, opts]: QueryArgs<'listCaseEvents'>): Call<'listCaseEvents'> =>
    get('/cases/{caseId}/events', { caseId }, query, opts);
  const addCaseEvent = (caseId: PathParamsOf<'addCaseEvent'>['caseId'], body: BodyOf<'addCaseEvent'>, opts?: CreateOptions): Call<'addCaseEvent'> =>
    create('/cases/{caseId}/events', { caseId }, body, opts);

  const getHeadlineStatistics = (...[query, opts]: QueryArgs<'getHeadlineStatistics'>): Call<'getHeadlineStatistics'> => get('/statistics/headline', undefined, query, opts);
  const getReasonStatistics = (...[query, opts]: QueryArgs<'getReasonStatistics'>): Call<'getReasonStatistics'> => get('/statistics/reasons', undefined, query, opts);
  const getSchoolStatistics = (...[query, opts]: QueryArgs<'getSchoolStatistics'>): Call<'getSchoolStatistics'> => get('/statistics/schools', undefined, query, opts);

  const listRoutekaartAssessments = (...[query, opts]: QueryArgs<'listRoutekaartAssessments'>): Call<'listRoutekaartAssessments'> =>
    get('/routekaart-assessments', undefined, query, opts);
  const createRoutekaartAssessment = (body: BodyOf<'createRoutekaartAssessment'>, opts?: CreateOptions): Call<'createRoutekaartAssessment'> =>
    create('/routekaart-assessments', undefined, body, opts);
  const getRoutekaartAssessment = (assessmentId: PathParamsOf<'getRoutekaartAssessment'>['assessmentId'], opts?: CallOptions): Call<'getRoutekaartAssessment'> =>
    get('/routekaart-assessments/{assessmentId}', { assessmentId }, undefined, opts);
  const updateRoutekaartPoint = (
    assessmentId: PathParamsOf<'updateRoutekaartPoint'>['assessmentId'],
    pointNumber: PathParamsOf<'updateRoutekaartPoint'>['pointNumber'],
    body: BodyOf<'updateRoutekaartPoint'>,
    opts: WriteOptions,
  ): Call<'updateRoutekaartPoint'> =>
    send({ method: 'put', path: path('/routekaart-assessments/{assessmentId}/points/{pointNumber}', { assessmentId, pointNumber }), body, ifMatch: opts.ifMatch, signal: opts.signal });
  const listRoutekaartChanges = (assessmentId: PathParamsOf<'listRoutekaartChanges'>['assessmentId'], opts?: CallOptions): Call<'listRoutekaartChanges'> =>
    get('/routekaart-assessments/{assessmentId}/changes', { assessmentId }, undefined, opts);

  const listReasons = (opts?: CallOptions): Call<'listReasons'> => get('/reasons', undefined, undefined, opts);
  const listSchools = (opts?: CallOptions): Call<'listSchools'> => get('/schools', undefined, undefined, opts);
  const getDefinitionProfile = (opts?: CallOptions): Call<'getDefinitionProfile'> => get('/definition-profile', undefined, undefined, opts);

  const listAuditEvents = (...[query, opts]: QueryArgs<'listAuditEvents'>): Call<'listAuditEvents'> => get('/audit-events', undefined, query, opts);

  const listSubscriptions = (opts?: CallOptions): Call<'listSubscriptions'> => get('/subscriptions', undefined, undefined, opts);
  const createSubscription = (body: BodyOf<'createSubscription'>, opts?: CreateOptions): Call<'createSubscription'> => create('/subscriptions', undefined, body, opts);
  const deleteSubscription = (subscriptionId: PathParamsOf<'deleteSubscription'>['subscriptionId'], opts?: CallOptions): Call<'deleteSubscription'> =>
    send({ method: 'delete', path: path('/subscriptions/{subscriptionId}', { subscriptionId }), signal: opts?.signal });
  const listSubscriptionDeliveries = (
    subscriptionId: PathParamsOf<'listSubscriptionDeliveries'>['subscriptionId'],
    ...[query, opts]: QueryArgs<'listSubscriptionDeliveries'>
  ): Call<'listSubscriptionDeliveries'> => get('/subscriptions/{subscriptionId}/deliveries', { subscriptionId }, query, opts);

  /** Every operation by its operationId; the `satisfies` makes a new operation in the spec a compile error here. */
  const operations = {
    listCases, createCase, getCase, updateCase, closeCase, reopenCase,
    listCaseEvents, addCaseEvent,
    getHeadlineStatistics, getReasonStatistics, getSchoolStatistics,
    listRoutekaartAssessments, createRoutekaartAssessment, getRoutekaartAssessment, updateRoutekaartPoint, listRoutekaartChanges,
    listReasons, listSchools, getDefinitionProfile,
    listAuditEvents,
    listSubscriptions, createSubscription, deleteSubscription, listSubscriptionDeliveries,
  } satisfies { [K in OperationId]: (...args: never[]) => Call<K> };

  return {
    cases: {
      list: listCases,
      /** Every case matching `query`, across all pages. */
      listAll: (...[query, opts]: ListAllArgs<'listCases'>): AsyncGenerator<ItemOf<'listCases'>, void, undefined> =>
        paginate((cursor) => listCases({ ...query, cursor }, opts)),
      /** A page of a worklist preset (`needsAttention`, `noLeadHolder`, …), `extra` filters on top; see WORKLIST_PRESETS. */
      worklist: (preset: WorklistPreset, extra?: CaseListQuery, opts?: CallOptions): Call<'listCases'> => listCases(worklistQuery(preset, extra), opts),
      get: getCase,
      create: createCase,
      update: updateCase,
      close: closeCase,
      reopen: reopenCase,
    },
    events: {
      list: listCaseEvents,
      /** Every event of a case, oldest first, across all pages. */
      listAll: (caseId: PathParamsOf<'listCaseEvents'>['caseId'], ...[query, opts]: ListAllArgs<'listCaseEvents'>): AsyncGenerator<ItemOf<'listCaseEvents'>, void, undefined> =>
        paginate((cursor) => listCaseEvents(caseId, { ...query, cursor }, opts)),
      add: addCaseEvent,
    },
    statistics: { headline: getHeadlineStatistics, reasons: getReasonStatistics, schools: getSchoolStatistics },
    routekaart: {
      list: listRoutekaartAssessments,
      get: getRoutekaartAssessment,
      create: createRoutekaartAssessment,
      updatePoint: updateRoutekaartPoint,
      changes: listRoutekaartChanges,
    },
    reference: { reasons: listReasons, schools: listSchools, definitionProfile: getDefinitionProfile },
    audit: {
      list: listAuditEvents,
      /** Every audit event matching `query`, across all pages. */
      listAll: (...[query, opts]: ListAllArgs<'listAuditEvents'>): AsyncGenerator<ItemOf<'listAuditEvents'>, void, undefined> =>
        paginate((cursor) => listAuditEvents({ ...query, cursor }, opts)),
    },
    subscriptions: {
      list: listSubscriptions,
      create: createSubscription,
      delete: deleteSubscription,
      deliveries: listSubscriptionDeliveries,
      /** Every delivery of a subscription, newest first, across all pages. */
      allDeliveries: (
        subscriptionId: PathParamsOf<'listSubscriptionDeliveries'>['subscriptionId'],
        ...[query, opts]: ListAllArgs<'listSubscriptionDeliveries'>
      ): AsyncGenerator<ItemOf<'listSubscriptionDeliveries'>, void, undefined> =>
        paginate((cursor) => listSubscriptionDeliveries(subscriptionId, { ...query, cursor }, opts)),
    },
    operations,
  };
}

export type Client = ReturnType<typeof createClient>;
