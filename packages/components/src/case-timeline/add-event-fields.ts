// The add-event form's fields in words: each field's label, its kit template, and an error's text.
import type { TemplateResult } from 'lit';
import { CLOSURE_REASONS, LEAD_ROLES, MEETING_TYPES, OFFER_TYPES, type Locale } from '@thuiszitters/domain';
import { checkboxGroup, radioField, selectField, textField, textareaField, type FieldContext } from '../form/fields.js';
import type { FieldError } from '../form/form-controller.js';
import { fieldErrorText } from '../form/field-error-text.js';
import { ADDABLE_TYPES, PARTICIPANT_ROLES, isSummaryRequired, type Draft, type FieldName, type FieldProblem } from './event-draft.js';
import { labelOf } from './labels.js';
import type { CaseTimelineMessages } from './messages.js';

/** The codes of the form's own rules (event-draft.ts's problems). */
export type ProblemCode = FieldProblem['kind'];

export function fieldLabel(name: FieldName, m: CaseTimelineMessages): string {
  const labels: Record<FieldName, string> = {
    type: m.fieldType,
    occurredOn: m.fieldOccurredOn,
    summary: m.fieldSummary,
    reportNumber: m.dataReportNumber,
    meetingType: m.dataMeetingType,
    plannedOn: m.dataPlannedOn,
    participants: m.dataParticipants,
    pupilHeard: m.dataPupilHeard,
    leadRole: m.fieldLeadRole,
    leadOrganisation: m.fieldLeadOrganisation,
    leadName: m.fieldLeadName,
    description: m.dataDescription,
    owner: m.dataOwner,
    dueOn: m.dataDueOn,
    granted: m.dataGranted,
    offerType: m.dataOfferType,
    startDate: m.dataStartDate,
    hoursPerWeek: m.dataHoursPerWeek,
    reason: m.dataReason,
  };
  return labels[name];
}

/** A field's error in the user's language: a rule's sentence, or the server's refusal. */
export function problemText(m: CaseTimelineMessages, name: FieldName, error: FieldError<ProblemCode>): string {
  return fieldErrorText(error, fieldLabel(name, m), {
    server: m.serverInvalid,
    required: m.required,
    choose: m.chooseRequired,
    date: m.invalidDate,
    nonexistent: m.nonexistentDate,
    future: m.futureDate,
    hours: m.invalidHours,
    participants: m.participantsRequired,
  });
}

export function renderField(ctx: FieldContext<Draft>, name: FieldName, m: CaseTimelineMessages, locale: Locale): TemplateResult {
  const label = fieldLabel(name, m);
  const choose = (values: readonly string[], kind: Parameters<typeof labelOf>[0]) => values.map((v) => ({ value: v, label: labelOf(kind, v, locale) }));
  switch (name) {
    case 'type':
      return selectField(ctx, name, label, choose([...ADDABLE_TYPES], 'eventType'), { placeholder: m.chooseType });
    case 'meetingType':
      return selectField(ctx, name, label, choose(MEETING_TYPES, 'meetingType'), { placeholder: m.chooseOption });
    case 'leadRole':
      return selectField(ctx, name, label, choose(LEAD_ROLES, 'role'), { placeholder: m.chooseOption });
    case 'offerType':
      return selectField(ctx, name, label, choose(OFFER_TYPES, 'offerType'), { placeholder: m.chooseOption });
    case 'reason':
      return selectField(ctx, name, label, choose(CLOSURE_REASONS, 'closureReason'), { placeholder: m.chooseOption });
    case 'pupilHeard':
    case 'granted':
      return radioField(ctx, name, label, [
        { value: 'yes', label: m.yes },
        { value: 'no', label: m.no },
      ]);
    case 'participants':
      return checkboxGroup(
        ctx,
        name,
        label,
        PARTICIPANT_ROLES.map((role) => ({
          value: role,
          label: role === 'ouders' ? m.participantOuders : role === 'leerling' ? m.participantLeerling : labelOf('role', role, locale),
        })),
      );
    case 'occurredOn':
    case 'plannedOn':
    case 'dueOn':
    case 'startDate':
      // inputmode text: a numeric keypad has no '-', '/' or '.' to type 2-12-2026 with.
      return textField(ctx, name, label, { hint: m.occurredOnHint, inputmode: 'text' });
    case 'hoursPerWeek':
      return textField(ctx, name, label, { inputmode: 'decimal' });
    case 'summary':
      return textareaField(ctx, name, label, { hint: m.summaryHint, optional: !isSummaryRequired(ctx.values.type), maxlength: 2000, rows: 3 });
    case 'reportNumber':
      return textField(ctx, name, label, { inputmode: 'text' });
    default:
      // Prose (a description, an owner, a name): warn when it holds something like a BSN.
      return textField(ctx, name, label, { inputmode: 'text', prose: true });
  }
}
