// The per-case figure rows the statistics count (table case_figures), derived by caseFigures()
// of @thuiszitters/domain from a case's facts, history and its SWV's profile. Rewritten on every
// write of a case, so that a SQL count over them is a count of what deriveCase says.
import { caseFigures } from '@thuiszitters/domain';
import type { Database } from '../storage/database.js';
import { PROFILE_COLUMNS, toProfile, type ProfileColumns } from './reference.js';
import { CASE_COLUMNS, recordOf, type CaseRow } from './cases.js';

const BATCH = 500;

/** Recomputes the figure rows of these cases (all cases when `caseIds` is omitted). */
export async function refreshCaseFigures(db: Database, caseIds?: readonly string[]): Promise<number> {
  if (caseIds && caseIds.length === 0) return 0;
  const where = caseIds ? 'WHERE c.id = ANY($1::uuid[]) AND c.anonymised_at IS NULL' : 'WHERE c.anonymised_at IS NULL';
  const rows = await db.query<CaseRow & ProfileColumns>(
    `SELECT ${CASE_COLUMNS}, ${PROFILE_COLUMNS} FROM cases c LEFT JOIN definition_profiles p ON p.swv_code = c.swv_code ${where}`,
    caseIds ? [caseIds] : [],
  );
  const ids = rows.map((row) => row.id);
  const figures = rows.flatMap((row) =>
    caseFigures(recordOf(row), toProfile(row)).map((f) => ({ case_id: row.id, kind: f.kind, from_on: f.from, to_on: f.to, value: f.value })),
  );
  await db.query('DELETE FROM case_figures WHERE case_id = ANY($1::uuid[])', [ids]);
  for (let i = 0; i < figures.length; i += BATCH) {
    await db.query(
      `INSERT INTO case_figures (case_id, kind, from_on, to_on, value)
       SELECT case_id, kind, from_on, to_on, value FROM jsonb_to_recordset($1::jsonb)
         AS x(case_id uuid, kind text, from_on date, to_on date, value integer)`,
      [JSON.stringify(figures.slice(i, i + BATCH))],
    );
  }
  return figures.length;
}

/** After a migration added case_figures to a database with cases: fill it once. */
export async function backfillCaseFigures(db: Database): Promise<void> {
  const [state] = await db.query<{ cases: boolean; figures: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM cases) AS cases, EXISTS (SELECT 1 FROM case_figures) AS figures',
  );
  if (state?.cases && !state.figures) await refreshCaseFigures(db);
}
