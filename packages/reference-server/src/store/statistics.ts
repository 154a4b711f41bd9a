// Counting queries of the statistics, over the caller's tenancy (caseScopeSql), so another
// tenant's case is never counted. What counts is decided by the figure rows of `case_figures`
// (store/figures.ts); the operations (operations/statistics.ts) pick the periods and publish.
// Every `[from, to]` handed in is already capped at today.
import type { AuthContext } from '../auth/claims.js';
import { TENANCY_COLUMN } from '../auth/tenancy.js';
import type { Database } from '../storage/database.js';
import { caseScopeSql } from './cases.js';

/** A period as two dates (`YYYY-MM-DD`), the last one included. */
export type Dates = { from: string; to: string };

interface Scope {
  sql: string;
  params: unknown[];
}

/** Tenancy plus the optional school filter, as a WHERE fragment starting at `$first`. */
function caseFilter(auth: AuthContext, school: string | null, first: number): Scope {
  const tenancy = caseScopeSql(auth, first);
  const params = [...tenancy.params];
  let sql = `(${tenancy.sql})`;
  if (school) {
    params.push(school);
    sql += ` AND c.school_key = $${first + params.length - 1}`;
  }
  return { sql, params };
}

/** SQL: the case (alias c) was a thuiszitter on a day of [$from, $to]. */
const inPeriod = (from: number, to: number) =>
  `EXISTS (SELECT 1 FROM case_figures f WHERE f.case_id = c.id AND f.kind = 'thuiszitter'
             AND f.from_on <= $${to}::date AND (f.to_on IS NULL OR f.to_on >= $${from}::date))`;

const toInt = (value: unknown) => Number(value ?? 0);

export interface ReasonCountRow {
  reason: string | null;
  count: string | number;
  comparison_count: string | number;
  ids: string[] | null;
  comparison_ids: string[] | null;
}

/** Counts per reason (and the cases behind each count) for a period and a comparison period. */
export async function reasonCounts(
  db: Database,
  auth: AuthContext,
  period: Dates,
  comparisonPeriod: Dates,
  reasonScope: 'primary' | 'all',
  school: string | null,
): Promise<{ byReason: ReasonCountRow[]; total: number; comparisonTotal: number }> {
  const filter = caseFilter(auth, school, 5);
  const params = [period.from, period.to, comparisonPeriod.from, comparisonPeriod.to, ...filter.params];
  const reasonsOf = reasonScope === 'all' ? 'array_prepend(s.primary_reason, s.secondary_reasons)' : 'ARRAY[s.primary_reason]';

  const rows = await db.query<ReasonCountRow>(
    `WITH s AS (
       SELECT c.id, c.primary_reason, c.secondary_reasons, ${inPeriod(1, 2)} AS in_period, ${inPeriod(3, 4)} AS in_comparison
         FROM cases c
        WHERE ${filter.sql}
     )
     SELECT r.reason,
            count(DISTINCT s.id) FILTER (WHERE s.in_period) AS count,
            count(DISTINCT s.id) FILTER (WHERE s.in_comparison) AS comparison_count,
            array_agg(DISTINCT s.id::text) FILTER (WHERE s.in_period) AS ids,
            array_agg(DISTINCT s.id::text) FILTER (WHERE s.in_comparison) AS comparison_ids
       FROM s CROSS JOIN LATERAL unnest(${reasonsOf}) AS r(reason)
      WHERE s.in_period OR s.in_comparison
      GROUP BY ROLLUP (r.reason)`,
    params,
  );
  // ROLLUP's grand-total row (reason NULL) is not a total of cases under `all`: count it apart.
  const totals = await db.query<{ total: string | number; comparison_total: string | number }>(
    `SELECT count(*) FILTER (WHERE ${inPeriod(1, 2)}) AS total, count(*) FILTER (WHERE ${inPeriod(3, 4)}) AS comparison_total
       FROM cases c WHERE ${filter.sql}`,
    params,
  );
  return {
    byReason: rows.filter((row) => row.reason !== null),
    total: toInt(totals[0]?.total),
    comparisonTotal: toInt(totals[0]?.comparison_total),
  };
}

/** The first day of absence of the caller's earliest case, or null. */
export async function earliestAbsence(db: Database, auth: AuthContext): Promise<string | null> {
  const filter = caseFilter(auth, null, 1);
  const rows = await db.query<{ first: string | null }>(`SELECT min(c.first_day_of_absence)::text AS first FROM cases c WHERE ${filter.sql}`, filter.params);
  return rows[0]?.first ?? null;
}

/** The school of each of these cases. */
export function schoolsOfCases(db: Database, ids: string[]): Promise<{ id: string; school_key: string }[]> {
  return db.query<{ id: string; school_key: string }>('SELECT id::text AS id, school_key FROM cases WHERE id = ANY($1::uuid[])', [ids]);
}

/** Counts per school of the caller's cases for a period and a comparison period. */
export function schoolCounts(
  db: Database,
  auth: AuthContext,
  period: Dates,
  comparisonPeriod: Dates,
): Promise<{ school_key: string; school_type: string; count: string | number; comparison_count: string | number }[]> {
  const filter = caseFilter(auth, null, 5);
  return db.query(
    `SELECT c.school_key, min(c.school_type) AS school_type,
            count(*) FILTER (WHERE ${inPeriod(1, 2)}) AS count,
            count(*) FILTER (WHERE ${inPeriod(3, 4)}) AS comparison_count
       FROM cases c
      WHERE ${filter.sql}
      GROUP BY c.school_key`,
    [period.from, period.to, comparisonPeriod.from, comparisonPeriod.to, ...filter.params],
  );
}

/** The schools listed for a caller even when they have no cases (its tenancy), plus these keys. */
export function listedSchools(db: Database, auth: AuthContext, keys: string[]): Promise<{ school_key: string; name: string; school_type: string }[]> {
  const column = TENANCY_COLUMN[auth.role] ?? TENANCY_COLUMN.leerplicht;
  return db.query(`SELECT school_key, name, school_type FROM schools WHERE ${column} = $1 OR school_key = ANY($2::text[])`, [auth.organisation, keys]);
}

export interface HeadlineRow {
  k: number;
  active: string | number;
  new_in_period: string | number;
  closed_with_solution: string | number;
  norm_due: string | number;
  norm_met: string | number;
  median_days: number | string | null;
  special: string | number;
}

/** The headline figures of a period (k = 1) and its comparison period (k = 2). */
export function headlineRows(db: Database, auth: AuthContext, school: string | null, period: Dates, comparisonPeriod: Dates, today: string): Promise<HeadlineRow[]> {
  const filter = caseFilter(auth, school, 6);
  // The tenant's figure rows (case_figures), then FILTERed counts per period.
  return db.query<HeadlineRow>(
    `WITH c AS (SELECT c.id, c.first_day_of_absence AS f, c.offer_type, c.offer_start FROM cases c WHERE ${filter.sql}),
          r AS (SELECT x.* FROM case_figures x JOIN c ON c.id = x.case_id)
     SELECT p.k,
            (SELECT count(DISTINCT r.case_id) FROM r WHERE r.kind = 'thuiszitter' AND r.from_on <= p.pt AND (r.to_on IS NULL OR r.to_on >= p.pt)) AS active,
            (SELECT count(*) FROM r WHERE r.kind = 'reported' AND r.from_on BETWEEN p.pf AND p.pt) AS new_in_period,
            (SELECT count(*) FROM r WHERE r.kind = 'closedWithSolution' AND r.from_on BETWEEN p.pf AND p.pt) AS closed_with_solution,
            (SELECT count(*) FROM r WHERE r.kind = 'normDecided' AND r.from_on BETWEEN p.pf AND p.pt AND r.from_on < $5::date) AS norm_due,
            (SELECT coalesce(sum(r.value), 0) FROM r WHERE r.kind = 'normDecided' AND r.from_on BETWEEN p.pf AND p.pt AND r.from_on < $5::date) AS norm_met,
            (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c.offer_start - c.f) FROM c WHERE c.offer_start BETWEEN p.pf AND p.pt) AS median_days,
            (SELECT count(*) FROM c WHERE c.offer_type = 'speciaalOnderwijsTlv' AND c.offer_start BETWEEN p.pf AND p.pt) AS special
       FROM (VALUES (1, $1::date, $2::date), (2, $3::date, $4::date)) AS p(k, pf, pt)
      ORDER BY p.k`,
    [period.from, period.to, comparisonPeriod.from, comparisonPeriod.to, today, ...filter.params],
  );
}

/** The number of the caller's thuiszitters on each of these days. */
export function activeOnDays(db: Database, auth: AuthContext, school: string | null, days: string[]): Promise<{ day: string; active: string | number }[]> {
  const trendFilter = caseFilter(auth, school, 2);
  return db.query<{ day: string; active: string | number }>(
    `WITH r AS (SELECT x.case_id, x.from_on, x.to_on FROM case_figures x JOIN cases c ON c.id = x.case_id
                 WHERE x.kind = 'thuiszitter' AND ${trendFilter.sql})
     SELECT d.day::text AS day, count(DISTINCT r.case_id) AS active
       FROM unnest($1::date[]) WITH ORDINALITY AS d(day, n)
       LEFT JOIN r ON r.from_on <= d.day AND (r.to_on IS NULL OR r.to_on >= d.day)
      GROUP BY d.day, d.n ORDER BY d.n`,
    [days, ...trendFilter.params],
  );
}
