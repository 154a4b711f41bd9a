// What a new report starts from: the host's attributes (what the LVS already knows), then the
// `prefill` object, and the pupil reference. A host may write the date the Dutch way
// (first-day-of-absence="7-9-2026"): the shared parser reads it; the native date field only
// takes YYYY-MM-DD.
import { looksLikeBsn, parseDateInput } from '@thuiszitters/domain';
import { EMPTY_VALUES, valuesFromCase, type FieldKey, type MeldingPrefill, type MeldingValues } from './form-model.js';

/** Host properties that prefill a field. */
export const PREFILL_ATTRIBUTES = {
  birthYearMonth: 'birthYearMonth',
  school: 'school',
  schoolType: 'schoolType',
  municipality: 'municipalityCode',
  firstDayOfAbsence: 'firstDayOfAbsence',
  leadOrganisation: 'leadOrganisation',
  leadRole: 'leadRole',
  leadName: 'leadName',
} as const satisfies Record<string, FieldKey>;

export type PrefillHost = { [P in keyof typeof PREFILL_ATTRIBUTES]?: string } & { pupilRef: string; prefill?: MeldingPrefill };

export function prefillValues(host: PrefillHost): MeldingValues {
  const fromAttributes: Partial<MeldingValues> = {};
  for (const [prop, key] of Object.entries(PREFILL_ATTRIBUTES)) {
    const value = host[prop as keyof typeof PREFILL_ATTRIBUTES];
    if (typeof value === 'string' && value !== '') (fromAttributes as Record<string, string>)[key] = value;
  }
  const firstDay = fromAttributes.firstDayOfAbsence ? parseDateInput(fromAttributes.firstDayOfAbsence) : undefined;
  if (firstDay && 'date' in firstDay) fromAttributes.firstDayOfAbsence = firstDay.date;
  const fromProperty = valuesFromCase(host.prefill);
  return { ...EMPTY_VALUES, ...fromAttributes, ...fromProperty, pupilRef: host.pupilRef || fromProperty.pupilRef || '' };
}

/** The console warning for a pupil-ref the form refuses (a host's mistake, never shown to the user). */
export function pupilRefProblem(pupilRef: string): string {
  return looksLikeBsn(pupilRef) || /^\d{9}$/.test(pupilRef)
    ? 'a 9-digit number is refused: it could be a BSN. Pass the pseudonymous reference of your system.'
    : `missing or not a valid pseudonymous reference (${JSON.stringify(pupilRef)}).`;
}
