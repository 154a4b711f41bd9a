// Deterministic cases for the list's tests, stories and bench (controlled mode). Shapes follow
// openapi/examples/case-list.json; `today` is fixed at 2026-11-20.
import { SIGNAL_LABELS, addDays, daysBetween } from '@thuiszitters/domain';
import type { ListCase, ListSignal, SignalCode } from './list-model.js';

export const LIST_TODAY = '2026-11-20';

const SIGNAL_TEXT: Record<SignalCode, ListSignal> = {
  noLeadHolder: {
    type: 'noLeadHolder',
    label: { ...SIGNAL_LABELS.noLeadHolder },
    explanation: {
      nl: 'Nog geen regiehouder, 14 dagen na de melding (signaal na 14 dagen).',
      en: 'No lead holder yet, 14 days after the case was reported (signal after 14 days).',
    },
  },
  normAlmostOut: {
    type: 'normAlmostOut',
    label: { ...SIGNAL_LABELS.normAlmostOut },
    explanation: { nl: 'Nog 14 dagen of minder tot de termijn van drie maanden.', en: '14 days or fewer until the three-month norm.' },
  },
  normExceeded: {
    type: 'normExceeded',
    label: { ...SIGNAL_LABELS.normExceeded },
    explanation: { nl: 'Langer dan drie maanden thuis zonder passend aanbod.', en: 'At home for more than three months without a suitable offer.' },
  },
  noActivity: {
    type: 'noActivity',
    label: { ...SIGNAL_LABELS.noActivity },
    explanation: { nl: 'Meer dan 21 dagen niets vastgelegd (signaal na 21 dagen).', en: 'Nothing recorded for more than 21 days (signal after 21 days).' },
  },
  actionOverdue: {
    type: 'actionOverdue',
    label: { ...SIGNAL_LABELS.actionOverdue },
    explanation: { nl: 'Een afgesproken actie is niet op tijd afgerond.', en: 'An agreed action was not completed on time.' },
  },
  duplicateOpenCase: {
    type: 'duplicateOpenCase',
    label: { ...SIGNAL_LABELS.duplicateOpenCase },
    explanation: { nl: 'Er is nog een lopende casus voor deze leerling.', en: 'Another open case exists for this pupil.' },
  },
};

export const signal = (type: SignalCode): ListSignal => SIGNAL_TEXT[type];

const SCHOOLS = [
  { brin: '12AB', vestiging: '00' },
  { brin: '14CD', vestiging: '00' },
  { brin: '16EF', vestiging: '01' },
];

export interface ListCaseOptions {
  id?: string;
  pupilRef?: string;
  school?: number;
  firstDayOfAbsence?: string;
  lead?: boolean;
  lastActivityOn?: string | null;
  status?: 'open' | 'closed';
  signals?: SignalCode[];
}

/** One case with its derived norm from `firstDayOfAbsence` (deadline three months on, 14 days "almost out"). */
export function listCase(n: number, options: ListCaseOptions = {}): ListCase {
  const first = options.firstDayOfAbsence ?? addDays('2026-06-01', (n * 7) % 170);
  const deadline = addDays(first, 91);
  const left = daysBetween(LIST_TODAY, deadline);
  const status = options.status ?? 'open';
  const normStatus = status === 'closed' ? 'met' : left < 0 ? 'exceeded' : left <= 14 ? 'almostOut' : 'running';
  const lead = options.lead ?? n % 3 !== 0;
  const signals: SignalCode[] =
    options.signals ??
    (status === 'closed'
      ? []
      : [
          ...(normStatus === 'exceeded' ? (['normExceeded'] as const) : normStatus === 'almostOut' ? (['normAlmostOut'] as const) : []),
          ...(lead ? [] : (['noLeadHolder'] as const)),
          ...(n % 4 === 1 ? (['noActivity'] as const) : []),
        ]);
  return {
    id: options.id ?? `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
    createdAt: `${addDays(first, 3)}T09:00:00Z`,
    status,
    pupilRef: options.pupilRef ?? `LVS-${String(1000 + n)}`,
    school: SCHOOLS[(options.school ?? n) % SCHOOLS.length],
    lead: lead ? { organisation: 'Samenwerkingsverband Voorbeeldregio', role: 'swv', name: `Consulent ${n % 7}`, since: addDays(first, 10) } : null,
    absence: { firstDayOfAbsence: first },
    derived: {
      normStatus,
      normDeadline: deadline,
      daysLeft: normStatus === 'running' || normStatus === 'almostOut' ? left : null,
      daysOverNorm: normStatus === 'exceeded' ? -left : null,
    },
    lastActivityOn: options.lastActivityOn === undefined ? addDays(LIST_TODAY, -((n * 5) % 40)) : options.lastActivityOn,
    signals: signals.map(signal),
  };
}

/** `count` cases, numbered from 1. */
export function listCases(count: number): ListCase[] {
  return Array.from({ length: count }, (_, i) => listCase(i + 1));
}
