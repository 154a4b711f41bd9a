/**
 * The enumerations of the API contract as `as const` lists plus their union types, so that
 * servers can validate against the list and components can render every option.
 */

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every supported locale; a missing translation is a compile error. */
export type Translated = Record<Locale, string>;

/** No `dreigend` (at risk): it is no legal category; unauthorised absence is `relatief` verzuim with a duty to report. */
export const CLASSIFICATION_CODES = [
  'relatief',
  'langdurigRelatief',
  'absoluut',
  'geoorloofd',
  'vrijgesteld',
  'nietLeerplichtig',
] as const;
export type ClassificationCode = (typeof CLASSIFICATION_CODES)[number];

/** `notApplicable`: the 3-month clock does not run (exempt, outside compulsory age, or authorised when the profile says so). */
export const NORM_STATUSES = ['running', 'almostOut', 'exceeded', 'met', 'notApplicable'] as const;
export type NormStatus = (typeof NORM_STATUSES)[number];

/** The school's duty to report unauthorised absence to DUO (Leerplichtwet art. 21a). */
export const DUO_REPORT_STATUSES = ['notRequired', 'notYetRequired', 'required', 'reported'] as const;
export type DuoReportStatus = (typeof DUO_REPORT_STATUSES)[number];

export const COMPULSORY_EDUCATION_STATUSES = ['leerplichtig', 'kwalificatieplichtig', 'geen'] as const;
export type CompulsoryEducation = (typeof COMPULSORY_EDUCATION_STATUSES)[number];

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const SCHOOL_TYPES = ['po', 'sbo', 'so', 'vo', 'vso', 'mbo'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const LEAD_ROLES = ['school', 'swv', 'leerplicht', 'jeugdhulp', 'jgz', 'zorgaanbieder', 'gemeente'] as const;
export type LeadRole = (typeof LEAD_ROLES)[number];

export const OFFER_TYPES = [
  'eigenSchool',
  'andereReguliereSchool',
  'speciaalOnderwijsTlv',
  'onderwijsZorgarrangement',
  'maatwerkDeeltijd',
  'zorgDagbesteding',
] as const;
export type OfferType = (typeof OFFER_TYPES)[number];

export const CLOSURE_REASONS = ['terugNaarSchool', 'anderePassendePlek', 'vrijstelling', 'verhuisd', 'leeftijd', 'overig'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const EXEMPTION_GROUNDS = [
  'vrijstelling5a',
  'vrijstelling5b',
  'vrijstelling5c',
  'vrijstelling15',
  'vervangendeLeerplicht3a',
  'vervangendeLeerplicht3b',
] as const;
export type ExemptionGround = (typeof EXEMPTION_GROUNDS)[number];

export const EVENT_TYPES = [
  'caseReported',
  'signalReceived',
  'reportedToDuo',
  'reportedToSwv',
  'lrvThresholdPassed',
  'leerplichtInvolved',
  'meetingPlanned',
  'meetingHeld',
  'leadAssigned',
  'leadChanged',
  'actionAgreed',
  'actionCompleted',
  'escalation',
  'tlvRequested',
  'tlvDecided',
  'offerMade',
  'arrangementStarted',
  'returnPhase',
  'normExceeded',
  'exemptionRegistered',
  'enrolled',
  'unenrolled',
  'note',
  'caseClosed',
  'caseReopened',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Event types computed from dates, never typed in by hand. */
export const DERIVED_EVENT_TYPES = ['lrvThresholdPassed', 'normExceeded'] as const;
export type DerivedEventType = (typeof DERIVED_EVENT_TYPES)[number];

export const MEETING_TYPES = ['mdo', 'casusoverleg', 'zorgadviesteam', 'thuiszitterstafel', 'actietafel', 'overig'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** Status of one Routekaart point in an assessment. */
export const ASSESSMENT_STATUSES = ['notStarted', 'inProgress', 'inPlace'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ORGANISATION_TYPES = ['swv', 'gemeente'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Role of the caller (JWT claim `role`). */
export const USER_ROLES = ['school', 'swv', 'leerplicht'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const AUDIT_ACTIONS = ['read', 'list', 'create', 'update', 'close', 'reopen', 'addEvent', 'readEvents'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** True when `value` is one of `list` (narrows the type). */
export function isOneOf<const T extends readonly string[]>(list: T, value: unknown): value is T[number] {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
