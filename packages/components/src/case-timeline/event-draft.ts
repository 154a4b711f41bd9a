// The add-event form as data: which fields each event type asks for, how they are validated and
// how a draft becomes a `CaseEventCreate` body. Pure functions, tested without the DOM.
import {
  CLOSURE_REASONS,
  DERIVED_EVENT_TYPES,
  EVENT_TYPES,
  LEAD_ROLES,
  MEETING_TYPES,
  OFFER_TYPES,
  isOneOf,
  parseDateInput,
  type EventType,
  type IsoDate,
} from '@thuiszitters/domain';

/** Kinds of party in a meeting: the lead roles plus the parents and the pupil (contract `ParticipantRole`). */
export const PARTICIPANT_ROLES = [...LEAD_ROLES, 'ouders', 'leerling'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * The types a person can add, in the process order of the domain's list. Derived types are
 * computed; `exemptionRegistered` needs a ground and dates this form does not ask for, and
 * `caseReported` is recorded when the case is created and `caseReopened` goes through the reopen operation. (`caseClosed` is offered: it is sent to the
 * closure operation, POST /cases/{id}/closure.)
 */
const NOT_ADDED_HERE = [...DERIVED_EVENT_TYPES, 'exemptionRegistered', 'caseReported', 'caseReopened'] as const;
export type AddableType = Exclude<EventType, (typeof NOT_ADDED_HERE)[number]>;
export const ADDABLE_TYPES: readonly AddableType[] = EVENT_TYPES.filter(
  (type): type is AddableType => !(NOT_ADDED_HERE as readonly string[]).includes(type),
);

export type FieldName =
  | 'type'
  | 'occurredOn'
  | 'summary'
  | 'reportNumber'
  | 'meetingType'
  | 'plannedOn'
  | 'participants'
  | 'pupilHeard'
  | 'leadRole'
  | 'leadOrganisation'
  | 'leadName'
  | 'description'
  | 'owner'
  | 'dueOn'
  | 'granted'
  | 'offerType'
  | 'startDate'
  | 'hoursPerWeek'
  | 'reason';

/** Type-specific fields, in the order they are shown. */
export const TYPE_FIELDS: Partial<Record<AddableType, FieldName[]>> = {
  reportedToDuo: ['reportNumber'],
  meetingPlanned: ['meetingType', 'plannedOn'],
  meetingHeld: ['meetingType', 'participants', 'pupilHeard'],
  leadAssigned: ['leadRole', 'leadOrganisation', 'leadName'],
  leadChanged: ['leadRole', 'leadOrganisation', 'leadName'],
  actionAgreed: ['description', 'owner', 'dueOn'],
  tlvDecided: ['granted'],
  offerMade: ['offerType', 'startDate', 'hoursPerWeek'],
  returnPhase: ['hoursPerWeek'],
  caseClosed: ['reason'],
};

/** Types whose summary is the only content: there the summary is required. */
const SUMMARY_REQUIRED: readonly AddableType[] = ['note', 'escalation', 'actionCompleted'];

export interface Draft {
  type: AddableType | '';
  occurredOn: string;
  summary: string;
  reportNumber: string;
  meetingType: string;
  plannedOn: string;
  participants: string[];
  /** '' = not answered, 'yes' | 'no'. */
  pupilHeard: '' | 'yes' | 'no';
  leadRole: string;
  leadOrganisation: string;
  leadName: string;
  description: string;
  owner: string;
  dueOn: string;
  granted: '' | 'yes' | 'no';
  offerType: string;
  startDate: string;
  hoursPerWeek: string;
  reason: string;
}

export function emptyDraft(today: IsoDate): Draft {
  return {
    type: '',
    occurredOn: today,
    summary: '',
    reportNumber: '',
    meetingType: '',
    plannedOn: '',
    participants: [],
    pupilHeard: '',
    leadRole: '',
    leadOrganisation: '',
    leadName: '',
    description: '',
    owner: '',
    dueOn: '',
    granted: '',
    offerType: '',
    startDate: '',
    hoursPerWeek: '',
    reason: '',
  };
}

/** Every field the form shows for the draft's type, in order. */
export function fieldsOf(type: Draft['type']): FieldName[] {
  if (!type) return ['type'];
  return ['type', 'occurredOn', ...(TYPE_FIELDS[type] ?? []), 'summary'];
}

export function isSummaryRequired(type: Draft['type']): boolean {
  return type !== '' && SUMMARY_REQUIRED.includes(type);
}

/** What is wrong with a field, as a message key plus its field label key. */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'choose' }
  | { kind: 'date' }
  | { kind: 'nonexistent' }
  | { kind: 'future' }
  | { kind: 'hours' }
  | { kind: 'participants' };

const HOURS_MAX = 60;

/** A typed date field (the shared parser accepts 2026-12-02 and 2-12-2026): its ISO date, or the problem. */
function checkDate(typed: string): { date: IsoDate } | FieldProblem {
  const parsed = parseDateInput(typed);
  if ('date' in parsed) return parsed;
  return { kind: parsed.problem === 'empty' ? 'required' : parsed.problem === 'format' ? 'date' : 'nonexistent' };
}

/** The ISO date of a valid typed date field. */
const isoOf = (typed: string): IsoDate => {
  const parsed = parseDateInput(typed);
  if (!('date' in parsed)) throw new RangeError(`Not a date: ${typed}`);
  return parsed.date;
};

/** Checks one field of the draft; null when it is fine. */
export function checkField(draft: Draft, field: FieldName, today: IsoDate): FieldProblem | null {
  const text = (value: string) => value.trim();
  switch (field) {
    case 'type':
      return draft.type ? null : { kind: 'choose' };
    case 'occurredOn': {
      const date = checkDate(draft.occurredOn);
      if ('kind' in date) return date;
      // A closure may not be dated ahead; planned things are planned with their own date field.
      return date.date > today ? { kind: 'future' } : null;
    }
    case 'summary':
      return isSummaryRequired(draft.type) && !text(draft.summary) ? { kind: 'required' } : null;
    case 'plannedOn':
    case 'dueOn':
    case 'startDate': {
      const date = checkDate(draft[field]);
      return 'kind' in date ? date : null;
    }
    case 'meetingType':
      return isOneOf(MEETING_TYPES, draft.meetingType) ? null : { kind: 'choose' };
    case 'leadRole':
      return isOneOf(LEAD_ROLES, draft.leadRole) ? null : { kind: 'choose' };
    case 'offerType':
      return isOneOf(OFFER_TYPES, draft.offerType) ? null : { kind: 'choose' };
    case 'reason':
      return isOneOf(CLOSURE_REASONS, draft.reason) ? null : { kind: 'choose' };
    case 'pupilHeard':
    case 'granted':
      return draft[field] ? null : { kind: 'choose' };
    case 'participants':
      return draft.participants.length > 0 ? null : { kind: 'participants' };
    case 'hoursPerWeek': {
      const value = text(draft.hoursPerWeek).replace(',', '.');
      if (!value) return { kind: 'required' };
      const hours = Number(value);
      return Number.isFinite(hours) && hours >= 0 && hours <= HOURS_MAX ? null : { kind: 'hours' };
    }
    case 'reportNumber':
    case 'leadOrganisation':
    case 'leadName':
    case 'description':
    case 'owner':
      return text(draft[field]) ? null : { kind: 'required' };
  }
}

/** Problems of every field the draft's type shows, in form order. */
export function checkDraft(draft: Draft, today: IsoDate): Map<FieldName, FieldProblem> {
  const problems = new Map<FieldName, FieldProblem>();
  for (const field of fieldsOf(draft.type)) {
    const problem = checkField(draft, field, today);
    if (problem) problems.set(field, problem);
  }
  return problems;
}

/** The request body for a valid draft: `{ type, occurredOn, summary?, data }`. */
export interface EventPayload {
  type: AddableType;
  occurredOn: IsoDate;
  summary?: string;
  data: Record<string, unknown>;
}

export function toPayload(draft: Draft): EventPayload {
  if (!draft.type) throw new RangeError('A draft without a type has no payload');
  const hours = () => Number(draft.hoursPerWeek.trim().replace(',', '.'));
  const occurredOn = isoOf(draft.occurredOn);
  let data: Record<string, unknown> = {};
  switch (draft.type) {
    case 'reportedToDuo':
      data = { reportNumber: draft.reportNumber.trim() };
      break;
    case 'meetingPlanned':
      data = { meetingType: draft.meetingType, plannedOn: isoOf(draft.plannedOn) };
      break;
    case 'meetingHeld':
      data = { meetingType: draft.meetingType, participants: [...draft.participants], pupilHeard: draft.pupilHeard === 'yes' };
      break;
    case 'leadAssigned':
    case 'leadChanged':
      data = { lead: { organisation: draft.leadOrganisation.trim(), role: draft.leadRole, name: draft.leadName.trim(), since: occurredOn } };
      break;
    case 'actionAgreed':
      data = { description: draft.description.trim(), owner: draft.owner.trim(), dueOn: isoOf(draft.dueOn) };
      break;
    case 'tlvDecided':
      data = { granted: draft.granted === 'yes' };
      break;
    case 'offerMade':
      data = { offer: { type: draft.offerType, startDate: isoOf(draft.startDate), hoursPerWeek: hours() } };
      break;
    case 'returnPhase':
      data = { hoursPerWeek: hours() };
      break;
    case 'caseClosed':
      data = { reason: draft.reason };
      break;
  }
  const summary = draft.summary.trim();
  return { type: draft.type, occurredOn, ...(summary ? { summary } : {}), data };
}
