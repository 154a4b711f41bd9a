// Period presets and comparison periods, resolved against an explicit `today` so the chart is
// deterministic in tests and stories. The calendar rules live in @thuiszitters/domain.
import {
  isIsoDate,
  last3Months,
  lastSchoolYear,
  previousPeriod,
  samePeriodLastYear,
  schoolYearOf,
  thisSchoolYear,
  type IsoDate,
  type Period,
} from '@thuiszitters/domain';

export const PERIOD_PRESETS = ['this-school-year', 'last-school-year', 'last-3-months', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const COMPARISON_MODES = ['previous', 'last-year', 'two-years-ago'] as const;
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
    case 'this-school-year': {
      // The school year so far: a year that has not ended yet has no figures for the months to come,
      // and comparing four months with a whole year would show a false drop.
      const year = thisSchoolYear(today);
      return { from: year.from, to: today < year.to ? today : year.to };
    }
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
  if (mode === 'two-years-ago') return samePeriodLastYear(samePeriodLastYear(period));
  // A school year, whole or so far, compares with the same span of the school year before
  // (by calendar months, so 365 vs 366 days cannot shift it by a day).
  if (schoolYearOf(period.from).from === period.from) return samePeriodLastYear(period);
  return previousPeriod(period);
}

/** Whether a preset stands for a school year (whole or so far): then "the period before" and "last year" are the same. */
export function isSchoolYearPreset(preset: PeriodPreset): boolean {
  return preset === 'this-school-year' || preset === 'last-school-year';
}

/** `2024-2025`: the school year a comparison of a school-year period falls in. */
export function schoolYearLabel(period: Period): string {
  const start = schoolYearOf(period.from).startYear;
  return `${start}-${start + 1}`;
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
