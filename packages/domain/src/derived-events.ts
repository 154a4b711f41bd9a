/**
 * The threshold moments of a case's timeline. They follow from dates, so they are computed,
 * never typed in: the server merges them into the event list with `derived: true`.
 */
import { addDays, todayInAmsterdam, type IsoDate } from './dates.js';
import { deriveCase, referenceDate, type CaseFacts } from './derive.js';
import type { DerivationProfile } from './profile.js';
import type { DerivedEventType } from './types.js';

export interface DerivedEvent {
  type: DerivedEventType;
  occurredOn: IsoDate;
  derived: true;
}

/**
 * - `lrvThresholdPassed` on the LRV threshold date, once reached, when the case is
 *   langdurig relatief verzuim (enrolled, unauthorised, not exempt, of compulsory age).
 * - `normExceeded` on the day after the norm deadline, once reached, when no offer started
 *   on or before the deadline (also when a late offer followed).
 * Oldest first. Derived from the current facts: if the facts change, so do these events.
 */
export function deriveEvents(
  facts: CaseFacts,
  profile: Partial<DerivationProfile> = {},
  today: IsoDate = todayInAmsterdam(),
): DerivedEvent[] {
  const derived = deriveCase(facts, profile, today);
  const on = referenceDate(facts, today);
  const events: DerivedEvent[] = [];
  if (derived.classification === 'langdurigRelatief' && on >= derived.lrvThresholdDate) {
    events.push({ type: 'lrvThresholdPassed', occurredOn: derived.lrvThresholdDate, derived: true });
  }
  if (derived.normStatus === 'exceeded') {
    events.push({ type: 'normExceeded', occurredOn: addDays(derived.normDeadline, 1), derived: true });
  }
  return events.sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
}
