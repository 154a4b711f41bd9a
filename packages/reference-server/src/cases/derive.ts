// Derived fields on read: the SWV's definition profile applied with @thuiszitters/domain.
import { deriveCase, deriveEvents, todayInAmsterdam, type CaseFacts, type DerivationProfile, type DerivedClassification, type DerivedEvent } from '@thuiszitters/domain';
import type { Database } from '../storage/database.js';

export type Profiles = Map<string, Partial<DerivationProfile>>;

/** The derivation columns of `definition_profiles` (NULL when the SWV has no profile row). */
export interface ProfileColumns {
  lrv_threshold_days: number | null;
  norm_months: number | null;
  almost_out_days: number | null;
  choices?: Record<string, unknown> | null;
}

interface ProfileRow extends ProfileColumns {
  swv_code: string;
}

/** Profiles from a case row that was read joined with its SWV's profile. */
export function profilesFromRow(row: ProfileColumns & { swv_code: string }): Profiles {
  return new Map([[row.swv_code, toProfile(row)]]);
}

/** Columns to select (alias `p` = definition_profiles) for `profilesFromRow`. */
export const PROFILE_COLUMNS = 'p.lrv_threshold_days, p.norm_months, p.almost_out_days, p.choices';

export function toProfile(row: ProfileColumns): Partial<DerivationProfile> {
  return {
    ...((row.choices ?? {}) as Partial<DerivationProfile>),
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
  const rows = await db.query<ProfileRow>(
    `SELECT swv_code, lrv_threshold_days, norm_months, almost_out_days, choices
       FROM definition_profiles WHERE swv_code = ANY($1::text[])`,
    [codes],
  );
  for (const row of rows) profiles.set(row.swv_code, toProfile(row));
  return profiles;
}

export function today(now: Date): string {
  return todayInAmsterdam(now);
}

export function derive(facts: CaseFacts, profile: Partial<DerivationProfile> | undefined, on: string): DerivedClassification {
  return deriveCase(facts, profile ?? {}, on);
}

export function derivedEvents(facts: CaseFacts, profile: Partial<DerivationProfile> | undefined, on: string): DerivedEvent[] {
  return deriveEvents(facts, profile ?? {}, on);
}
