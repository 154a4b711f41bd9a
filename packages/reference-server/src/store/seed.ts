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
  await insertRows(
    tx,
    `INSERT INTO municipalities (code, name) SELECT code, name FROM jsonb_to_recordset($1::jsonb) AS x(code text, name text)
     ON CONFLICT (code) DO NOTHING`,
    municipalities,
  );
  await insertRows(
    tx,
    `INSERT INTO schools (school_key, brin, vestiging, name, school_type, municipality_code, swv_code)
     SELECT * FROM jsonb_to_recordset($1::jsonb)
       AS x(school_key text, brin text, vestiging text, name text, school_type text, municipality_code text, swv_code text)
     ON CONFLICT (school_key) DO NOTHING`,
    schools,
  );
}

const INSERT_CASES = `
  INSERT INTO cases (id, version, status, pupil_ref, school_key, school_type, municipality_code, swv_code,
                     enrolled, authorised, first_day_of_absence, primary_reason, secondary_reasons,
                     offer_type, offer_start, closed_on, closure_reason, created_at, updated_at, data)
  SELECT id, version, status, pupil_ref, school_key, school_type, municipality_code, swv_code,
         enrolled, authorised, first_day_of_absence, primary_reason, secondary_reasons,
         offer_type, offer_start, closed_on, closure_reason, created_at, updated_at, data
    FROM jsonb_to_recordset($1::jsonb) AS x(
      id uuid, version integer, status text, pupil_ref text, school_key text, school_type text,
      municipality_code text, swv_code text, enrolled boolean, authorised boolean,
      first_day_of_absence date, primary_reason text, secondary_reasons text[], offer_type text,
      offer_start date, closed_on date, closure_reason text, created_at timestamptz,
      updated_at timestamptz, data jsonb)`;

/** Case rows with every column (ids and versions as generated). */
export function insertCaseRows(tx: Database, rows: object[]): Promise<void> {
  return insertRows(tx, INSERT_CASES, rows);
}

export function insertEventRows(tx: Database, rows: object[]): Promise<void> {
  return insertRows(
    tx,
    `INSERT INTO case_events (id, case_id, type, occurred_on, recorded_at, actor, summary, data)
     SELECT id, case_id, type, occurred_on, recorded_at, actor, summary, data FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, case_id uuid, type text, occurred_on date, recorded_at timestamptz, actor jsonb, summary text, data jsonb)`,
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
    `INSERT INTO routekaart_changes (id, assessment_id, at, actor, point_number, field, from_value, to_value)
     SELECT id, assessment_id, at, actor, point_number, field, from_value, to_value FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, assessment_id uuid, at timestamptz, actor jsonb, point_number integer, field text, from_value jsonb, to_value jsonb)`,
    changes,
  );
}

/** Fresh statistics for the planner after a bulk load (PostgreSQL and PGlite alike). */
export async function analyze(db: Database): Promise<void> {
  await db.query('ANALYZE');
}
