// Derived fields on read: the SWV's definition profile applied with @thuiszitters/domain.
import { deriveCase, deriveEvents, todayInAmsterdam, type CaseFacts, type DerivationProfile, type DerivedClassification, type DerivedEvent } from '@thuiszitters/domain';
import { toProfile, type ProfileColumns, type Profiles } from '../store/reference.js';

export type { Profiles };

/** Profiles from a case row that was read joined with its SWV's profile. */
export function profilesFromRow(row: ProfileColumns & { swv_code: string }): Profiles {
  return new Map([[row.swv_code, toProfile(row)]]);
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
