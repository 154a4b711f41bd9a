// Each signal's label (the domain's, as the server sends it) and a general explanation for the
// legend under the list. The server's explanation of one case names that case's days and dates,
// so it goes into the CSV, not into the legend. Also used when a host's data carries no texts.
import { SIGNAL_LABELS, SIGNAL_TYPES } from '@thuiszitters/domain';
import type { Locale } from '../i18n/locale.js';
import type { SignalCode, SignalTexts } from './list-model.js';

const explanations: Record<Locale, Record<SignalCode, string>> = {
  nl: {
    normExceeded: 'Langer dan drie maanden thuis zonder passend aanbod (Thuiszitterspact).',
    normAlmostOut: 'De drie maanden zijn bijna om en er is nog geen passend aanbod.',
    noLeadHolder: 'Na de melding is nog niemand aangewezen die de regie heeft over deze casus.',
    actionOverdue: 'Een afgesproken actie is niet afgerond voor de afgesproken datum.',
    noActivity: 'Er is al langere tijd niets vastgelegd in de tijdlijn van deze casus.',
    duplicateOpenCase: 'Er is nog een lopende casus voor dezelfde leerlingreferentie.',
  },
  en: {
    normExceeded: 'At home for more than three months without a suitable offer (Thuiszitterspact).',
    normAlmostOut: 'The three months are almost over and there is no suitable offer yet.',
    noLeadHolder: 'Since the report nobody has been appointed to hold the lead on this case.',
    actionOverdue: 'An agreed action was not completed by its due date.',
    noActivity: 'Nothing has been recorded in this case’s timeline for a long time.',
    duplicateOpenCase: 'Another open case exists for the same pupil reference.',
  },
};

const texts = (locale: Locale) =>
  Object.fromEntries(SIGNAL_TYPES.map((type) => [type, { label: SIGNAL_LABELS[type][locale], explanation: explanations[locale][type] }])) as SignalTexts;

export const signalMessages: Record<Locale, SignalTexts> = { nl: texts('nl'), en: texts('en') };
