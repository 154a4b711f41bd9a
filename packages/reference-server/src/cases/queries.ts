// Case reads and writes shared by the case and event operations, always within the caller's tenancy.
import { caseScopeSql } from '../auth/tenancy.js';
import { HttpProblem, notFound } from '../http/problem.js';
import type { AuthContext } from '../operations/types.js';
import type { Database } from '../storage/database.js';
import { PROFILE_COLUMNS, type ProfileColumns } from './derive.js';
import { CASE_COLUMNS, type CaseData, type CaseRow } from './record.js';

/** A visible (in tenancy, not anonymised) case, or 404. `forUpdate` locks the row. */
export async function findVisibleCase(db: Database, auth: AuthContext, id: string, forUpdate = false): Promise<CaseRow & ProfileColumns> {
  const scope = caseScopeSql(auth, 2);
  // The SWV's derivation thresholds come along, saving a query on the hot path.
  const rows = await db.query<CaseRow & ProfileColumns>(
    `SELECT ${CASE_COLUMNS}, ${PROFILE_COLUMNS}
       FROM cases c LEFT JOIN definition_profiles p ON p.swv_code = c.swv_code
      WHERE c.id = $1::uuid AND c.anonymised_at IS NULL AND ${scope.sql}${forUpdate ? ' FOR UPDATE OF c' : ''}`,
    [id, ...scope.params],
  );
  const row = rows[0];
  if (!row) throw notFound('There is no case with this id that you may see.');
  return row;
}

export interface SchoolRow {
  school_key: string;
  school_type: string;
  municipality_code: string;
  swv_code: string;
  /** The school's own holiday region; null = its SWV's (profile `holidayRegion`). */
  holiday_region?: string | null;
}

/** The school of a case body, or 400 on `school`. */
export async function findSchool(db: Database, school: { brin: string; vestiging: string }): Promise<SchoolRow> {
  const key = school.brin + school.vestiging;
  const rows = await db.query<SchoolRow>(
    'SELECT school_key, school_type, municipality_code, swv_code, holiday_region FROM schools WHERE school_key = $1',
    [key],
  );
  const row = rows[0];
  if (!row) {
    throw new HttpProblem(400, 'The school is not known in any region served by this API.', {
      invalidParams: [{ name: 'school', reason: `School ${key} is not registered.` }],
    });
  }
  return row;
}

/**
 * May this caller hold a case of this school and municipality? A case must stay inside the
 * caller's own tenancy, otherwise it would write data it can never read back: 403.
 */
export function assertWithinTenancy(auth: AuthContext, school: SchoolRow, municipalityCode: string): void {
  const inside =
    (auth.role === 'school' && school.school_key === auth.organisation) ||
    (auth.role === 'swv' && school.swv_code === auth.organisation) ||
    (auth.role === 'leerplicht' && municipalityCode === auth.organisation);
  if (!inside) {
    const what =
      auth.role === 'school'
        ? 'A school may only register cases of its own school.'
        : auth.role === 'swv'
          ? 'An SWV may only register cases of schools in its own region.'
          : 'Leerplicht may only register cases of pupils living in its own municipality.';
    throw new HttpProblem(403, what);
  }
}

/** Writes the row columns from the case data (the columns are what queries filter on). */
export function columnsOf(data: CaseData, school: SchoolRow) {
  return {
    pupil_ref: data.pupilRef ?? null,
    school_key: school.school_key,
    school_type: data.schoolType ?? school.school_type,
    municipality_code: data.municipalityCode!,
    swv_code: school.swv_code,
    enrolled: data.absence!.enrolled,
    authorised: data.absence!.authorised,
    first_day_of_absence: data.absence!.firstDayOfAbsence,
    primary_reason: data.reasons!.primary,
    secondary_reasons: data.reasons!.secondary,
    offer_type: data.offer?.type ?? null,
    offer_start: data.offer?.startDate ?? null,
    closed_on: data.closure?.closedOn ?? null,
    closure_reason: data.closure?.reason ?? null,
  };
}

export async function updateCaseRow(
  db: Database,
  id: string,
  data: CaseData,
  school: SchoolRow,
  status: 'open' | 'closed',
  now: Date,
): Promise<CaseRow> {
  const c = columnsOf(data, school);
  const rows = await db.query<CaseRow>(
    `UPDATE cases SET version = version + 1, status = $2, pupil_ref = $3, school_key = $4, school_type = $5,
        municipality_code = $6, swv_code = $7, enrolled = $8, authorised = $9, first_day_of_absence = $10,
        primary_reason = $11, secondary_reasons = $12::text[], offer_type = $13, offer_start = $14,
        closed_on = $15, closure_reason = $16, updated_at = $17, data = $18::jsonb
      WHERE id = $1::uuid
      RETURNING ${CASE_COLUMNS.replace(/c\./g, '')}`,
    [
      id, status, c.pupil_ref, c.school_key, c.school_type, c.municipality_code, c.swv_code, c.enrolled, c.authorised,
      c.first_day_of_absence, c.primary_reason, c.secondary_reasons, c.offer_type, c.offer_start, c.closed_on,
      c.closure_reason, now, JSON.stringify(data),
    ],
  );
  return rows[0]!;
}
