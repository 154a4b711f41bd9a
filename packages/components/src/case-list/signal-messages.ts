// The element's own words for each signal, used when the server sends none (controlled mode with
// host data, an older server). Thresholds are the SWV's, so the texts do not name a number.
import type { Locale } from '../i18n/locale.js';
import type { SignalTexts } from './list-model.js';

export const signalMessages: Record<Locale, SignalTexts> = {
  nl: {
    normExceeded: { label: 'Termijn overschreden', explanation: 'Langer dan drie maanden thuis zonder passend aanbod (Thuiszitterspact).' },
    normAlmostOut: { label: 'Termijn bijna verlopen', explanation: 'De drie maanden zijn bijna om en er is nog geen passend aanbod.' },
    noLeadHolder: { label: 'Geen regiehouder', explanation: 'Na de melding is nog niemand aangewezen die de regie heeft over deze casus.' },
    actionOverdue: { label: 'Actie over datum', explanation: 'Een afgesproken actie is niet afgerond voor de afgesproken datum.' },
    noActivity: { label: 'Geen activiteit', explanation: 'Er is al langere tijd niets vastgelegd in de tijdlijn van deze casus.' },
    duplicateOpenCase: { label: 'Dubbele casus', explanation: 'Er is nog een lopende casus voor dezelfde leerlingreferentie.' },
  },
  en: {
    normExceeded: { label: 'Norm exceeded', explanation: 'At home for more than three months without a suitable offer (Thuiszitterspact).' },
    normAlmostOut: { label: 'Norm almost out', explanation: 'The three months are almost over and there is no suitable offer yet.' },
    noLeadHolder: { label: 'No lead holder', explanation: 'Since the report nobody has been appointed to hold the lead on this case.' },
    actionOverdue: { label: 'Action overdue', explanation: 'An agreed action was not completed by its due date.' },
    noActivity: { label: 'No activity', explanation: 'Nothing has been recorded in this case’s timeline for a long time.' },
    duplicateOpenCase: { label: 'Duplicate case', explanation: 'Another open case exists for the same pupil reference.' },
  },
};
