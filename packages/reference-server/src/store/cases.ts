// The `cases` table: reads and writes of case rows, always within the caller's tenancy.
// A case is kept as its facts (`data`, JSON) plus the columns queries filter on.
import { todayInAmsterdam, type CaseFacts, type CaseRecord } from '@thuiszitters/domain';
import type { Case, CaseClosure, CaseCreate, CaseVoice, components, SchoolType, Voice } from '@thuiszitters/sdk';
import type { AuthContext } from '../auth/claims.js';
import { tenancyOf } from '../auth/tenancy.js';
import type { Database } from '../storage/database.js';
import { PROFILE_COLUMNS, type ProfileColumns } from './reference.js';

export interface CaseRow {
  id: string;
  version: number;
  status: 'open' | 'closed';
  pupil_ref: string | null;
  school_key: string;
  school_type: SchoolType;
  municipality_code: string;
  swv_code: string;
  created_at: Date | string;
  updated_at: Date | string;
  anonymised_at: Date | string | null;
  data: CaseData;
  /** Worklist columns (store/worklist.ts). */
  last_activity_on?: string | null;
  next_action_due_on?: string | null;
  /** Set by the reader (duplicateOpenIds): another open case of the SWV has this pupilRef. */
  duplicate_open?: boolean;
}

/**
 * The writable facts of the contract (`CaseCreate`, every write is validated against it) plus the
 * closure, as kept in `cases.data` of a live case. An anonymised case keeps less
 * (retention/anonymise.ts) and is never read through this type.
 */
export type CaseData = Omit<CaseCreate, 'voice'> & {
  voice?: CaseVoice;
  closure?: CaseClosure | null;
  /** The day the current episode was reported (created or reopened); older rows: created_at. */
  reportedOn?: string;
  /** The school's own holiday region, copied from `schools` on every write; null = the SWV's. */
  holidayRegion?: components['schemas']['HolidayRegion'] | null;
  /** Earlier episodes of a reopened case, oldest first (see `CaseRecord` of the domain). */
  episodes?: NonNullable<Case['episodes']>;
  [key: string]: unknown;
};

export type { Voice };

/** What an anonymised case keeps in `cases.data` (retention/anonymise.ts): no pupil, no free text. */
export type AnonymisedCaseData = Partial<CaseData> & { derivedAtAnonymisation: unknown };

/** Columns every case query selects (alias `c`). */
export const CASE_COLUMNS =
  'c.id, c.version, c.status, c.pupil_ref, c.school_key, c.school_type, c.municipality_code, c.swv_code, c.created_at, c.updated_at, c.anonymised_at, c.data, c.last_activity_on, c.next_action_due_on';

/** The facts of a row as the domain's derivation reads them. */
export function factsOf(row: CaseRow): CaseFacts {
  const data = row.data;
  return {
    birthYearMonth: data.birthYearMonth ?? '',
    absence: {
      enrolled: data.absence?.enrolled ?? true,
      firstDayOfAbsence: data.absence?.firstDayOfAbsence ?? '',
      authorised: data.absence?.authorised ?? false,
      exemption: data.absence?.exemption ?? null,
      duoReportNumber: data.absence?.duoReportNumber ?? null,
    },
    offer: data.offer ?? null,
    status: row.status,
    closure: data.closure ?? null,
    holidayRegion: data.holidayRegion ?? null,
  };
}

/** The case with its history, as `caseFigures` of the domain reads it. */
export function recordOf(row: CaseRow): CaseRecord {
  return {
    ...factsOf(row),
    reportedOn: row.data.reportedOn ?? todayInAmsterdam(new Date(row.created_at)),
    // The contract may leave an episode's exemption out; the domain reads it as none.
    episodes: (row.data.episodes ?? []).map((e) => ({ ...e, absence: { ...e.absence, exemption: e.absence.exemption ?? null } })),
  };
}

/**
 * A WHERE fragment over table alias `c` (the `cases` table) that limits rows to the caller's
 * tenancy (auth/tenancy.ts). `firstParamIndex` is the number of the first placeholder to use ($n).
 */
export function caseScopeSql(auth: AuthContext, firstParamIndex: number): { sql: string; params: unknown[] } {
  const tenancy = tenancyOf(auth);
  if (!tenancy) return { sql: 'FALSE', params: [] }; // unknown role: sees nothing
  return { sql: `c.${tenancy.column} = $${firstParamIndex}`, params: [tenancy.organisation] };
}

/** A visible (in tenancy, not anonymised) case with its SWV's profile columns, or null. `forUpdate` locks the row. */
export async function findVisibleCaseRow(db: Database, auth: AuthContext, id: string, forUpdate = false): Promise<(CaseRow & ProfileColumns) | null> {
  const scope = caseScopeSql(auth, 2);
  // The SWV's derivation thresholds come along, saving a query on the hot path.
  const rows = await db.query<CaseRow & ProfileColumns>(
    `SELECT ${CASE_COLUMNS}, ${PROFILE_COLUMNS}
       FROM cases c LEFT JOIN definition_profiles p ON p.swv_code = c.swv_code
      WHERE c.id = $1::uuid AND c.anonymised_at IS NULL AND ${scope.sql}${forUpdate ? ' FOR UPDATE OF c' : ''}`,
    [id, ...scope.params],
  );
  return rows[0] ?? null;
}

export interface SchoolRow {
  school_key: string;
  school_type: string;
  municipality_code: string;
  swv_code: string;
  /** The school's own holiday region; null = its SWV's (profile `holidayRegion`). */
  holiday_region?: components['schemas']['HolidayRegion'] | null;
}

/** The school of a case body, or null when it is not registered. */
export async function findSchoolRow(db: Database, key: string): Promise<SchoolRow | null> {
  const rows = await db.query<SchoolRow>(
    'SELECT school_key, school_type, municipality_code, swv_code, holiday_region FROM schools WHERE school_key = $1',
    [key],
  );
  return rows[0] ?? null;
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

/** Inserts a new open case (version 1) and returns its row. */
export async function insertCase(db: Database, id: string, data: CaseData, school: SchoolRow, now: Date): Promise<CaseRow> {
  const c = columnsOf(data, school);
  const rows = await db.query<CaseRow>(
    `INSERT INTO cases (id, version, status, pupil_ref, school_key, school_type, municipality_code, swv_code, enrolled,
        authorised, first_day_of_absence, primary_reason, secondary_reasons, offer_type, offer_start, created_at, updated_at, data)
     VALUES ($1::uuid, 1, 'open', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text[], $12, $13, $14, $14, $15::jsonb)
     RETURNING ${CASE_COLUMNS.replace(/c\./g, '')}`,
    [
      id, c.pupil_ref, c.school_key, c.school_type, c.municipality_code, c.swv_code, c.enrolled, c.authorised,
      c.first_day_of_absence, c.primary_reason, c.secondary_reasons, c.offer_type, c.offer_start, now, JSON.stringify(data),
    ],
  );
  return rows[0]!;
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
