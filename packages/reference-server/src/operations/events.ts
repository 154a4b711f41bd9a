// Case events: listCaseEvents (stored + derived threshold events, oldest or newest first) and
// addCaseEvent (append-only; lead and offer events also update the case).
import { decodeCursor, encodeCursor, invalidCursor } from '../cases/cursor.js';
import { isIsoDate } from '@thuiszitters/domain';
import { HttpProblem } from '../http/problem.js';
import { today, derivedEvents } from '../cases/derive.js';
import { defaultSummary, insertEvent, toApiEvent } from '../cases/events.js';
import { withIdempotency } from './idempotency.js';
import { findVisibleCase } from './case-lookup.js';
import { factsOf, updateCaseRow, type CaseData } from '../store/cases.js';
import { listEventRows } from '../store/events.js';
import { loadProfiles } from '../store/reference.js';
import type { OperationHandlers, RequestContext } from '../http/context.js';

type ApiEvent = ReturnType<typeof toApiEvent>;

const sortKey = (event: ApiEvent): [string, string, string] => [event.occurredOn, event.recordedAt, event.id];
const compareKeys = (a: string[], b: string[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
};

const listCaseEvents = async (ctx: RequestContext<'listCaseEvents'>) => {
  const limit = Number(ctx.query.limit ?? 25);
  const type = ctx.query.type;
  const newest = ctx.query.order === 'newest';
  // The cursor carries its order, so a cursor of one order is refused by the other.
  const cursor = decodeCursor(ctx.query.cursor, 4);
  if (cursor && cursor[0] !== (newest ? 'newest' : 'oldest')) throw cursorOfOtherOrder();
  const after = cursor?.slice(1) ?? null;
  if (after && !(isIsoDate(after[0]) && ISO_INSTANT.test(after[1]!) && !Number.isNaN(Date.parse(after[1]!)))) throw invalidCursor();
  const direction = newest ? -1 : 1;
  return ctx.db.transaction(async (tx) => {
    const row = await findVisibleCase(tx, ctx.auth, ctx.params.caseId);
    // One page of stored events in the page's order; the few derived events join it below.
    const stored = await listEventRows(tx, row.id, { type, after, newest, limit: limit + 1 });
    const profiles = await loadProfiles(tx, [row.swv_code]);
    const derived: ApiEvent[] = derivedEvents(factsOf(row), profiles.get(row.swv_code), today(ctx.now())).map((event) => ({
      id: `${event.type}:${row.id}`,
      caseId: row.id,
      type: event.type,
      occurredOn: event.occurredOn,
      recordedAt: `${event.occurredOn}T00:00:00.000Z`,
      actor: { organisation: row.swv_code, role: 'system', name: null },
      summary: defaultSummary(event.type),
      data: {},
      derived: true,
    }));
    // The few derived events join the page where their key falls.
    const all = [...stored.map((event) => toApiEvent(event, ctx.auth)), ...derived]
      .filter((event) => type === undefined || event.type === type)
      .filter((event) => !after || direction * compareKeys(sortKey(event), after) > 0)
      .sort((a, b) => direction * compareKeys(sortKey(a), sortKey(b)));
    const items = all.slice(0, limit);
    const nextCursor = all.length > limit ? encodeCursor([newest ? 'newest' : 'oldest', ...sortKey(items[items.length - 1]!)]) : null;
    await ctx.audit({ action: 'readEvents', caseId: row.id }, tx);
    return { status: 200, body: { items, nextCursor } };
  });
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

const cursorOfOtherOrder = () =>
  new HttpProblem(400, 'The cursor belongs to the other order.', {
    invalidParams: [{ name: 'cursor', reason: 'was issued for the other order; use nextCursor of a page of the same order' }],
  });

const addCaseEvent = async (ctx: RequestContext<'addCaseEvent'>) => {
  const body = ctx.body;
  return withIdempotency(
    ctx,
    'addCaseEvent',
    ctx.params.caseId,
    async (tx) => {
      const row = await findVisibleCase(tx, ctx.auth, ctx.params.caseId, true);
      const { event } = await insertEvent(tx, ctx.auth, ctx.now(), row.id, body);
      // The events that carry a fact of the case also set it (and so bump the case's version).
      let change: Partial<CaseData> | null = null;
      if ((body.type === 'leadAssigned' || body.type === 'leadChanged') && body.data?.lead) change = { lead: body.data.lead };
      if (body.type === 'offerMade' && body.data?.offer) change = { offer: body.data.offer };
      if (change) {
        const school = { school_key: row.school_key, school_type: row.school_type, municipality_code: row.municipality_code, swv_code: row.swv_code };
        await updateCaseRow(tx, row.id, { ...row.data, ...change }, school, row.status, ctx.now());
      }
      await ctx.audit({ action: 'addEvent', caseId: row.id, detail: body.type }, tx);
      return { status: 201, body: toApiEvent(event, ctx.auth) };
    },
    (answer) => ctx.audit({ action: 'read', caseId: ctx.params.caseId, detail: `idempotent replay of ${answer.body.type ?? 'event'}` }),
  );
};

export const eventHandlers = { listCaseEvents, addCaseEvent } satisfies OperationHandlers;
