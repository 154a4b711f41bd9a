// What a change of one control does to the draft: the value as the form holds it (a list for a
// checkbox group, a boolean for a single checkbox), and the fields that follow from it (the
// primary reason leaves the other reasons; a school from the region's list fills in its type
// and municipality).
import type { ReferenceData } from '../context/contexts.js';
import type { FieldKey, MeldingValues } from './form-model.js';

/** Choices have no "typing": they are re-checked on change when they carry an error. */
export const CHOICE_FIELDS = new Set<FieldKey>(['schoolType', 'enrolled', 'authorised', 'hasExemption', 'exemptionGround', 'primaryReason', 'secondaryReasons', 'leadRole', 'pupilHeard', 'parentsHeard']);

/** Codes the user may type in lower case or with spaces; stored trimmed and upper case (on change). */
export const CODE_FIELDS = new Set<FieldKey>(['school', 'municipalityCode']);

export function editsAfterInput(
  key: FieldKey,
  control: HTMLInputElement,
  current: MeldingValues,
  edits: Partial<MeldingValues>,
  schools: NonNullable<ReferenceData['schools']>,
): Partial<MeldingValues> {
  let value: MeldingValues[FieldKey];
  if (key === 'secondaryReasons') {
    const set = new Set(current.secondaryReasons);
    if (control.checked) set.add(control.value);
    else set.delete(control.value);
    value = [...set];
  } else if (key === 'hasExemption') value = control.checked;
  else value = control.value;
  const next: Partial<MeldingValues> = { ...edits, [key]: value };
  if (key === 'primaryReason') next.secondaryReasons = current.secondaryReasons.filter((code) => code !== value);
  if (key === 'school') {
    const school = schools.find((s) => `${s.brin}${s.vestiging}` === value);
    if (school) {
      next.schoolType = school.schoolType;
      if (!current.municipalityCode) next.municipalityCode = school.municipalityCode;
    }
  }
  return next;
}
