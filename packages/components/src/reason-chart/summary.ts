// The sentence that sums up the chart (the most mentioned reason, its change, the total), read
// out on every change of the data.
import type { ReasonStatistics } from '@thuiszitters/sdk';
import type { ChartRow } from './chart-model.js';
import type { ChartTexts } from './texts.js';

export function summarySentence(data: ReasonStatistics, rows: ChartRow[], t: ChartTexts): string {
  const m = t.m;
  const threshold = data.suppressionThreshold;
  if (!rows.length || (data.total === 0 && rows.every((r) => r.count === 0))) return m.summaryEmpty;
  const top = rows[0];
  if (top.count === null) return m.summaryAllSuppressed(t.num(threshold));
  const change = top.change === null ? '' : t.describeChange(top.change, t.comparisonName(data));
  const shared = rows.length > 1 && rows[1].count === top.count;
  const sentence = (shared ? m.summaryTopShared : m.summaryTop)(shortLabel(top.label), t.spokenCount(top.count, threshold), change);
  return `${sentence} ${m.summaryTotal(t.spokenCount(data.total ?? null, threshold))}`;
}

/** "Psychische problematiek (angst, depressie, stress)" → "Psychische problematiek" for a sentence. */
function shortLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '') || label;
}
