// listCases: the worklist. Filters on stored columns run in SQL; filters and sorts on what is
// derived (classification, norm status, days left, signals, norm deadline) are evaluated with the
// domain on every case of the caller's tenancy that passed the SQL filters (one region: a few
// thousand rows at most), because they depend on today and on the SWV's definition profile.
// The cursor carries the sort and the sort key of the last row, so paging is stable.
import { isIsoDate, signalTypes, type DerivedClassification } from '@thuiszitters/domain';
import { mayReadReasons } from '../auth/tenancy.js';
import { encodeCursor, decodeCursor, invalidCursor } from '../cases/cursor.js';
import { today, type Profiles } from '../cases/derive.js';
import { deriveRow, signalFactsOf, toApiCase } from '../cases/record.js';
import type { RequestContext } from '../http/context.js';
import { HttpProblem } from '../http/problem.js';
import { caseListAll, caseListCount, caseListPage, caseListQuery, STORED_SORT, type CaseListRow } from '../store/case-list.js';
import { loadProfiles } from '../store/reference.js';
import { markOpenDuplicates } from '../store/worklist.js';

/** The contract's `CaseSort` without its direction; a sort the contract adds fails STORED_SORT's lookups until the store has it. */
type SortField = Exclude<NonNullable<Query['sort']>, `-${string}`>;
type ListRow = CaseListRow;

/** Whether a cursor's sort key is one this sort issues, so that a forged one is a 400 and never reaches SQL. */
function validKey(sort: SortField, key: string): boolean {
  if (sort === 'createdAt') return /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(key) && isIsoDate(key.slice(0, 10)) && !Number.isNaN(Date.parse(key));
  if (sort === 'normDeadline') return key === '1|' || (key.startsWith('0|') && isIsoDate(key.slice(2)));
  return isIsoDate(key);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const RUNNING = new Set(['running', 'almostOut', 'exceeded']);

/** Sort key of the norm deadline: cases whose norm runs first (by deadline), the others after. */
function deadlineKey(derived: DerivedClassification): string {
  return RUNNING.has(derived.normStatus) ? `0|${derived.normDeadline}` : '1|';
}

type Query = RequestContext<'listCases'>['query'];

export async function listCases(ctx: RequestContext<'listCases'>) {
  const q = ctx.query;
  const limit = Number(q.limit ?? 25);
  const on = today(ctx.now());
  const sortParam = q.sort ?? '-createdAt';
  const descending = sortParam.startsWith('-');
  const sort = sortParam.replace(/^-/, '') as SortField;

  if (q.reason !== undefined && !mayReadReasons(ctx.auth)) {
    throw new HttpProblem(403, 'Your role has no need to know reasons and cannot filter on them.');
  }
  if (q.from !== undefined && q.to !== undefined && String(q.from) > String(q.to)) {
    throw new HttpProblem(400, 'The period is empty.', { invalidParams: [{ name: 'from', reason: 'Must not be after `to`.' }] });
  }
  const cursor = decodeCursor(q.cursor, 3);
  if (cursor && (cursor[0] !== sortParam || !validKey(sort, cursor[1]!) || !UUID.test(cursor[2]!))) throw invalidCursor();
  const derivedFilter = q.classification !== undefined || q.normStatus !== undefined || q.daysLeftMax !== undefined || q.signal !== undefined;
  const query = caseListQuery(ctx.auth, { ...q, withDuplicates: q.signal?.includes('duplicateOpenCase') }, on);
  return ctx.db.transaction(async (tx) => {
    let page: { row: ListRow; key: string }[];
    let total: number;
    let more: boolean;
    if (!derivedFilter && sort !== 'normDeadline') {
      // Everything is stored: keyset paging in SQL and a count.
      const rows = await caseListPage(tx, query, sort, descending, cursor ? { key: cursor[1]!, id: cursor[2]! } : null, limit);
      total = await caseListCount(tx, query);
      more = rows.length > limit;
      page = rows.slice(0, limit).map((row) => ({ row, key: STORED_SORT[sort].key(row) }));
    } else {
      ({ page, total, more } = await derivedPage(tx, query, q, on, sort, descending, cursor, limit));
    }
    const rows = await markOpenDuplicates(tx, page.map((p) => p.row));
    const profiles = await loadProfiles(tx, rows.map((row) => row.swv_code));
    const items = rows.map((row) => toApiCase(row, ctx.auth, profiles, on));
    const last = page[page.length - 1];
    const nextCursor = more && last ? encodeCursor([sortParam, last.key, last.row.id]) : null;
    const asked = Object.entries(q).filter(([key]) => key !== 'cursor').map(([key, value]) => `${key}=${value}`).join('&');
    await ctx.audit({ action: 'list', caseId: null, caseIds: items.map((item) => item.id), detail: `${items.length} of ${total} cases${asked ? `; ${asked}` : ''}` }, tx);
    return { status: 200, body: { items, total, nextCursor } };
  });
}

/** The page when a filter or the sort needs the derivation: every SQL-matching case is derived once. */
async function derivedPage(
  tx: RequestContext['db'],
  query: Parameters<typeof caseListAll>[1],
  q: Query,
  on: string,
  sort: SortField,
  descending: boolean,
  cursor: string[] | null,
  limit: number,
) {
  const rows = await caseListAll(tx, query);
  if (q.signal?.includes('duplicateOpenCase') === false) for (const row of rows) row.duplicate_open = false;
  const profiles: Profiles = await loadProfiles(tx, rows.map((row) => row.swv_code));
  const normStatuses = q.normStatus ? new Set(q.normStatus) : null;
  const signals = q.signal ? new Set(q.signal) : null;
  const matching: { row: ListRow; key: string }[] = [];
  for (const row of rows) {
    const derived = deriveRow(row, profiles, on);
    if (q.classification !== undefined && derived.classification !== q.classification) continue;
    if (normStatuses && !normStatuses.has(derived.normStatus)) continue;
    if (q.daysLeftMax !== undefined && !(derived.normStatus === 'running' || derived.normStatus === 'almostOut')) continue;
    if (q.daysLeftMax !== undefined && (derived.daysLeft ?? Infinity) > q.daysLeftMax) continue;
    if (signals && !signalTypes(signalFactsOf(row, derived), profiles.get(row.swv_code), on).some((s) => signals.has(s))) continue;
    matching.push({ row, key: sort === 'normDeadline' ? deadlineKey(derived) : STORED_SORT[sort].key(row) });
  }
  // Sort on (key, id); descending reverses both, except that cases without a running norm stay last.
  const group = (key: string) => (sort === 'normDeadline' ? key.slice(0, 1) : '');
  const compare = (a: { key: string; row: ListRow }, b: { key: string; row: ListRow }) => {
    if (group(a.key) !== group(b.key)) return group(a.key) < group(b.key) ? -1 : 1;
    const byKey = a.key === b.key ? (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0) : a.key < b.key ? -1 : 1;
    return descending ? -byKey : byKey;
  };
  matching.sort(compare);
  let start = 0;
  if (cursor) {
    const after = { key: cursor[1]!, row: { id: cursor[2]! } as ListRow };
    start = matching.findIndex((item) => compare(item, after) > 0);
    if (start < 0) start = matching.length;
  }
  const page = matching.slice(start, start + limit);
  return { page, total: matching.length, more: start + limit < matching.length };
}
