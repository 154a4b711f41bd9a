// Which period and comparison the chart asks for: the preset (or custom dates) resolved against
// today; for a caller that gets whole school years only, this or last school year.
import { lastSchoolYear, thisSchoolYear, type Period } from '@thuiszitters/domain';
import { isPeriodPreset, isSchoolYearPreset, resolvePeriod, type ComparisonMode } from '../shared/period.js';
import type { PeriodSelectionProperties } from '../shared/period-selection.js';
import { effectiveComparison } from './comparison-choices.js';

export interface ChartPeriod {
  /** The period, or null when a custom period is incomplete or reversed. */
  period: Period | null;
  /** True when school years are compared (whole or so far): the choices name them by their years. */
  schoolYears: boolean;
  comparison: ComparisonMode;
}

type Selection = Pick<PeriodSelectionProperties, 'period' | 'from' | 'to' | 'comparison'>;

export function chartPeriod({ period, from, to, comparison }: Selection, schoolYearsOnly: boolean, today: string): ChartPeriod {
  const preset = isPeriodPreset(period) ? period : 'this-school-year';
  const schoolYears = schoolYearsOnly || isSchoolYearPreset(preset);
  return {
    period: schoolYearsOnly
      ? preset === 'last-school-year'
        ? lastSchoolYear(today)
        : thisSchoolYear(today)
      : resolvePeriod(preset, today, { from, to }),
    schoolYears,
    comparison: effectiveComparison(comparison, schoolYears),
  };
}
