// Labels of the contract's enumerations, from @thuiszitters/domain, with a safe fallback:
// a code this version does not know (newer server, host data) shows as itself instead of throwing.
import {
  CASE_STATUS_LABELS,
  CLASSIFICATION_LABELS,
  CLOSURE_REASON_LABELS,
  DUO_REPORT_LABELS,
  EVENT_TYPE_LABELS,
  LEAD_ROLE_LABELS,
  MEETING_TYPE_LABELS,
  NORM_STATUS_LABELS,
  OFFER_TYPE_LABELS,
  type Locale,
  type Translated,
} from '@thuiszitters/domain';

const tables = {
  caseStatus: CASE_STATUS_LABELS,
  classification: CLASSIFICATION_LABELS,
  closureReason: CLOSURE_REASON_LABELS,
  duoReport: DUO_REPORT_LABELS,
  eventType: EVENT_TYPE_LABELS,
  role: LEAD_ROLE_LABELS,
  meetingType: MEETING_TYPE_LABELS,
  normStatus: NORM_STATUS_LABELS,
  offerType: OFFER_TYPE_LABELS,
} as const satisfies Record<string, Readonly<Record<string, Translated>>>;

export type LabelKind = keyof typeof tables;

export function labelOf(kind: LabelKind, code: string | null | undefined, locale: Locale): string {
  if (!code) return '';
  const entry = (tables[kind] as Readonly<Record<string, Translated>>)[code];
  return entry ? entry[locale] : code;
}

/**
 * True when `summary` is only the type's label in one of the languages: what the server stores
 * when nobody wrote a summary (and what roles without a need to know get). The view then shows
 * the label in the user's language instead of repeating it.
 */
export function isDefaultSummary(summary: string | null | undefined, type: string): boolean {
  if (!summary) return true;
  const entry = (EVENT_TYPE_LABELS as Readonly<Record<string, Translated>>)[type];
  return entry !== undefined && (summary === entry.nl || summary === entry.en);
}
