// The shown rows as a CSV download, in the user's language, named after the evaluation date.
import { labelOf } from '../shared/labels.js';
import { csvSeparator, toCsv, type CsvRow } from '../shared/csv.js';
import { downloadCsv } from '../shared/download.js';
import { activityText, leadText, schoolText, signalText, signalsOf, type ListCase } from './list-model.js';
import type { RowTextContext } from './table-view.js';

export function downloadCaseListCsv(rows: readonly ListCase[], ctx: RowTextContext, container: Node): void {
  const { m, names, today, texts, locale } = ctx;
  const table: CsvRow[] = [[m.colPupil, m.colSchool, m.colLead, m.csvNormStatus, m.csvNormDeadline, m.csvDaysLeft, m.csvDaysOver, m.colActivity, m.colSignals, m.csvExplanation]];
  for (const c of rows) {
    const d = c.derived;
    table.push([
      c.pupilRef ?? '',
      schoolText(c, names),
      leadText(c, m) ?? m.noLead,
      d?.normStatus ? labelOf('normStatus', d.normStatus, locale) : '',
      d?.normDeadline ?? '',
      d?.daysLeft ?? '',
      d?.daysOverNorm ?? '',
      c.lastActivityOn?.slice(0, 10) ?? activityText(c, today, m, locale).text,
      signalsOf(c).map((s) => signalText(s, locale, texts).label).join(', '),
      signalsOf(c).map((s) => signalText(s, locale, texts).explanation).join(' '),
    ]);
  }
  downloadCsv(toCsv(table, csvSeparator(locale)), `${m.csvFileName}-${today}.csv`, container);
}
