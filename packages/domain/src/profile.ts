/** The per-SWV definition profile: the thresholds the derivation uses. */
import {
  ALMOST_OUT_DAYS,
  DEFAULT_RETENTION_MONTHS,
  DEFAULT_SMALL_CELL_THRESHOLD,
  LRV_THRESHOLD_DAYS,
  NORM_MONTHS,
} from './legal-constants.js';

/** The tunable numbers of a definition profile. */
export interface DefinitionThresholds {
  /** Absence of more than this many days is langdurig relatief verzuim. */
  lrvThresholdDays: number;
  /** Months after the first day of absence within which an offer must start. */
  normMonths: number;
  /** At most this many days left = `almostOut`. */
  almostOutDays: number;
  /** Aggregate counts below this are suppressed for roles without case access. */
  smallCellThreshold: number;
  /** Closed cases are anonymised after this many months. */
  retentionMonths: number;
}

/** `DefinitionProfile` of the API: the thresholds of one SWV. */
export interface DefinitionProfile extends DefinitionThresholds {
  swvCode: string;
  name: string;
}

/** The thresholds `deriveCase` reads; a full `DefinitionProfile` fits. */
export type DerivationProfile = Pick<DefinitionThresholds, 'lrvThresholdDays' | 'normMonths' | 'almostOutDays'>;

/** The national defaults (legal thresholds plus our design choices). */
export const DEFAULT_PROFILE: Readonly<DefinitionThresholds> = Object.freeze({
  lrvThresholdDays: LRV_THRESHOLD_DAYS,
  normMonths: NORM_MONTHS,
  almostOutDays: ALMOST_OUT_DAYS,
  smallCellThreshold: DEFAULT_SMALL_CELL_THRESHOLD,
  retentionMonths: DEFAULT_RETENTION_MONTHS,
});

/** Fills the thresholds a profile leaves out with the defaults. */
export function resolveProfile(profile: Partial<DefinitionThresholds> = {}): DefinitionThresholds {
  const defined = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined && v !== null));
  return { ...DEFAULT_PROFILE, ...defined };
}
