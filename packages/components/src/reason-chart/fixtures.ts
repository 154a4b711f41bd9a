// Statistics used by the tests and stories of the chart and the dashboard (shapes of the contract).
import type { ReasonStatistics, SchoolStatistics } from '@thuiszitters/sdk';

const period = { from: '2025-08-01', to: '2026-07-31' };
const comparisonPeriod = { from: '2024-08-01', to: '2025-07-31' };

const item = (reason: string, count: number | null, comparisonCount: number | null) => ({
  reason,
  count,
  comparisonCount,
  suppressed: count === null,
  comparisonSuppressed: comparisonCount === null,
});

/** The whole region, main reason, this school year against the last. */
export const regionReasons: ReasonStatistics = {
  period,
  comparisonPeriod,
  reasonScope: 'primary',
  school: null,
  suppressionThreshold: 5,
  total: 101,
  comparisonTotal: 95,
  items: [
    item('schoolweigering', 18, 21),
    item('psychisch', 34, 28),
    item('ontwikkeling-gedrag', 22, 22),
    item('wachten-onderwijsplek', 12, 9),
    item('thuissituatie', 8, 7),
    item('pesten', 7, null),
    item('lichamelijk', null, 8),
  ],
} as ReasonStatistics;

/** One school, where most cells are small. */
export const schoolReasons: ReasonStatistics = {
  period,
  comparisonPeriod,
  reasonScope: 'primary',
  school: '12AB00',
  suppressionThreshold: 5,
  total: 14,
  comparisonTotal: null,
  items: [item('psychisch', 6, null), item('schoolweigering', null, null), item('pesten', null, 5)],
} as ReasonStatistics;

/** Every cell suppressed. */
export const allSuppressed: ReasonStatistics = {
  ...schoolReasons,
  total: 7,
  items: [item('psychisch', null, null), item('pesten', null, null)],
} as ReasonStatistics;

export const emptyReasons: ReasonStatistics = { ...regionReasons, total: 0, comparisonTotal: 0, items: [] } as ReasonStatistics;

const school = (code: string, name: string, count: number | null, comparisonCount: number | null) => ({
  school: code,
  name,
  schoolType: 'vo',
  count,
  comparisonCount,
  suppressed: count === null,
  comparisonSuppressed: comparisonCount === null,
});

export const regionSchools: SchoolStatistics = {
  period,
  comparisonPeriod,
  suppressionThreshold: 5,
  items: [
    school('12AB00', 'Het Baken Lyceum', 14, 11),
    school('34CD01', 'Comenius College', 41, 38),
    school('56EF00', 'Vakcollege De Brug', 29, 31),
    school('78GH02', 'Montessori School Oost', null, 6),
    school('90JK00', 'Stedelijk Gymnasium', 17, 9),
  ],
} as SchoolStatistics;

/** Reasons of one school of `regionSchools` by code, for controlled-mode tests that switch schools. */
export function reasonsForSchool(code: string | null): ReasonStatistics {
  if (!code) return regionReasons;
  return { ...schoolReasons, school: code };
}

/** As the server answers an SWV or leerplicht: whole school years and the main reason only. */
export const publishedRegionReasons: ReasonStatistics = {
  ...regionReasons,
  publication: { periodUnit: 'schoolYear', reasonScopes: ['primary'] },
};
