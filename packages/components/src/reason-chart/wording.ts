// Words for changes and comparison periods, shared by the chart, its table and the dashboard.
import { previousPeriod, samePeriodLastYear, schoolYearOf, type Period } from '@thuiszitters/domain';

interface ChangeMessages {
  arrowUp: string;
  arrowDown: string;
  arrowSame: string;
  more: (n: string, than: string) => string;
  fewer: (n: string, than: string) => string;
  same: (than: string) => string;
}

interface NameMessages {
  presetLastSchoolYear: string;
  nameSchoolYear: (year: string) => string;
  nameSchoolYearBefore: string;
  nameLastYear: string;
  namePrevious: string;
}

/** "▲ 6", "▼ 3" or "= 0": the arrow carries the direction, so colour is never needed. */
export function formatChange(change: number, m: ChangeMessages, num: (n: number) => string): string {
  if (change > 0) return `${m.arrowUp} ${num(change)}`;
  if (change < 0) return `${m.arrowDown} ${num(-change)}`;
  return `${m.arrowSame} ${num(0)}`;
}

/** "6 meer dan vorig schooljaar": the change in words, for screen readers and the summary. */
export function describeChange(change: number, than: string, m: ChangeMessages, num: (n: number) => string): string {
  if (change > 0) return m.more(num(change), than);
  if (change < 0) return m.fewer(num(-change), than);
  return m.same(than);
}

const isWholeSchoolYear = (p: Period) => {
  const year = schoolYearOf(p.from);
  return year.from === p.from && year.to === p.to;
};

/**
 * How to name the comparison period in a sentence, read from the periods themselves (so it is
 * right for host data too): "vorig schooljaar", "dezelfde periode vorig jaar", or the dates.
 */
export function comparisonName(
  period: Period,
  comparison: Period,
  today: string,
  m: NameMessages,
  range: (p: Period) => string,
): string {
  if (isWholeSchoolYear(period) && isWholeSchoolYear(comparison) && schoolYearOf(comparison.from).startYear === schoolYearOf(period.from).startYear - 1) {
    return schoolYearOf(today).from === period.from ? m.presetLastSchoolYear.toLocaleLowerCase() : m.nameSchoolYearBefore;
  }
  // An earlier whole school year (compare with two school years before): its name.
  if (isWholeSchoolYear(period) && isWholeSchoolYear(comparison)) {
    const start = schoolYearOf(comparison.from).startYear;
    return m.nameSchoolYear(`${start}-${start + 1}`);
  }
  const lastYear = samePeriodLastYear(period);
  if (lastYear.from === comparison.from && lastYear.to === comparison.to) return m.nameLastYear;
  const previous = previousPeriod(period);
  if (previous.from === comparison.from && previous.to === comparison.to) return `${m.namePrevious} (${range(comparison)})`;
  return range(comparison);
}
