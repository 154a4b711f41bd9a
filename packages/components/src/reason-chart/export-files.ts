// What the chart's export buttons produce: the CSV of the rows shown, the chart as an SVG or PNG
// file (see export.ts), and the file name. The element fires `tz-chart-export` and downloads.
import type { ReasonStatistics } from '@thuiszitters/sdk';
import type { Locale } from '../i18n/locale.js';
import { csvSeparator, toCsv } from '../shared/csv.js';
import type { ChartRow } from './chart-model.js';
import { svgToPng } from './export.js';
import type { ChartLayout } from './layout.js';
import type { ReasonChartMessages } from './messages.js';

export type ExportFormat = 'csv' | 'svg' | 'png';

export interface ExportDetail {
  format: ExportFormat;
  filename: string;
  blob: Blob;
}

/** CSV of the rows shown, with the period in the column headers and the server's totals. */
export function reasonCsv(data: ReasonStatistics, rows: ChartRow[], m: ReasonChartMessages, locale: Locale): string {
  const t = data.suppressionThreshold;
  const count = (n: number | null) => (n === null ? `< ${t}` : n);
  const body = rows.map((r) => [r.label, r.key, count(r.count), count(r.comparisonCount), r.change === null ? '' : r.change]);
  const total = [m.total, '', count(data.total ?? null), count(data.comparisonTotal ?? null), ''];
  const header = [
    m.colReason,
    'code',
    `${m.colCount} ${data.period.from} – ${data.period.to}`,
    `${m.colCount} ${data.comparisonPeriod.from} – ${data.comparisonPeriod.to}`,
    m.colChange,
  ];
  return toCsv([header, ...body, total], csvSeparator(locale));
}

/** `redenen-thuiszitten-12AB00-2025-08-01-2026-07-31.png` (`regio` for the whole region). */
export function exportFileName(fileBase: string, school: string | null, data: ReasonStatistics | undefined, ext: ExportFormat): string {
  return `${fileBase}-${school ?? 'regio'}-${data?.period.from ?? ''}-${data?.period.to ?? ''}.${ext}`;
}

/** The chart's SVG document as an SVG or PNG file (at the size it was drawn); null without a chart. */
export async function imageBlob(format: 'svg' | 'png', svgText: string, layout: ChartLayout | undefined): Promise<Blob | null> {
  if (!svgText) return null;
  if (format === 'svg') return new Blob([svgText], { type: 'image/svg+xml' });
  return svgToPng(svgText, layout?.width ?? 640, layout?.height ?? 400);
}
