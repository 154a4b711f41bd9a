/**
 * Dutch and English labels for every enumeration of the contract. Each table is a
 * `Record<Union, Translated>`, so adding a code without its translations does not compile.
 */
import type {
  AssessmentStatus,
  AuditAction,
  CaseStatus,
  ClassificationCode,
  ClosureReason,
  CompulsoryEducation,
  DuoReportStatus,
  EventType,
  ExemptionGround,
  LeadRole,
  Locale,
  MeetingType,
  NormStatus,
  OfferType,
  OrganisationType,
  SchoolType,
  Translated,
  UserRole,
} from './types.js';

export type LabelTable<T extends string> = Readonly<Record<T, Translated>>;

export const CLASSIFICATION_LABELS: LabelTable<ClassificationCode> = {
  relatief: { nl: 'Relatief verzuim', en: 'Unauthorised absence' },
  langdurigRelatief: { nl: 'Langdurig relatief verzuim', en: 'Long-term unauthorised absence' },
  absoluut: { nl: 'Absoluut verzuim', en: 'Not enrolled at any school' },
  geoorloofd: { nl: 'Geoorloofd verzuim', en: 'Authorised absence' },
  vrijgesteld: { nl: 'Vrijgesteld', en: 'Exempted' },
  nietLeerplichtig: { nl: 'Niet leer- of kwalificatieplichtig', en: 'Not of compulsory school age' },
};

export const NORM_STATUS_LABELS: LabelTable<NormStatus> = {
  running: { nl: 'Binnen de termijn', en: 'Within the norm' },
  almostOut: { nl: 'Termijn loopt bijna af', en: 'Norm almost reached' },
  exceeded: { nl: 'Termijn overschreden', en: 'Norm exceeded' },
  met: { nl: 'Aanbod binnen de termijn', en: 'Offer within the norm' },
  notApplicable: { nl: 'Termijn loopt niet', en: 'Norm does not apply' },
};

export const DUO_REPORT_LABELS: LabelTable<DuoReportStatus> = {
  notRequired: { nl: 'Geen meldplicht', en: 'No duty to report' },
  notYetRequired: { nl: 'Nog geen meldplicht (minder dan 16 uur)', en: 'Not yet to be reported (under 16 hours)' },
  required: { nl: 'Melden bij DUO verplicht: nog niet gemeld', en: 'Must be reported to DUO: not reported yet' },
  reported: { nl: 'Gemeld bij DUO', en: 'Reported to DUO' },
};

export const COMPULSORY_EDUCATION_LABELS: LabelTable<CompulsoryEducation> = {
  leerplichtig: { nl: 'Leerplichtig', en: 'Of compulsory school age' },
  kwalificatieplichtig: { nl: 'Kwalificatieplichtig', en: 'Must obtain a basic qualification' },
  geen: { nl: 'Niet leer- of kwalificatieplichtig', en: 'Not of compulsory school age' },
};

export const CASE_STATUS_LABELS: LabelTable<CaseStatus> = {
  open: { nl: 'Open', en: 'Open' },
  closed: { nl: 'Afgesloten', en: 'Closed' },
};

export const SCHOOL_TYPE_LABELS: LabelTable<SchoolType> = {
  po: { nl: 'Primair onderwijs', en: 'Primary education' },
  sbo: { nl: 'Speciaal basisonderwijs', en: 'Special primary education' },
  so: { nl: 'Speciaal onderwijs', en: 'Special education' },
  vo: { nl: 'Voortgezet onderwijs', en: 'Secondary education' },
  vso: { nl: 'Voortgezet speciaal onderwijs', en: 'Special secondary education' },
  mbo: { nl: 'Middelbaar beroepsonderwijs', en: 'Vocational education (mbo)' },
};

export const LEAD_ROLE_LABELS: LabelTable<LeadRole> = {
  school: { nl: 'School', en: 'School' },
  swv: { nl: 'Samenwerkingsverband', en: 'Regional partnership (SWV)' },
  leerplicht: { nl: 'Leerplicht', en: 'Attendance officer' },
  jeugdhulp: { nl: 'Jeugdhulp', en: 'Youth care' },
  jgz: { nl: 'Jeugdgezondheidszorg', en: 'Youth health care' },
  zorgaanbieder: { nl: 'Zorgaanbieder', en: 'Care provider' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
};

export const OFFER_TYPE_LABELS: LabelTable<OfferType> = {
  eigenSchool: { nl: 'Terug naar de eigen school', en: 'Back to own school' },
  andereReguliereSchool: { nl: 'Andere reguliere school', en: 'Another mainstream school' },
  speciaalOnderwijsTlv: { nl: 'Speciaal onderwijs met TLV', en: 'Special education with admission statement (TLV)' },
  onderwijsZorgarrangement: { nl: 'Onderwijs-zorgarrangement', en: 'Combined education and care arrangement' },
  maatwerkDeeltijd: { nl: 'Maatwerk of deeltijdprogramma', en: 'Custom or part-time programme' },
  zorgDagbesteding: { nl: 'Zorg of dagbesteding', en: 'Care or day activities' },
};

export const CLOSURE_REASON_LABELS: LabelTable<ClosureReason> = {
  terugNaarSchool: { nl: 'Terug naar school', en: 'Back to school' },
  anderePassendePlek: { nl: 'Andere passende plek', en: 'Another suitable place' },
  vrijstelling: { nl: 'Vrijstelling', en: 'Exemption' },
  verhuisd: { nl: 'Verhuisd', en: 'Moved away' },
  leeftijd: { nl: 'Niet meer leer- of kwalificatieplichtig', en: 'No longer of compulsory school age' },
  overig: { nl: 'Overig', en: 'Other' },
};

export const EXEMPTION_GROUND_LABELS: LabelTable<ExemptionGround> = {
  vrijstelling5a: { nl: 'Vrijstelling art. 5a (lichamelijke of psychische gronden)', en: 'Exemption art. 5a (physical or psychological grounds)' },
  vrijstelling5b: { nl: 'Vrijstelling art. 5b (richtingbezwaren)', en: 'Exemption art. 5b (objection to the ethos of every nearby school)' },
  vrijstelling5c: { nl: 'Vrijstelling art. 5c (school in het buitenland)', en: 'Exemption art. 5c (enrolled at a school abroad)' },
  vrijstelling15: { nl: 'Vrijstelling art. 15 (kwalificatieplicht, ander onderwijs)', en: 'Exemption art. 15 (qualification duty, education elsewhere)' },
  vervangendeLeerplicht3a: { nl: 'Vervangende leerplicht art. 3a', en: 'Substitute compulsory education art. 3a' },
  vervangendeLeerplicht3b: { nl: 'Vervangende leerplicht art. 3b', en: 'Substitute compulsory education art. 3b' },
};

export const EVENT_TYPE_LABELS: LabelTable<EventType> = {
  caseReported: { nl: 'Gemeld', en: 'Reported' },
  signalReceived: { nl: 'Signaal ontvangen', en: 'Signal received' },
  reportedToDuo: { nl: 'Verzuim gemeld bij DUO', en: 'Absence reported to DUO' },
  reportedToSwv: { nl: 'Gemeld bij samenwerkingsverband', en: 'Reported to the SWV' },
  lrvThresholdPassed: { nl: 'Langer dan 4 weken afwezig', en: 'Absent for more than 4 weeks' },
  leerplichtInvolved: { nl: 'Leerplicht betrokken', en: 'Attendance officer involved' },
  meetingPlanned: { nl: 'Overleg gepland', en: 'Meeting planned' },
  meetingHeld: { nl: 'Overleg gehouden', en: 'Meeting held' },
  leadAssigned: { nl: 'Regiehouder aangewezen', en: 'Lead assigned' },
  leadChanged: { nl: 'Regiehouder gewijzigd', en: 'Lead changed' },
  actionAgreed: { nl: 'Actie afgesproken', en: 'Action agreed' },
  actionCompleted: { nl: 'Actie afgerond', en: 'Action completed' },
  escalation: { nl: 'Opgeschaald (doorzettingsmacht)', en: 'Escalated (power to decide)' },
  tlvRequested: { nl: 'TLV aangevraagd', en: 'Admission statement (TLV) requested' },
  tlvDecided: { nl: 'Besluit over TLV', en: 'Admission statement (TLV) decided' },
  offerMade: { nl: 'Aanbod gedaan', en: 'Offer made' },
  arrangementStarted: { nl: 'Arrangement gestart', en: 'Arrangement started' },
  returnPhase: { nl: 'Terugleiding', en: 'Gradual return' },
  normExceeded: { nl: '3 maanden zonder aanbod', en: '3 months without an offer' },
  exemptionRegistered: { nl: 'Vrijstelling geregistreerd', en: 'Exemption registered' },
  enrolled: { nl: 'Ingeschreven', en: 'Enrolled' },
  unenrolled: { nl: 'Uitgeschreven', en: 'Unenrolled' },
  note: { nl: 'Notitie', en: 'Note' },
  caseClosed: { nl: 'Casus afgesloten', en: 'Case closed' },
  caseReopened: { nl: 'Casus heropend', en: 'Case reopened' },
};

export const MEETING_TYPE_LABELS: LabelTable<MeetingType> = {
  mdo: { nl: 'Multidisciplinair overleg (MDO)', en: 'Multidisciplinary meeting' },
  casusoverleg: { nl: 'Casusoverleg', en: 'Case meeting' },
  zorgadviesteam: { nl: 'Zorgadviesteam', en: 'Care advisory team' },
  thuiszitterstafel: { nl: 'Thuiszitterstafel', en: 'Out-of-school round table' },
  actietafel: { nl: 'Actietafel', en: 'Action table' },
  overig: { nl: 'Overig overleg', en: 'Other meeting' },
};

export const ASSESSMENT_STATUS_LABELS: LabelTable<AssessmentStatus> = {
  notStarted: { nl: 'Niet gestart', en: 'Not started' },
  inProgress: { nl: 'In ontwikkeling', en: 'In progress' },
  inPlace: { nl: 'Op orde', en: 'In place' },
};

export const ORGANISATION_TYPE_LABELS: LabelTable<OrganisationType> = {
  swv: { nl: 'Samenwerkingsverband', en: 'Regional partnership (SWV)' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
};

export const USER_ROLE_LABELS: LabelTable<UserRole> = {
  school: { nl: 'School', en: 'School' },
  swv: { nl: 'Samenwerkingsverband', en: 'Regional partnership (SWV)' },
  leerplicht: { nl: 'Leerplicht', en: 'Attendance officer' },
};

export const AUDIT_ACTION_LABELS: LabelTable<AuditAction> = {
  read: { nl: 'Bekeken', en: 'Viewed' },
  list: { nl: 'Lijst bekeken', en: 'Listed' },
  create: { nl: 'Aangemaakt', en: 'Created' },
  update: { nl: 'Gewijzigd', en: 'Updated' },
  close: { nl: 'Afgesloten', en: 'Closed' },
  reopen: { nl: 'Heropend', en: 'Reopened' },
  addEvent: { nl: 'Gebeurtenis toegevoegd', en: 'Event added' },
  readEvents: { nl: 'Tijdlijn bekeken', en: 'Timeline viewed' },
};

/** The label of `code` in `locale`, e.g. `label(EVENT_TYPE_LABELS, 'offerMade', 'nl')`. */
export function label<T extends string>(table: LabelTable<T>, code: T, locale: Locale): string {
  return table[code][locale];
}
