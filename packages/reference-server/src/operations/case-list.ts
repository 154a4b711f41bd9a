// listCases: the worklist. Filters on stored columns run in SQL; filters and sorts on what is
// derived (classification, norm status, days left, signals, norm deadline) are evaluated with the
// domain on every case of the caller's tenancy that passed the SQL filters (one region: a few
// thousand rows at most), because they depend on today and on the SWV's definition profile.
// The cursor carries the sort and the sort key of the last row, so paging is stable.
import { isIsoDate, signalTypes, type DerivedClassification, type SignalType } from '@thuiszitters/domain';
import { caseScopeSql, mayReadReasons } from '../auth/tenancy.js';
import { encodeCursor, decodeCursor, invalidCursor } from '../cases/cursor.js';
import { loadProfiles, today, type Profiles } from '../cases/derive.js';
import { CASE_COLUMNS, deriveRow, signalFactsOf, toApiCase, type CaseRow } from '../cases/record.js';
import { HttpProblem } from '../http/problem.js';
import { annotateWorklist, DUPLICATE_OPEN_SQL } from '../store/worklist.js';
import type { RequestContext } from './types.js';

type SortField = 'createdAt' | 'lastActivity' | 'firstDayOfAbsence' | 'normDeadline';
type ListRow = CaseRow & { cursor_at: string; first_day: string };

/** The SQL expression and cast of each stored sort key (normDeadline is derived). */
const SQL_SORT: Record<Exclude<SortField, 'normDeadline'>, { expr: string; cast: string; key: (row: ListRow) => string }> = {
  createdAt: { expr: 'c.created_at', cast: 'timestamptz', key: (row) => row.cursor_at },
  // Cases without activity sort as the oldest activity.
  lastActivity: { expr: "COALESCE(c.last_activity_on, DATE '1900-01-01')", cast: 'date', key: (row) => row.last_activity_on ?? '1900-01-01' },
  firstDayOfAbsence: { expr: 'c.first_day_of_absence', cast: 'date', key: (row) => row.first_day },
};

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

interface Query {
  school?: string;
  status?: string;
  classification?: string;
  reason?: string;
  municipality?: string;
  from?: string;
  to?: string;
  q?: string;
  hasLead?: boolean;
  normStatus?: string[];
  daysLeftMax?: number;
  lastActivityBefore?: string;
  actionOverdue?: boolean;
  signal?: SignalType[];
  sort?: string;
  cursor?: string;
  limit?: number;
}

export async function listCases(ctx: RequestContext) {
  const q = ctx.query as Query;
  const limit = Number(q.limit ?? 25);
  const on = today(ctx.now());
  const sortParam = q.sort ?? '-createdAt';
  const descending = sortParam.startsWith('-');
  const sort = sortParam.replace(/^-/, '') as SortField;

  const conditions: string[] = ['c.anonymised_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  const scope = caseScopeSql(ctx.auth, params.length + 1);
  conditions.push(scope.sql);
  params.push(...scope.params);

  if (q.reason !== undefined && !mayReadReasons(ctx.auth)) {
    throw new HttpProblem(403, 'Your role has no need to know reasons and cannot filter on them.');
  }
  if (q.from !== undefined && q.to !== undefined && String(q.from) > String(q.to)) {
    throw new HttpProblem(400, 'The period is empty.', { invalidParams: [{ name: 'from', reason: 'Must not be after `to`.' }] });
  }
  if (q.school !== undefined) add((n) => `c.school_key = ${n}`, q.school);
  if (q.status !== undefined) add((n) => `c.status = ${n}`, q.status);
  if (q.municipality !== undefined) add((n) => `c.municipality_code = ${n}`, q.municipality);
  if (q.reason !== undefined) add((n) => `(c.primary_reason = ${n} OR ${n} = ANY(c.secondary_reasons))`, q.reason);
  if (q.to !== undefined) add((n) => `c.first_day_of_absence <= ${n}::date`, q.to);
  if (q.from !== undefined) add((n) => `(c.closed_on IS NULL OR c.closed_on >= ${n}::date)`, q.from);
  if (q.q !== undefined) {
    add((n) => `c.pupil_ref ILIKE ${n} ESCAPE '\\'`, `%${String(q.q).replace(/[\\%_]/g, (m) => '\\' + m)}%`);
  }
  if (q.hasLead !== undefined) conditions.push(q.hasLead ? "jsonb_typeof(c.data->'lead') = 'object'" : "jsonb_typeof(c.data->'lead') IS DISTINCT FROM 'object'");
  if (q.lastActivityBefore !== undefined) add((n) => `COALESCE(c.last_activity_on, DATE '1900-01-01') < ${n}::date`, q.lastActivityBefore);
  if (q.actionOverdue !== undefined) {
    add((n) => (q.actionOverdue ? `c.next_action_due_on < ${n}::date` : `(c.next_action_due_on IS NULL OR c.next_action_due_on >= ${n}::date)`), on);
  }

  const cursor = decodeCursor(q.cursor, 3);
  if (cursor && (cursor[0] !== sortParam || !validKey(sort, cursor[1]!) || !UUID.test(cursor[2]!))) throw invalidCursor();
  const derivedFilter = q.classification !== undefined || q.normStatus !== undefined || q.daysLeftMax !== undefined || q.signal !== undefined;
  const select = `SELECT ${CASE_COLUMNS}, to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
      to_char(c.first_day_of_absence, 'YYYY-MM-DD') AS first_day${q.signal?.includes('duplicateOpenCase') ? `, (c.status = 'open' AND ${DUPLICATE_OPEN_SQL}) AS duplicate_open` : ''}
      FROM cases c WHERE ${conditions.join(' AND ')}`;

  return ctx.db.transaction(async (tx) => {
    let page: { row: ListRow; key: string }[];
    let total: number;
    let more: boolean;
    if (!derivedFilter && sort !== 'normDeadline') {
      // Everything is stored: keyset paging in SQL and a count.
      const s = SQL_SORT[sort];
      const pageParams = [...params];
      let keyCondition = '';
      if (cursor) {
        pageParams.push(cursor[1], cursor[2]);
        keyCondition = ` AND (${s.expr}, c.id) ${descending ? '<' : '>'} ($${pageParams.length - 1}::${s.cast}, $${pageParams.length}::uuid)`;
      }
      pageParams.push(limit + 1);
      const dir = descending ? 'DESC' : 'ASC';
      const rows = await tx.query<ListRow>(`${select}${keyCondition} ORDER BY ${s.expr} ${dir}, c.id ${dir} LIMIT $${pageParams.length}`, pageParams);
      const [count] = await tx.query<{ n: number | string }>(`SELECT count(*) AS n FROM cases c WHERE ${conditions.join(' AND ')}`, params);
      total = Number(count?.n ?? 0);
      more = rows.length > limit;
      page = rows.slice(0, limit).map((row) => ({ row, key: s.key(row) }));
    } else {
      ({ page, total, more } = await derivedPage(tx, select, params, q, on, sort, descending, cursor, limit));
    }
    const rows = await annotateWorklist(tx, page.map((p) => p.row));
    const profiles = await loadProfiles(tx, rows.map((row) => row.swv_code));
    const items = rows.map((row) => toApiCase(row, ctx.auth, profiles, on));
    const last = page[page.length - 1];
    const nextCursor = more && last ? encodeCursor([sortParam, last.key, last.row.id]) : null;
    const asked = Object.entries(q).filter(([key]) => key !== 'cursor').map(([key, value]) => `${key}=${value}`).join('&');
    await ctx.audit({ action: 'list', caseId: null, caseIds: items.map((item) => item.id as string), detail: `${items.length} of ${total} cases${asked ? `; ${asked}` : ''}` }, tx);
    return { status: 200, body: { items, total, nextCursor } };
  });
}

/** The page when a filter or the sort needs the derivation: every SQL-matching case is derived once. */
async function derivedPage(
  tx: RequestContext['db'],
  select: string,
  params: unknown[],
  q: Query,
  on: string,
  sort: SortField,
  descending: boolean,
  cursor: string[] | null,
  limit: number,
) {
  const rows = await tx.query<ListRow>(select, params);
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
    matching.push({ row, key: sort === 'normDeadline' ? deadlineKey(derived) : SQL_SORT[sort].key(row) });
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
