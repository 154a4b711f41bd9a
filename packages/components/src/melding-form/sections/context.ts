// What every section of the melding form renders from: the kit's field context plus the
// element's texts, language, "today" and the reference data it offers as choices.
import type { FieldContext, Option } from '../../form/fields.js';
import type { Locale } from '../../i18n/locale.js';
import type { ReferenceData } from '../../context/contexts.js';
import type { MeldingValues } from '../form-model.js';
import type { MeldingFormMessages } from '../messages.js';

export interface SectionContext extends FieldContext<MeldingValues> {
  m: MeldingFormMessages;
  locale: Locale;
  todayIso: string;
  schools: NonNullable<ReferenceData['schools']>;
  reasonOptions: Option[];
}

export const yesNo = (m: MeldingFormMessages): Option[] => [
  { value: 'yes', label: m.yes },
  { value: 'no', label: m.no },
];
