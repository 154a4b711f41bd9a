// SQL of the worklist's case list (GET /v1/cases): the stored filters within the caller's
// tenancy, keyset pages on a stored sort key, the count, and the full match for filters that
// the operation derives with the domain (operations/case-list.ts).
import type { AuthContext } from '../auth/claims.js';
import type { Database } from '../storage/database.js';
import { CASE_COLUMNS, caseScopeSql, type CaseRow } from './cases.js';
import { DUPLICATE_OPEN_SQL } from './worklist.js';

export type StoredSort = 'createdAt' | 'lastActivity' | 'firstDayOfAbsence';
export type CaseListRow = CaseRow & { cursor_at: string; first_day: string };

/** The filters kept in columns; the others (classification, norm, signals) are derived. */
export interface StoredCaseFilter {
  school?: string;
  status?: string;
  municipality?: string;
  reason?: string;
  from?: string;
  to?: string;
  q?: string;
  hasLead?: boolean;
  lastActivityBefore?: string;
  actionOverdue?: boolean;
  /** Also read whether another open case of the SWV has the same pupilRef. */
  withDuplicates?: boolean;
}

/** The SQL expression and cast of each stored sort key, and how a row gives its key. */
export const STORED_SORT: Record<StoredSort, { expr: string; cast: string; key: (row: CaseListRow) => string }> = {
  createdAt: { expr: 'c.created_at', cast: 'timestamptz', key: (row) => row.cursor_at },
  // Cases without activity sort as the oldest activity.
  lastActivity: { expr: "COALESCE(c.last_activity_on, DATE '1900-01-01')", cast: 'date', key: (row) => row.last_activity_on ?? '1900-01-01' },
  firstDayOfAbsence: { expr: 'c.first_day_of_absence', cast: 'date', key: (row) => row.first_day },
};

interface CaseListQuery {
  select: string;
  where: string;
  params: unknown[];
}

/** The SELECT and WHERE of the stored filters, within the caller's tenancy; `on` is today. */
export function caseListQuery(auth: AuthContext, filter: StoredCaseFilter, on: string): CaseListQuery {
  const conditions: string[] = ['c.anonymised_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  const scope = caseScopeSql(auth, params.length + 1);
  conditions.push(scope.sql);
  params.push(...scope.params);
  if (filter.school !== undefined) add((n) => `c.school_key = ${n}`, filter.school);
  if (filter.status !== undefined) add((n) => `c.status = ${n}`, filter.status);
  if (filter.municipality !== undefined) add((n) => `c.municipality_code = ${n}`, filter.municipality);
  if (filter.reason !== undefined) add((n) => `(c.primary_reason = ${n} OR ${n} = ANY(c.secondary_reasons))`, filter.reason);
  if (filter.to !== undefined) add((n) => `c.first_day_of_absence <= ${n}::date`, filter.to);
  if (filter.from !== undefined) add((n) => `(c.closed_on IS NULL OR c.closed_on >= ${n}::date)`, filter.from);
  if (filter.q !== undefined) {
    add((n) => `c.pupil_ref ILIKE ${n} ESCAPE '\\'`, `%${String(filter.q).replace(/[\\%_]/g, (m) => '\\' + m)}%`);
  }
  if (filter.hasLead !== undefined) conditions.push(filter.hasLead ? "jsonb_typeof(c.data->'lead') = 'object'" : "jsonb_typeof(c.data->'lead') IS DISTINCT FROM 'object'");
  if (filter.lastActivityBefore !== undefined) add((n) => `COALESCE(c.last_activity_on, DATE '1900-01-01') < ${n}::date`, filter.lastActivityBefore);
  if (filter.actionOverdue !== undefined) {
    add((n) => (filter.actionOverdue ? `c.next_action_due_on < ${n}::date` : `(c.next_action_due_on IS NULL OR c.next_action_due_on >= ${n}::date)`), on);
  }
  const select = `SELECT ${CASE_COLUMNS}, to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
      to_char(c.first_day_of_absence, 'YYYY-MM-DD') AS first_day${filter.withDuplicates ? `, (c.status = 'open' AND ${DUPLICATE_OPEN_SQL}) AS duplicate_open` : ''}
      FROM cases c`;
  return { select, where: conditions.join(' AND '), params };
}

/** One keyset page (limit + 1 rows, to tell whether more follow) on a stored sort key. */
export function caseListPage(
  db: Database,
  query: CaseListQuery,
  sort: StoredSort,
  descending: boolean,
  after: { key: string; id: string } | null,
  limit: number,
): Promise<CaseListRow[]> {
  const s = STORED_SORT[sort];
  const params = [...query.params];
  let keyCondition = '';
  if (after) {
    params.push(after.key, after.id);
    keyCondition = ` AND (${s.expr}, c.id) ${descending ? '<' : '>'} ($${params.length - 1}::${s.cast}, $${params.length}::uuid)`;
  }
  params.push(limit + 1);
  const dir = descending ? 'DESC' : 'ASC';
  return db.query<CaseListRow>(`${query.select} WHERE ${query.where}${keyCondition} ORDER BY ${s.expr} ${dir}, c.id ${dir} LIMIT $${params.length}`, params);
}

/** How many cases the stored filters match. */
export async function caseListCount(db: Database, query: CaseListQuery): Promise<number> {
  const [count] = await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM cases c WHERE ${query.where}`, query.params);
  return Number(count?.n ?? 0);
}

/** Every case the stored filters match (one tenancy: a few thousand rows at most), for derived filters. */
export function caseListAll(db: Database, query: CaseListQuery): Promise<CaseListRow[]> {
  return db.query<CaseListRow>(`${query.select} WHERE ${query.where}`, query.params);
}
