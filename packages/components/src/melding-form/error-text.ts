// The words of the melding form for a field and its error, in the user's language: a rule's code
// becomes the element's own sentence; a server reason is kept beside the field's label.
import type { FieldError } from '../form/form-controller.js';
import { fieldErrorText } from '../form/field-error-text.js';
import type { ErrorCode, FieldKey } from './form-model.js';
import type { MeldingFormMessages } from './messages.js';

export function fieldLabel(m: MeldingFormMessages, key: FieldKey): string {
  const labels: Record<FieldKey, string> = {
    pupilRef: m.pupilRef,
    birthYearMonth: m.birthYearMonth,
    school: m.school,
    schoolType: m.schoolType,
    municipalityCode: m.municipalityCode,
    enrolled: m.enrolled,
    firstDayOfAbsence: m.firstDayOfAbsence,
    authorised: m.authorised,
    hasExemption: m.hasExemption,
    exemptionGround: m.exemptionGround,
    exemptionFrom: m.exemptionFrom,
    exemptionTo: m.exemptionTo,
    duoReportNumber: m.duoReportNumber,
    primaryReason: m.primaryReason,
    secondaryReasons: m.secondaryReasons,
    leadOrganisation: m.leadOrganisation,
    leadRole: m.leadRole,
    leadName: m.leadName,
    leadSince: m.leadSince,
    pupilWishes: m.pupilWishes,
    pupilHeard: m.pupilHeard,
    pupilHeardOn: m.pupilHeardOn,
    pupilNotHeardReason: m.pupilNotHeardReason,
    parentsWishes: m.parentsWishes,
    parentsHeard: m.parentsHeard,
    parentsHeardOn: m.parentsHeardOn,
    parentsNotHeardReason: m.parentsNotHeardReason,
    notes: m.notes,
  };
  return labels[key];
}

export function errorText(m: MeldingFormMessages, key: FieldKey, error: FieldError<ErrorCode>): string {
  // Our own words in the user's language; English also gets the server's reason sentence.
  return fieldErrorText(error, fieldLabel(m, key), {
    server: m.errServer,
    required: key.endsWith('On') || key.startsWith('exemption') || key === 'firstDayOfAbsence' ? m.errRequiredDate : m.errRequired,
    choose: m.errChoose,
    pupilRef: m.errPupilRef,
    birthYearMonth: m.errBirthYearMonth,
    futureMonth: m.errFutureMonth,
    school: m.errSchool,
    schoolType: m.errSchoolType,
    municipality: m.errMunicipality,
    date: m.errDate,
    futureDate: m.errFutureDate,
    beforeFrom: m.errBeforeFrom,
    beforeBirth: m.errBeforeBirth,
    exemption15: m.errExemption15,
    tooLong: m.errTooLong,
  });
}
