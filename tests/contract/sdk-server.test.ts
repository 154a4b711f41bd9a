// The SDK against the real reference server (PGlite in memory, demo seed): the generated types,
// the request shapes the SDK sends and the server's answers agree, over real HTTP.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, ThuiszittersError, type Case, type CaseCreate, type ThuiszittersClient } from '@thuiszitters/sdk';
import { startStack, type Stack } from '../e2e/harness.ts';

const example = JSON.parse(readFileSync(new URL('../../openapi/examples/case-create.json', import.meta.url), 'utf8')) as CaseCreate;
/** The contract's example melding, moved to a school of the demo region. */
const melding = (pupilRef: string): CaseCreate => ({
  ...example,
  pupilRef,
  school: { brin: '12AB', vestiging: '00' },
  municipalityCode: 'GM9901',
});

let stack: Stack;
let school: ThuiszittersClient;
let swv: ThuiszittersClient;

beforeAll(async () => {
  stack = await startStack();
  school = stack.client('school', '12AB00');
  swv = stack.client('swv', 'VO2801');
});
afterAll(() => stack?.close());

async function rejection(promise: Promise<unknown>): Promise<ThuiszittersError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ThuiszittersError) return error;
    throw error;
  }
  throw new Error('expected the call to reject');
}

describe('SDK ↔ reference server: cases', () => {
  let created: Case;

  it('creates a case and reads it back with its version', async () => {
    created = await school.cases.create(melding('SDK-CONTRACT-0001'));
    expect(created.pupilRef).toBe('SDK-CONTRACT-0001');
    expect(created.status).toBe('open');
    expect(Number.isInteger(created.version)).toBe(true);
    const read = await school.cases.get(created.id);
    expect(read.id).toBe(created.id);
    expect(read.version).toBe(created.version);
  });

  it('answers a repeated Idempotency-Key with the first case, not a second one', async () => {
    const key = `sdk-contract-${created.id}`;
    const first = await school.cases.create(melding('SDK-CONTRACT-0002'), { idempotencyKey: key });
    const again = await school.cases.create(melding('SDK-CONTRACT-0002'), { idempotencyKey: key });
    expect(again.id).toBe(first.id);
  });

  it('updates with If-Match and returns the next version', async () => {
    const updated = await school.cases.update(created.id, { notes: 'Gesprek met ouders gepland.' }, { ifMatch: created.version });
    expect(updated.notes).toBe('Gesprek met ouders gepland.');
    expect(updated.version).toBeGreaterThan(created.version);
  });

  it('throws a ConflictError with the current case for a stale version', async () => {
    const error = await rejection(school.cases.update(created.id, { notes: 'Stale write' }, { ifMatch: created.version }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.status).toBe(412);
    const current = (error as ConflictError<Case>).current;
    expect(current?.id).toBe(created.id);
    expect(current?.notes).toBe('Gesprek met ouders gepland.');
  });

  it('closes and reopens with the version it got back each time', async () => {
    const before = await school.cases.get(created.id);
    const closed = await school.cases.close(created.id, { closedOn: '2026-11-20', reason: 'terugNaarSchool' }, { ifMatch: before.version });
    expect(closed.status).toBe('closed');
    const reopened = await school.cases.reopen(created.id, { ifMatch: closed.version });
    expect(reopened.status).toBe('open');
  });

  it('maps the server’s validation errors to field keys', async () => {
    const error = await rejection(school.cases.create({ ...melding('123456782'), birthYearMonth: '2012-13' }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    const fields = error.fieldErrors();
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['pupilRef', 'birthYearMonth']));
  });

  it('answers 404 for an unknown case as an http error', async () => {
    const error = await rejection(school.cases.get('00000000-0000-4000-8000-000000000000'));
    expect(error.status).toBe(404);
    expect(error.problem?.title).toBeTruthy();
  });

  it('lists all cases of the region across pages, each once', async () => {
    const ids: string[] = [];
    for await (const item of swv.cases.listAll({ limit: 20 })) ids.push(item.id);
    const firstPage = await swv.cases.list({ limit: 20 });
    expect(firstPage.nextCursor).not.toBeNull();
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(created.id);
  });
});

describe('SDK ↔ reference server: events and reference data', () => {
  it('adds an event and finds it when iterating the timeline', async () => {
    const kase = await school.cases.create(melding('SDK-CONTRACT-0003'));
    const event = await school.events.add(kase.id, { type: 'note', occurredOn: '2026-11-02', summary: 'Telefonisch contact met moeder.' });
    expect(event.caseId).toBe(kase.id);
    const events = [];
    for await (const item of school.events.listAll(kase.id, { limit: 2 })) events.push(item);
    expect(events.map((e) => e.id)).toContain(event.id);
  });

  it('reads the taxonomy, the schools and the definition profile', async () => {
    const [reasons, schools, profile] = await Promise.all([swv.reference.reasons(), swv.reference.schools(), swv.reference.definitionProfile()]);
    expect(reasons.items.map((r) => r.code)).toContain(example.reasons.primary);
    expect(schools.items.some((s) => s.brin === '12AB' && s.vestiging === '00')).toBe(true);
    expect(profile.lrvThresholdDays).toBe(28);
  });
});
