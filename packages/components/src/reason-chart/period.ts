// Period presets and comparison periods, resolved against an explicit `today` so the chart is
// deterministic in tests and stories. The calendar rules live in @thuiszitters/domain.
import {
  isIsoDate,
  last3Months,
  lastSchoolYear,
  previousPeriod,
  samePeriodLastYear,
  schoolYearOf,
  schoolYearStartingIn,
  thisSchoolYear,
  type IsoDate,
  type Period,
} from '@thuiszitters/domain';

export const PERIOD_PRESETS = ['this-school-year', 'last-school-year', 'last-3-months', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const COMPARISON_MODES = ['previous', 'last-year'] as const;
export type ComparisonMode = (typeof COMPARISON_MODES)[number];

export function isPeriodPreset(value: unknown): value is PeriodPreset {
  return typeof value === 'string' && (PERIOD_PRESETS as readonly string[]).includes(value);
}

export function isComparisonMode(value: unknown): value is ComparisonMode {
  return typeof value === 'string' && (COMPARISON_MODES as readonly string[]).includes(value);
}

/** The period a preset stands for on `today`; `custom` uses `from`/`to` (null when incomplete or reversed). */
export function resolvePeriod(preset: PeriodPreset, today: IsoDate, custom?: Partial<Period>): Period | null {
  switch (preset) {
    case 'this-school-year':
      return thisSchoolYear(today);
    case 'last-school-year':
      return lastSchoolYear(today);
    case 'last-3-months':
      return last3Months(today);
    case 'custom': {
      const { from, to } = custom ?? {};
      if (!isIsoDate(from) || !isIsoDate(to) || to < from) return null;
      return { from, to };
    }
  }
}

/** The period to compare with: the one of the same length just before, or the same dates a year earlier. */
export function comparisonPeriod(period: Period, mode: ComparisonMode): Period {
  if (mode === 'last-year') return samePeriodLastYear(period);
  // A whole school year compares with the school year before (365 vs 366 days must not shift it by a day).
  const year = schoolYearOf(period.from);
  if (year.from === period.from && year.to === period.to) {
    const { from, to } = schoolYearStartingIn(year.startYear - 1);
    return { from, to };
  }
  return previousPeriod(period);
}

/** Both periods of a selection, as the statistics operations take them. */
export interface PeriodQuery {
  from: IsoDate;
  to: IsoDate;
  compareFrom: IsoDate;
  compareTo: IsoDate;
}

export function periodQuery(period: Period, mode: ComparisonMode): PeriodQuery {
  const comparison = comparisonPeriod(period, mode);
  return { from: period.from, to: period.to, compareFrom: comparison.from, compareTo: comparison.to };
}
