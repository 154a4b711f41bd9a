// CSV export of an assessment (RFC 4180: comma, CRLF, quoted cells), one row per point, for a
// spreadsheet at the yearly SWV–municipality conversation.
import { ROUTEKAART_POINTS } from '@thuiszitters/domain';
import { labelOf } from '../shared/labels.js';
import type { RoutekaartAssessment } from '@thuiszitters/sdk';
import type { Locale } from '../i18n/locale.js';
import { messages } from './messages.js';
import { toCsv } from '../shared/csv.js';

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
      point ? labelOf('assessmentStatus', point.status, locale) : '',
      point?.owner ?? '',
      point?.note ?? '',
      evidence,
    ];
  });
  return toCsv([header, ...rows], ',');
}
