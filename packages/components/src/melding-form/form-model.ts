// The form's own model: flat string values (what native inputs hold), conversion to and from the
// contract's CaseCreate / Case, and the field-by-field validation rules. Pure functions, no DOM,
// so the element stays a thin view and the rules can be tested on their own.
import type { Case, CaseCreate, CaseUpdate } from '@thuiszitters/sdk';
import { EXEMPTION_GROUNDS, LEAD_ROLES, SCHOOL_TYPES, checkFacts, isBirthYearMonth, isIsoDate, isOneOf, isValidPupilRef } from '@thuiszitters/domain';

export type YesNo = '' | 'yes' | 'no';

/** Every value the form holds, as the native controls hold it. */
export interface MeldingValues {
  pupilRef: string;
  birthYearMonth: string;
  /** BRIN + vestiging in one string, e.g. `12AB00`. */
  school: string;
  schoolType: string;
  municipalityCode: string;
  enrolled: YesNo;
  firstDayOfAbsence: string;
  authorised: YesNo;
  hasExemption: boolean;
  exemptionGround: string;
  exemptionFrom: string;
  exemptionTo: string;
  duoReportNumber: string;
  primaryReason: string;
  secondaryReasons: string[];
  leadOrganisation: string;
  leadRole: string;
  leadName: string;
  leadSince: string;
  pupilWishes: string;
  pupilHeard: YesNo;
  pupilHeardOn: string;
  pupilNotHeardReason: string;
  parentsWishes: string;
  parentsHeard: YesNo;
  parentsHeardOn: string;
  parentsNotHeardReason: string;
  notes: string;
}

export type FieldKey = keyof MeldingValues;

export const EMPTY_VALUES: Readonly<MeldingValues> = Object.freeze({
  pupilRef: '',
  birthYearMonth: '',
  school: '',
  schoolType: '',
  municipalityCode: '',
  enrolled: '',
  firstDayOfAbsence: '',
  authorised: '',
  hasExemption: false,
  exemptionGround: '',
  exemptionFrom: '',
  exemptionTo: '',
  duoReportNumber: '',
  primaryReason: '',
  secondaryReasons: [] as string[],
  leadOrganisation: '',
  leadRole: '',
  leadName: '',
  leadSince: '',
  pupilWishes: '',
  pupilHeard: '',
  pupilHeardOn: '',
  pupilNotHeardReason: '',
  parentsWishes: '',
  parentsHeard: '',
  parentsHeardOn: '',
  parentsNotHeardReason: '',
  notes: '',
}) as MeldingValues;

/** Fields in the order they appear on screen (the error summary follows it). */
export const FIELD_ORDER: readonly FieldKey[] = Object.keys(EMPTY_VALUES) as FieldKey[];

/** The contract's field paths (dotted) mapped to form fields; parents catch their children. */
export const FIELD_PATHS: Readonly<Record<string, FieldKey>> = {
  pupilRef: 'pupilRef',
  birthYearMonth: 'birthYearMonth',
  school: 'school',
  schoolType: 'schoolType',
  municipalityCode: 'municipalityCode',
  'absence.enrolled': 'enrolled',
  'absence.firstDayOfAbsence': 'firstDayOfAbsence',
  'absence.authorised': 'authorised',
  'absence.exemption.ground': 'exemptionGround',
  'absence.exemption.from': 'exemptionFrom',
  'absence.exemption.to': 'exemptionTo',
  'absence.exemption': 'hasExemption',
  'absence.duoReportNumber': 'duoReportNumber',
  absence: 'firstDayOfAbsence',
  'reasons.primary': 'primaryReason',
  'reasons.secondary': 'secondaryReasons',
  reasons: 'primaryReason',
  'lead.organisation': 'leadOrganisation',
  'lead.role': 'leadRole',
  'lead.name': 'leadName',
  'lead.since': 'leadSince',
  lead: 'leadOrganisation',
  'voice.pupil.wishes': 'pupilWishes',
  'voice.pupil.heardOn': 'pupilHeardOn',
  'voice.pupil.notHeardReason': 'pupilNotHeardReason',
  'voice.pupil': 'pupilHeard',
  'voice.parents.wishes': 'parentsWishes',
  'voice.parents.heardOn': 'parentsHeardOn',
  'voice.parents.notHeardReason': 'parentsNotHeardReason',
  'voice.parents': 'parentsHeard',
  voice: 'pupilHeard',
  notes: 'notes',
};

const SCHOOL_KEY = /^[0-9]{2}[A-Z]{2}[0-9]{2}$/;
const MUNICIPALITY_CODE = /^GM[0-9]{4}$/;

/** Limits of the contract, checked here so the user hears about them before sending. */
export const MAX_LENGTH = { text: 200, duo: 64, wishes: 4000, notHeardReason: 1000, notes: 10000 } as const;

/** What is wrong with a field; the element turns the code into a sentence in the active language. */
export type ErrorCode =
  | 'required'
  | 'pupilRef'
  | 'birthYearMonth'
  | 'futureMonth'
  | 'school'
  | 'schoolType'
  | 'municipality'
  | 'date'
  | 'futureDate'
  | 'beforeFrom'
  | 'beforeBirth'
  | 'exemption15'
  | 'tooLong'
  | 'choose';

/** A field error: one of ours (a code) or the server's reason, shown as it came. */
export type FieldError = { code: ErrorCode } | { server: string };
export type FieldErrors = Partial<Record<FieldKey, FieldError>>;

/** Fields that only count when another answer makes them visible. */
export function isRelevant(key: FieldKey, v: MeldingValues): boolean {
  switch (key) {
    case 'exemptionGround':
    case 'exemptionFrom':
    case 'exemptionTo':
      return v.hasExemption;
    case 'authorised':
      // Without enrolment the reason of absence does not matter: it is absoluut verzuim
      // (only an exemption lifts the duty to enrol), so the question is not asked.
      return v.enrolled !== 'no';
    case 'pupilHeardOn':
      return v.pupilHeard === 'yes';
    case 'pupilNotHeardReason':
      return v.pupilHeard === 'no';
    case 'parentsHeardOn':
      return v.parentsHeard === 'yes';
    case 'parentsNotHeardReason':
      return v.parentsHeard === 'no';
    default:
      return true;
  }
}

function hasLead(v: MeldingValues): boolean {
  return [v.leadOrganisation, v.leadRole, v.leadName, v.leadSince].some((s) => s.trim() !== '');
}

function checkDate(value: string, today: string, required: boolean): FieldError | undefined {
  if (!value) return required ? { code: 'required' } : undefined;
  if (!isIsoDate(value)) return { code: 'date' };
  if (value > today) return { code: 'futureDate' };
  return undefined;
}

/** The domain's check of impossible facts (checkFacts), for one field, as our error code. */
function lawError(v: MeldingValues, today: string, name: string, code: ErrorCode): FieldError | undefined {
  const facts = {
    birthYearMonth: v.birthYearMonth,
    absence: {
      firstDayOfAbsence: isIsoDate(v.firstDayOfAbsence) ? v.firstDayOfAbsence : undefined,
      exemption:
        v.hasExemption && isIsoDate(v.exemptionFrom) ? { ground: v.exemptionGround, from: v.exemptionFrom, to: isIsoDate(v.exemptionTo) ? v.exemptionTo : null } : null,
    },
  };
  // Only the rules this field owns: the future-date rule has its own code above.
  return checkFacts(facts, '9999-12-31').some((e) => e.name === name) ? { code } : undefined;
}

function checkLength(value: string, max: number): FieldError | undefined {
  return value.length > max ? { code: 'tooLong' } : undefined;
}

/** The error of one field given all values (some rules look at neighbours), or undefined. */
export function validateField(key: FieldKey, v: MeldingValues, today: string): FieldError | undefined {
  if (!isRelevant(key, v)) return undefined;
  switch (key) {
    case 'pupilRef':
      return isValidPupilRef(v.pupilRef) ? undefined : { code: 'pupilRef' };
    case 'birthYearMonth':
      if (!v.birthYearMonth) return { code: 'required' };
      if (!isBirthYearMonth(v.birthYearMonth)) return { code: 'birthYearMonth' };
      return v.birthYearMonth > today.slice(0, 7) ? { code: 'futureMonth' } : undefined;
    case 'school':
      if (!v.school) return { code: 'required' };
      return SCHOOL_KEY.test(v.school) ? undefined : { code: 'school' };
    case 'schoolType':
      if (!v.schoolType) return { code: 'choose' };
      return isOneOf(SCHOOL_TYPES, v.schoolType) ? undefined : { code: 'schoolType' };
    case 'municipalityCode':
      if (!v.municipalityCode) return { code: 'required' };
      return MUNICIPALITY_CODE.test(v.municipalityCode) ? undefined : { code: 'municipality' };
    case 'enrolled':
    case 'authorised':
      return v[key] ? undefined : { code: 'choose' };
    case 'firstDayOfAbsence':
      return checkDate(v.firstDayOfAbsence, today, true) ?? lawError(v, today, 'absence.firstDayOfAbsence', 'beforeBirth');
    case 'exemptionGround':
      if (!isOneOf(EXEMPTION_GROUNDS, v.exemptionGround)) return { code: 'choose' };
      return lawError(v, today, 'absence.exemption.ground', 'exemption15');
    case 'exemptionFrom':
      if (!v.exemptionFrom) return { code: 'required' };
      return isIsoDate(v.exemptionFrom) ? undefined : { code: 'date' };
    case 'exemptionTo':
      if (!v.exemptionTo) return { code: 'required' };
      if (!isIsoDate(v.exemptionTo)) return { code: 'date' };
      return isIsoDate(v.exemptionFrom) && v.exemptionTo < v.exemptionFrom ? { code: 'beforeFrom' } : undefined;
    case 'duoReportNumber':
      return checkLength(v.duoReportNumber.trim(), MAX_LENGTH.duo);
    case 'primaryReason':
      return v.primaryReason ? undefined : { code: 'choose' };
    case 'leadOrganisation':
    case 'leadName':
      if (!hasLead(v)) return undefined;
      return v[key].trim() ? checkLength(v[key].trim(), MAX_LENGTH.text) : { code: 'required' };
    case 'leadRole':
      if (!hasLead(v)) return undefined;
      return isOneOf(LEAD_ROLES, v.leadRole) ? undefined : { code: 'choose' };
    case 'leadSince':
      return checkDate(v.leadSince, today, false);
    case 'pupilHeardOn':
    case 'parentsHeardOn':
      return checkDate(v[key], today, true);
    case 'pupilNotHeardReason':
    case 'parentsNotHeardReason':
      return v[key].trim() ? checkLength(v[key].trim(), MAX_LENGTH.notHeardReason) : { code: 'required' };
    case 'pupilWishes':
    case 'parentsWishes':
      return checkLength(v[key].trim(), MAX_LENGTH.wishes);
    case 'notes':
      return checkLength(v.notes.trim(), MAX_LENGTH.notes);
    default:
      return undefined;
  }
}

/**
 * Fields a role without a need to know never sees (the API leaves reasons, voice and notes out
 * of the case for them, and refuses writes to them).
 */
export const NEED_TO_KNOW_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'primaryReason',
  'secondaryReasons',
  'pupilWishes',
  'pupilHeard',
  'pupilHeardOn',
  'pupilNotHeardReason',
  'parentsWishes',
  'parentsHeard',
  'parentsHeardOn',
  'parentsNotHeardReason',
  'notes',
]);
export const NEED_TO_KNOW_MEMBERS = ['reasons', 'voice', 'notes'] as const;

/** Every error of the form, in screen order; `skip` = fields not shown. */
export function validateValues(v: MeldingValues, today: string, skip: ReadonlySet<FieldKey> = new Set()): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of FIELD_ORDER) {
    if (skip.has(key)) continue;
    const error = validateField(key, v, today);
    if (error) errors[key] = error;
  }
  return errors;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

type VoiceBody = { wishes: string | null; heardOn: string | null; notHeardReason: string | null };

function voiceOf(wishes: string, heard: YesNo, heardOn: string, notHeardReason: string): VoiceBody {
  return {
    wishes: orNull(wishes),
    heardOn: heard === 'yes' ? orNull(heardOn) : null,
    notHeardReason: heard === 'no' ? orNull(notHeardReason) : null,
  };
}

/**
 * The create body for valid values. An empty lead "since" means today: the person filling in
 * the form names the lead as of now.
 */
export function toCaseCreate(v: MeldingValues, today: string): CaseCreate {
  return {
    pupilRef: v.pupilRef,
    birthYearMonth: v.birthYearMonth,
    school: { brin: v.school.slice(0, 4), vestiging: v.school.slice(4, 6) },
    schoolType: v.schoolType as CaseCreate['schoolType'],
    municipalityCode: v.municipalityCode,
    absence: {
      enrolled: v.enrolled === 'yes',
      firstDayOfAbsence: v.firstDayOfAbsence,
      authorised: v.enrolled === 'yes' && v.authorised === 'yes',
      exemption: v.hasExemption ? { ground: v.exemptionGround as never, from: v.exemptionFrom, to: v.exemptionTo } : null,
      duoReportNumber: orNull(v.duoReportNumber),
    },
    reasons: { primary: v.primaryReason, secondary: v.secondaryReasons.filter((code) => code !== v.primaryReason) },
    lead: hasLead(v)
      ? { organisation: v.leadOrganisation.trim(), role: v.leadRole as never, name: v.leadName.trim(), since: v.leadSince || today }
      : null,
    voice: {
      pupil: voiceOf(v.pupilWishes, v.pupilHeard, v.pupilHeardOn, v.pupilNotHeardReason),
      parents: voiceOf(v.parentsWishes, v.parentsHeard, v.parentsHeardOn, v.parentsNotHeardReason),
    },
    notes: orNull(v.notes),
  } as CaseCreate;
}

/**
 * A merge patch with the top-level members whose content differs between two create bodies.
 * Nested objects go whole, so a removed exemption or secondary reason is removed on the server too.
 */
export function toCaseUpdate(base: CaseCreate, next: CaseCreate): CaseUpdate {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (key === 'pupilRef') continue; // never edited in this form
    if (JSON.stringify(value) !== JSON.stringify((base as Record<string, unknown>)[key])) patch[key] = value;
  }
  return patch as CaseUpdate;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const yesNo = (value: unknown): YesNo => (value === true ? 'yes' : value === false ? 'no' : '');
const heard = (voice: Partial<VoiceBody> | undefined): YesNo => (voice?.heardOn ? 'yes' : voice?.notHeardReason ? 'no' : '');

/** Partial facts a host can hand in through `.prefill` (the shape of `CaseCreate`, every part optional). */
export type MeldingPrefill = {
  [K in keyof CaseCreate]?: CaseCreate[K] extends object | null | undefined ? Partial<NonNullable<CaseCreate[K]>> | null : CaseCreate[K];
};

/** Form values from a case, or from any partial case-shaped object (prefill). Unknown shapes give empty fields. */
export function valuesFromCase(source: MeldingPrefill | Case | null | undefined): Partial<MeldingValues> {
  if (!source || typeof source !== 'object') return {};
  const c = source as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- read defensively, field by field
  const out: Partial<MeldingValues> = {};
  const set = <K extends FieldKey>(key: K, value: MeldingValues[K] | undefined) => {
    if (value !== undefined && value !== '') out[key] = value;
  };
  set('pupilRef', str(c.pupilRef));
  set('birthYearMonth', str(c.birthYearMonth));
  if (c.school && typeof c.school === 'object') set('school', str(c.school.brin) + str(c.school.vestiging));
  set('schoolType', str(c.schoolType));
  set('municipalityCode', str(c.municipalityCode));
  const a = c.absence && typeof c.absence === 'object' ? c.absence : undefined;
  if (a) {
    set('enrolled', yesNo(a.enrolled));
    set('firstDayOfAbsence', str(a.firstDayOfAbsence));
    set('authorised', yesNo(a.authorised));
    if (a.exemption && typeof a.exemption === 'object') {
      out.hasExemption = true;
      set('exemptionGround', str(a.exemption.ground));
      set('exemptionFrom', str(a.exemption.from));
      set('exemptionTo', str(a.exemption.to));
    }
    set('duoReportNumber', str(a.duoReportNumber));
  }
  const r = c.reasons && typeof c.reasons === 'object' ? c.reasons : undefined;
  if (r) {
    set('primaryReason', str(r.primary));
    if (Array.isArray(r.secondary)) out.secondaryReasons = r.secondary.filter((s: unknown): s is string => typeof s === 'string');
  }
  const l = c.lead && typeof c.lead === 'object' ? c.lead : undefined;
  if (l) {
    set('leadOrganisation', str(l.organisation));
    set('leadRole', str(l.role));
    set('leadName', str(l.name));
    set('leadSince', str(l.since));
  }
  const vo = c.voice && typeof c.voice === 'object' ? c.voice : undefined;
  for (const who of ['pupil', 'parents'] as const) {
    const voice = vo?.[who] && typeof vo[who] === 'object' ? (vo[who] as Partial<VoiceBody>) : undefined;
    if (!voice) continue;
    set(`${who}Wishes`, str(voice.wishes));
    set(`${who}Heard`, heard(voice));
    set(`${who}HeardOn`, str(voice.heardOn));
    set(`${who}NotHeardReason`, str(voice.notHeardReason));
  }
  set('notes', str(c.notes));
  return out;
}

/** Same value? (arrays compared by content, in order-free fashion for the secondary reasons) */
export function sameValue(a: MeldingValues[FieldKey], b: MeldingValues[FieldKey]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
  return a === b;
}
