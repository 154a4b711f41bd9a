/** The per-SWV definition profile: the thresholds and choices the derivation uses. */
import type { HolidayRegion } from './school-calendar.js';
import {
  DEFAULT_HOLIDAY_REGION,
  ALMOST_OUT_DAYS,
  NO_ACTIVITY_DAYS,
  NO_LEAD_HOLDER_DAYS,
  DEFAULT_RETENTION_MONTHS,
  DEFAULT_SMALL_CELL_THRESHOLD,
  LRV_THRESHOLD_DAYS,
  NORM_MONTHS,
} from './legal-constants.js';

/** The tunable numbers and choices of a definition profile; README lists each with its default. */
export interface DefinitionThresholds {
  /** Absence of more than this many days is langdurig relatief verzuim. */
  lrvThresholdDays: number;
  /** Months after the first day of absence within which an offer must start. */
  normMonths: number;
  /** At most this many days left = `almostOut`. */
  almostOutDays: number;
  /** Signal `noLeadHolder`: an open case without a lead holder this many days after it was reported. */
  noLeadHolderDays: number;
  /** Signal `noActivity`: an open case with nothing recorded on its timeline for more than this many days. */
  noActivityDays: number;
  /** Aggregate counts below this are suppressed for roles without case access. */
  smallCellThreshold: number;
  /** Closed cases are anonymised after this many months. */
  retentionMonths: number;
  /** `moreThan` 4 weeks (the law: day 29 is LRV) or `atLeast` 4 weeks (day 28 is). */
  lrvComparison: LrvComparison;
  /** `schoolWeeks`: school holidays do not count towards LRV (the law's lesweken); `calendarDays`: every day counts. */
  absenceCounting: AbsenceCounting;
  /** Holiday region of the SWV's schools, unless a school has its own. */
  holidayRegion: HolidayRegion;
  /** A pupil not enrolled counts as thuiszitter after more than this many counted days (0: from day one). */
  absoluteThresholdDays: number;
  /** After an exemption ends, the absence and norm clocks `pause` (continue where they were) or `restart` from zero. */
  afterExemption: AfterExemption;
  /** Whether authorised absence (an ill pupil) runs the 3-month clock of the Thuiszitterspact. */
  authorisedRunsNormClock: boolean;
  /** Whether an offer meets the norm once `planned` with a start within it, or only once `started`. */
  offerMeetsNorm: OfferMeetsNorm;
  /** A reopened case is a `newEpisode` with its own clock, or `continues` the clock of its first absence. */
  reopenedCase: ReopenedCase;
}

export const LRV_COMPARISONS = ['moreThan', 'atLeast'] as const;
export type LrvComparison = (typeof LRV_COMPARISONS)[number];
export const ABSENCE_COUNTINGS = ['schoolWeeks', 'calendarDays'] as const;
export type AbsenceCounting = (typeof ABSENCE_COUNTINGS)[number];
export const AFTER_EXEMPTION = ['pause', 'restart'] as const;
export type AfterExemption = (typeof AFTER_EXEMPTION)[number];
export const OFFER_MEETS_NORM = ['planned', 'started'] as const;
export type OfferMeetsNorm = (typeof OFFER_MEETS_NORM)[number];
export const REOPENED_CASE = ['newEpisode', 'continues'] as const;
export type ReopenedCase = (typeof REOPENED_CASE)[number];

/** `DefinitionProfile` of the API: the thresholds of one SWV. */
export interface DefinitionProfile extends DefinitionThresholds {
  swvCode: string;
  name: string;
}

/** The thresholds `deriveCase` reads; a full `DefinitionProfile` fits. */
export type DerivationProfile = Omit<DefinitionThresholds, 'smallCellThreshold' | 'retentionMonths'>;

/** The national defaults: the law and the Thuiszitterspact, plus our design choices where they leave room. */
export const DEFAULT_PROFILE: Readonly<DefinitionThresholds> = Object.freeze({
  lrvThresholdDays: LRV_THRESHOLD_DAYS,
  normMonths: NORM_MONTHS,
  almostOutDays: ALMOST_OUT_DAYS,
  noLeadHolderDays: NO_LEAD_HOLDER_DAYS,
  noActivityDays: NO_ACTIVITY_DAYS,
  smallCellThreshold: DEFAULT_SMALL_CELL_THRESHOLD,
  retentionMonths: DEFAULT_RETENTION_MONTHS,
  lrvComparison: 'moreThan',
  absenceCounting: 'schoolWeeks',
  holidayRegion: DEFAULT_HOLIDAY_REGION,
  absoluteThresholdDays: 0,
  afterExemption: 'pause',
  authorisedRunsNormClock: true,
  offerMeetsNorm: 'planned',
  reopenedCase: 'newEpisode',
});

/** Fills the thresholds a profile leaves out with the defaults. */
export function resolveProfile(profile: Partial<DefinitionThresholds> = {}): DefinitionThresholds {
  const defined = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined && v !== null));
  return { ...DEFAULT_PROFILE, ...defined };
}
