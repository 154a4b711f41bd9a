// The words of the melding form for a field and its error, in the user's language: a rule's code
// becomes the element's own sentence; a server reason is kept beside the field's label.
import type { FieldError } from '../form/form-controller.js';
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
  const label = fieldLabel(m, key);
  // Our own words in the user's language; English also gets the server's reason sentence.
  if ('server' in error) return m.errServer(label, error.server);
  switch (error.code) {
    case 'required':
      return key.endsWith('On') || key.startsWith('exemption') || key === 'firstDayOfAbsence' ? m.errRequiredDate(label) : m.errRequired(label);
    case 'choose':
      return m.errChoose(label);
    case 'pupilRef':
      return m.errPupilRef;
    case 'birthYearMonth':
      return m.errBirthYearMonth;
    case 'futureMonth':
      return m.errFutureMonth;
    case 'school':
      return m.errSchool;
    case 'schoolType':
      return m.errSchoolType;
    case 'municipality':
      return m.errMunicipality;
    case 'date':
      return m.errDate;
    case 'futureDate':
      return m.errFutureDate;
    case 'beforeFrom':
      return m.errBeforeFrom;
    case 'beforeBirth':
      return m.errBeforeBirth;
    case 'exemption15':
      return m.errExemption15;
    case 'tooLong':
      return m.errTooLong;
  }
}
