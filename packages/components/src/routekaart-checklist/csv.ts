// CSV export of an assessment (RFC 4180: comma, CRLF, quoted cells), one row per point, for a
// spreadsheet at the yearly SWV–municipality conversation.
import { ASSESSMENT_STATUS_LABELS, ROUTEKAART_POINTS, label } from '@thuiszitters/domain';
import type { RoutekaartAssessment } from '@thuiszitters/sdk';
import type { Locale } from '../i18n/locale.js';
import { messages } from './messages.js';

/**
 * Quotes a cell when needed. A cell starting with = + - @ (or tab/CR) gets a leading apostrophe,
 * so a spreadsheet never runs text typed into a note as a formula (CSV injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The assessment as CSV: point, title, status, owner, note, evidence (`title <url>` joined by "; "). */
export function assessmentToCsv(assessment: RoutekaartAssessment, locale: Locale): string {
  const m = messages[locale];
  const header = [m.csvPoint, m.csvTitle, m.csvStatus, m.csvOwner, m.csvNote, m.csvEvidence];
  const rows = ROUTEKAART_POINTS.map((definition) => {
    const point = assessment.points.find((p) => p.number === definition.number);
    const evidence = (point?.evidence ?? []).map((e) => `${e.title} <${e.url}>`).join('; ');
    return [
      definition.number,
      definition.title[locale],
      point ? label(ASSESSMENT_STATUS_LABELS, point.status, locale) : '',
      point?.owner ?? '',
      point?.note ?? '',
      evidence,
    ];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
