// The one way elements name a code of the contract's enumerations: the label tables of
// @thuiszitters/domain, with a safe fallback — a code this version does not know (a newer
// server, host data) shows as itself instead of throwing.
import {
  ASSESSMENT_STATUS_LABELS,
  CASE_STATUS_LABELS,
  CLASSIFICATION_LABELS,
  CLOSURE_REASON_LABELS,
  DUO_REPORT_LABELS,
  EVENT_TYPE_LABELS,
  EXEMPTION_GROUND_LABELS,
  LEAD_ROLE_LABELS,
  MEETING_TYPE_LABELS,
  NORM_STATUS_LABELS,
  OFFER_TYPE_LABELS,
  SCHOOL_TYPE_LABELS,
  type Locale,
  type Translated,
} from '@thuiszitters/domain';

const tables = {
  assessmentStatus: ASSESSMENT_STATUS_LABELS,
  caseStatus: CASE_STATUS_LABELS,
  classification: CLASSIFICATION_LABELS,
  closureReason: CLOSURE_REASON_LABELS,
  duoReport: DUO_REPORT_LABELS,
  eventType: EVENT_TYPE_LABELS,
  exemptionGround: EXEMPTION_GROUND_LABELS,
  role: LEAD_ROLE_LABELS,
  meetingType: MEETING_TYPE_LABELS,
  normStatus: NORM_STATUS_LABELS,
  offerType: OFFER_TYPE_LABELS,
  schoolType: SCHOOL_TYPE_LABELS,
} as const satisfies Record<string, Readonly<Record<string, Translated>>>;

export type LabelKind = keyof typeof tables;

export function labelOf(kind: LabelKind, code: string | null | undefined, locale: Locale): string {
  if (!code) return '';
  const entry = (tables[kind] as Readonly<Record<string, Translated>>)[code];
  return entry ? entry[locale] : code;
}
