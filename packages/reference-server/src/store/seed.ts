// Bulk loading of demo and scale data (seed/): one INSERT … SELECT FROM jsonb_to_recordset per
// table and chunk, inside the caller's transaction.
import type { Database } from '../storage/database.js';

/** The chunk size of one INSERT: keeps each JSON parameter a few hundred kB at most. */
const BATCH = 500;

async function insertRows(tx: Database, sql: string, rows: unknown[], extraParams: unknown[] = []): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.query(sql, [JSON.stringify(rows.slice(i, i + BATCH)), ...extraParams]);
  }
}

/**
 * `INSERT INTO table (columns) SELECT columns FROM jsonb_to_recordset($1)`, each column named once
 * with its type (`'id uuid, name text'`), so the three lists of such a statement cannot drift.
 */
function recordsetInsert(table: string, columns: string, tail = ''): string {
  const names = columns.split(',').map((column) => column.trim().split(/\s+/)[0]).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${columns}) ${tail}`;
}

/**
 * Serialises concurrent seeders (PostgreSQL), then tells whether the SWV's definition profile —
 * the marker that its region is seeded — is there already.
 */
export async function lockAndCheckSeeded(tx: Database, swvCode: string): Promise<boolean> {
  await tx.query('SELECT pg_advisory_xact_lock(727275)');
  const present = await tx.query('SELECT 1 FROM definition_profiles WHERE swv_code = $1', [swvCode]);
  return present.length > 0;
}

/** The SWV's definition profile (the marker), its municipalities and schools. */
export async function insertRegionRows(
  tx: Database,
  swv: { code: string; name: string },
  municipalities: { code: string; name: string }[],
  schools: { school_key: string; brin: string; vestiging: string; name: string; school_type: string; municipality_code: string; swv_code: string }[],
): Promise<void> {
  await tx.query('INSERT INTO definition_profiles (swv_code, name) VALUES ($1, $2)', [swv.code, swv.name]);
  await insertRows(tx, recordsetInsert('municipalities', 'code text, name text', 'ON CONFLICT (code) DO NOTHING'), municipalities);
  await insertRows(
    tx,
    recordsetInsert(
      'schools',
      'school_key text, brin text, vestiging text, name text, school_type text, municipality_code text, swv_code text',
      'ON CONFLICT (school_key) DO NOTHING',
    ),
    schools,
  );
}

const INSERT_CASES = recordsetInsert(
  'cases',
  `id uuid, version integer, status text, pupil_ref text, school_key text, school_type text,
   municipality_code text, swv_code text, enrolled boolean, authorised boolean,
   first_day_of_absence date, primary_reason text, secondary_reasons text[], offer_type text,
   offer_start date, closed_on date, closure_reason text, created_at timestamptz,
   updated_at timestamptz, data jsonb`,
);

/** Case rows with every column (ids and versions as generated). */
export function insertCaseRows(tx: Database, rows: object[]): Promise<void> {
  return insertRows(tx, INSERT_CASES, rows);
}

export function insertEventRows(tx: Database, rows: object[]): Promise<void> {
  return insertRows(
    tx,
    recordsetInsert('case_events', 'id uuid, case_id uuid, type text, occurred_on date, recorded_at timestamptz, actor jsonb, summary text, data jsonb'),
    rows,
  );
}

/** Routekaart assessments of one SWV, and their changes. */
export async function insertAssessmentRows(tx: Database, swv: { code: string; name: string }, assessments: object[], changes: object[]): Promise<void> {
  await insertRows(
    tx,
    `INSERT INTO routekaart_assessments (id, version, organisation_code, organisation_name, organisation_type, assessed_on, points, created_at, copied_from)
     SELECT id, version, $2, $3, 'swv', assessed_on, points, created_at, copied_from FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, version integer, assessed_on date, points jsonb, created_at timestamptz, copied_from uuid)`,
    assessments,
    [swv.code, swv.name],
  );
  await insertRows(
    tx,
    recordsetInsert('routekaart_changes', 'id uuid, assessment_id uuid, at timestamptz, actor jsonb, point_number integer, field text, from_value jsonb, to_value jsonb'),
    changes,
  );
}

/** Fresh statistics for the planner after a bulk load (PostgreSQL and PGlite alike). */
export async function analyze(db: Database): Promise<void> {
  await db.query('ANALYZE');
}
