// Compile-time contract of the SDK: the types follow the generated spec types, and wrong
// calls do not compile. Checked by `vitest` (typecheck) and by the root `tsc`.
import { describe, expectTypeOf, it } from 'vitest';
import {
  ConflictError,
  createClient,
  type Case,
  type CaseCreate,
  type CaseEvent,
  type CaseList,
  type Client,
  type OperationId,
  type Problem,
  type RoutekaartAssessment,
  type RoutekaartPointUpdate,
  type ThuiszittersError,
  type components,
  type operations,
} from '../src/index.js';

declare const client: Client;
declare const newCase: CaseCreate;
declare const point: RoutekaartPointUpdate;

describe('types follow the generated contract', () => {
  it('aliases are the generated schemas', () => {
    expectTypeOf<Case>().toEqualTypeOf<components['schemas']['Case']>();
    expectTypeOf<Problem>().toEqualTypeOf<components['schemas']['Problem']>();
  });

  it('client.operations has exactly the operationIds of the spec', () => {
    expectTypeOf<keyof Client['operations']>().toEqualTypeOf<keyof operations>();
    expectTypeOf<keyof Client['operations']>().toEqualTypeOf<OperationId>();
  });

  it('methods resolve to the success response of their operation', () => {
    expectTypeOf(client.cases.list).returns.resolves.toEqualTypeOf<CaseList>();
    expectTypeOf(client.cases.get).returns.resolves.toEqualTypeOf<Case>();
    expectTypeOf(client.cases.create).returns.resolves.toEqualTypeOf<Case>();
    expectTypeOf(client.cases.update).returns.resolves.toEqualTypeOf<Case>();
    expectTypeOf(client.events.add).returns.resolves.toEqualTypeOf<CaseEvent>();
    expectTypeOf(client.routekaart.updatePoint).returns.resolves.toEqualTypeOf<RoutekaartAssessment>();
    expectTypeOf(client.statistics.reasons).returns.resolves.toEqualTypeOf<components['schemas']['ReasonStatistics']>();
  });

  it('an update returns the new version to send as the next ifMatch', () => {
    expectTypeOf<Awaited<ReturnType<Client['cases']['update']>>['version']>().toEqualTypeOf<number>();
  });

  it('listAll iterates items, not pages', () => {
    expectTypeOf(client.cases.listAll()).toEqualTypeOf<AsyncGenerator<Case, void, undefined>>();
    expectTypeOf(client.events.listAll('id')).toEqualTypeOf<AsyncGenerator<CaseEvent, void, undefined>>();
  });

  it('methods take the parameters of their operation', () => {
    expectTypeOf(client.cases.list).parameter(0).toEqualTypeOf<operations['listCases']['parameters']['query']>();
    expectTypeOf(client.cases.create).parameter(0).toEqualTypeOf<CaseCreate>();
    expectTypeOf(client.routekaart.updatePoint).parameter(1).toEqualTypeOf<number>();
  });

  it('a ConflictError carries a case or an assessment by default', () => {
    expectTypeOf<ConflictError['current']>().toEqualTypeOf<Case | RoutekaartAssessment | undefined>();
    expectTypeOf<ConflictError>().toMatchTypeOf<ThuiszittersError>();
    expectTypeOf<ThuiszittersError['kind']>().toEqualTypeOf<'http' | 'network' | 'timeout' | 'aborted'>();
  });
});

describe('wrong calls do not compile', () => {
  it('rejects an unknown query key and a value outside an enum', () => {
    // @ts-expect-error `colour` is no query parameter of listCases
    void client.cases.list({ colour: 'red' });
    // @ts-expect-error `pending` is no CaseStatus
    void client.cases.list({ status: 'pending' });
    // @ts-expect-error `limit` is an integer
    void client.audit.list({ limit: '10' });
    // @ts-expect-error listAll manages the cursor itself
    void client.cases.listAll({ cursor: 'abc' });
  });

  it('rejects a wrong body field and a missing required field', () => {
    // @ts-expect-error `bsn` is no field of CaseCreate
    void client.cases.create({ ...newCase, bsn: '123456782' });
    const { pupilRef: _omitted, ...withoutRef } = newCase;
    // @ts-expect-error pupilRef is required
    void client.cases.create(withoutRef);
    // @ts-expect-error closure reasons are an enum
    void client.cases.close('id', { closedOn: '2026-11-20', reason: 'fixed' }, { ifMatch: 1 });
    // @ts-expect-error the event type decides the data shape; `note` needs a summary
    void client.events.add('id', { type: 'note', occurredOn: '2026-11-20' });
  });

  it('requires ifMatch on conditional writes', () => {
    // @ts-expect-error options with ifMatch are required
    void client.cases.update('id', { notes: 'x' });
    // @ts-expect-error ifMatch is required
    void client.cases.update('id', { notes: 'x' }, {});
    // @ts-expect-error ifMatch is required
    void client.cases.reopen('id', { signal: new AbortController().signal });
    // @ts-expect-error ifMatch is required
    void client.routekaart.updatePoint('id', 3, point, {});
    // @ts-expect-error ifMatch is a version number or ETag string
    void client.cases.close('id', { closedOn: '2026-11-20', reason: 'verhuisd' }, { ifMatch: true });
  });

  it('rejects unknown options and wrong path parameter types', () => {
    // @ts-expect-error idempotencyKey belongs to create calls only
    void client.cases.get('id', { idempotencyKey: 'k-12345678' });
    // @ts-expect-error pointNumber is a number
    void client.routekaart.updatePoint('id', '3', point, { ifMatch: 1 });
    // @ts-expect-error getToken is required
    createClient({ baseUrl: 'https://example.nl/v1' });
  });

  it('accepts the right calls', () => {
    void client.cases.list();
    void client.cases.list({ status: 'open', municipality: 'GM0599', limit: 50 }, { signal: new AbortController().signal });
    void client.cases.create(newCase, { idempotencyKey: 'melding-0001' });
    void client.cases.update('id', { notes: null }, { ifMatch: '"3"' });
    void client.events.add('id', { type: 'note', occurredOn: '2026-11-20', summary: 'Gebeld met ouders' });
    void client.routekaart.list({ organisation: 'VO2801' });
    void client.reference.reasons({ signal: new AbortController().signal });
  });
});
