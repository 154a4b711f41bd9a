// Reference data: schools, municipalities and the SWVs' definition profiles.
import type { DefinitionThresholds, DerivationProfile } from '@thuiszitters/domain';
import type { AuthContext } from '../auth/claims.js';
import { regionOf } from '../auth/tenancy.js';
import type { Database } from '../storage/database.js';

export type Profiles = Map<string, Partial<DerivationProfile>>;

/** The derivation columns of `definition_profiles` (NULL when the SWV has no profile row). */
export interface ProfileColumns {
  lrv_threshold_days: number | null;
  norm_months: number | null;
  almost_out_days: number | null;
  /** jsonb: the profile's other thresholds under their contract names (migration 003). */
  choices?: Partial<DefinitionThresholds> | null;
}

/** Columns to select (alias `p` = definition_profiles) for `profilesFromRow`. */
export const PROFILE_COLUMNS = 'p.lrv_threshold_days, p.norm_months, p.almost_out_days, p.choices';

export function toProfile(row: ProfileColumns): Partial<DerivationProfile> {
  return {
    ...row.choices,
    lrvThresholdDays: row.lrv_threshold_days ?? undefined,
    normMonths: row.norm_months ?? undefined,
    almostOutDays: row.almost_out_days ?? undefined,
  };
}

/** The derivation thresholds of these SWVs (missing rows → national defaults). One query. */
export async function loadProfiles(db: Database, swvCodes: Iterable<string>): Promise<Profiles> {
  const codes = [...new Set(swvCodes)];
  const profiles: Profiles = new Map();
  if (codes.length === 0) return profiles;
  const rows = await db.query<ProfileColumns & { swv_code: string }>(
    `SELECT swv_code, lrv_threshold_days, norm_months, almost_out_days, choices
       FROM definition_profiles WHERE swv_code = ANY($1::text[])`,
    [codes],
  );
  for (const row of rows) profiles.set(row.swv_code, toProfile(row));
  return profiles;
}

/** A whole row of `definition_profiles`. */
export interface ProfileRow extends ProfileColumns {
  swv_code: string;
  name: string;
  small_cell_threshold: number | null;
  retention_months: number | null;
}

export async function findProfileRow(db: Database, swvCode: string): Promise<ProfileRow | null> {
  const rows = await db.query<ProfileRow>(
    `SELECT swv_code, name, lrv_threshold_days, norm_months, almost_out_days, small_cell_threshold, retention_months, choices
       FROM definition_profiles WHERE swv_code = $1`,
    [swvCode],
  );
  return rows[0] ?? null;
}

/** The SWV the caller belongs to (for a municipality: the one with most schools in it), or null. */
export async function callerSwvCode(db: Database, auth: AuthContext): Promise<string | null> {
  const region = regionOf(auth);
  if ('swv' in region) return region.swv;
  const rows =
    'swvOfSchool' in region
      ? await db.query<{ swv_code: string }>('SELECT swv_code FROM schools WHERE school_key = $1', [region.swvOfSchool])
      : await db.query<{ swv_code: string }>(
          `SELECT swv_code FROM schools WHERE municipality_code = $1
            GROUP BY swv_code ORDER BY count(*) DESC, swv_code LIMIT 1`,
          [region.municipality],
        );
  return rows[0]?.swv_code ?? null;
}

export interface SchoolListRow {
  brin: string;
  vestiging: string;
  name: string;
  school_type: string;
  municipality_code: string;
  swv_code: string;
  holiday_region: string | null;
}

/** The schools of the caller's region (auth/tenancy.ts `regionOf`), by name. */
export async function listRegionSchools(db: Database, auth: AuthContext): Promise<SchoolListRow[]> {
  const region = regionOf(auth);
  const [where, code] =
    'swvOfSchool' in region
      ? ['swv_code = (SELECT swv_code FROM schools WHERE school_key = $1)', region.swvOfSchool]
      : 'swv' in region
        ? ['swv_code = $1', region.swv]
        : ['municipality_code = $1', region.municipality];
  return db.query<SchoolListRow>(
    `SELECT brin, vestiging, name, school_type, municipality_code, swv_code, holiday_region FROM schools WHERE ${where} ORDER BY name, brin, vestiging`,
    [code],
  );
}

/** The SWVs with schools in a municipality. */
export async function swvsInMunicipality(db: Database, municipality: string): Promise<string[]> {
  const rows = await db.query<{ swv_code: string }>('SELECT DISTINCT swv_code FROM schools WHERE municipality_code = $1', [municipality]);
  return rows.map((row) => row.swv_code);
}

/** The SWV of a school (none when the school is unknown). */
export async function swvsOfSchool(db: Database, school: string): Promise<string[]> {
  const rows = await db.query<{ swv_code: string }>('SELECT swv_code FROM schools WHERE school_key = $1', [school]);
  return rows.map((row) => row.swv_code);
}

/** The name the server knows for a municipality or an SWV (its profile), or null. */
export async function organisationName(db: Database, code: string, type: 'gemeente' | 'swv'): Promise<string | null> {
  const rows =
    type === 'gemeente'
      ? await db.query<{ name: string }>('SELECT name FROM municipalities WHERE code = $1', [code])
      : await db.query<{ name: string }>('SELECT name FROM definition_profiles WHERE swv_code = $1', [code]);
  return rows[0]?.name ?? null;
}
