// The chart's numbers, periods and changes as text in one language, so the chart, table, ranking,
// summary and bar names all word a suppressed count or a comparison the same way.
import type { Period } from '@thuiszitters/domain';
import type { ReasonStatistics } from '@thuiszitters/sdk';
import type { Locale } from '../i18n/locale.js';
import { formatCount, formatLongDate } from '../shared/format.js';
import { comparisonName, describeChange, formatChange } from '../shared/wording.js';
import type { ReasonChartMessages } from './messages.js';

export class ChartTexts {
  constructor(
    readonly m: ReasonChartMessages,
    readonly locale: Locale,
    private readonly todayIso: string,
  ) {}

  num = (n: number): string => formatCount(n, this.locale);

  /** "12", or "minder dan 5" for a suppressed count. */
  count(count: number | null, threshold: number): string {
    return count === null ? this.m.fewerThan(this.num(threshold)) : this.num(count);
  }

  /** The count for a screen reader: "12 leerlingen", "minder dan 5 leerlingen". */
  spokenCount(count: number | null, threshold: number): string {
    return count === null ? this.m.pupils(this.m.fewerThanSpoken(this.num(threshold)), false) : this.m.pupils(this.num(count), count === 1);
  }

  period(p: Period): string {
    return this.m.periodRange(formatLongDate(p.from, this.locale), formatLongDate(p.to, this.locale));
  }

  /** How the response's comparison period is named in a sentence (see shared/wording.ts). */
  comparisonName(data: ReasonStatistics): string {
    return comparisonName(data.period, data.comparisonPeriod, this.todayIso, this.m, (p) => this.period(p));
  }

  /** "▲ 6" */
  change(change: number): string {
    return formatChange(change, this.m, this.num);
  }

  /** "6 meer dan vorig schooljaar" */
  describeChange(change: number, than: string): string {
    return describeChange(change, than, this.m, this.num);
  }
}
