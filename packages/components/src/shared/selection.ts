// What the chart and the dashboard select and tell their host: the school, the reason scope, the
// publication unit and the period with its comparison. Shared types, so neither element imports
// the other's files.
import type { Period } from '@thuiszitters/domain';
import type { ComparisonMode, PeriodPreset } from './period.js';

export type ReasonScope = 'primary' | 'all';
/** Which periods the caller may ask reason statistics for (the server's disclosure control). */
export type PublicationUnit = 'day' | 'school-year';

export interface SchoolSelectedDetail {
  /** `BRIN + vestiging`, or null for the whole region. */
  school: string | null;
  name: string | null;
}
export interface PeriodChangeDetail {
  preset: PeriodPreset;
  comparison: ComparisonMode;
  period: Period;
  comparisonPeriod: Period;
}
export interface ReasonScopeChangeDetail {
  reasonScope: ReasonScope;
}
