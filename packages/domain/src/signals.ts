/**
 * Worklist signals: why an open case needs attention now. Computed from a case's facts, its
 * derived norm (deriveCase) and its timeline, with the thresholds of the SWV's definition
 * profile. One source for the API's `Case.signals`, the list filter `signal=` and the webhook
 * sweep; labels and explanations (nl/en) live here so elements and server say the same thing.
 */
import { daysBetween, type IsoDate } from './dates.js';
import type { DerivedClassification } from './derive.js';
import { resolveProfile, type DefinitionThresholds } from './profile.js';
import type { Translated } from './types.js';

export const SIGNAL_TYPES = ['noLeadHolder', 'normAlmostOut', 'normExceeded', 'noActivity', 'actionOverdue', 'duplicateOpenCase'] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

export type SignalThresholds = Pick<DefinitionThresholds, 'noLeadHolderDays' | 'noActivityDays'>;

/** What the signals read of a case; the server has each of these on a case row. */
export interface SignalFacts {
  status: 'open' | 'closed';
  /** The day the case (or its current episode) was reported. */
  reportedOn: IsoDate;
  hasLead: boolean;
  /** The day of the latest recorded (not derived) event; null when there is none. */
  lastActivityOn: IsoDate | null;
  /** The earliest due date of an agreed action that is not completed (see `openActionDueDates`). */
  nextActionDueOn: IsoDate | null;
  /** Another open case of the same SWV has this pupilRef. */
  duplicateOpenCase: boolean;
  derived: Pick<DerivedClassification, 'normStatus' | 'normDeadline' | 'daysLeft' | 'daysOverNorm'>;
}

export interface CaseSignal {
  type: SignalType;
  label: Translated;
  explanation: Translated;
}

export const SIGNAL_LABELS: Readonly<Record<SignalType, Translated>> = {
  noLeadHolder: { nl: 'Geen regiehouder', en: 'No lead holder' },
  normAlmostOut: { nl: 'Norm bijna verstreken', en: 'Norm almost out' },
  normExceeded: { nl: 'Norm overschreden', en: 'Norm exceeded' },
  noActivity: { nl: 'Geen activiteit', en: 'No activity' },
  actionOverdue: { nl: 'Actie over datum', en: 'Action overdue' },
  duplicateOpenCase: { nl: 'Dubbele open casus', en: 'Duplicate open case' },
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function explain(type: SignalType, f: SignalFacts, p: SignalThresholds, today: IsoDate): Translated {
  switch (type) {
    case 'noLeadHolder': {
      const days = daysBetween(f.reportedOn, today);
      return {
        nl: `Nog geen regiehouder, ${plural(days, 'dag', 'dagen')} na de melding (signaal na ${p.noLeadHolderDays} dagen).`,
        en: `No lead holder yet, ${plural(days, 'day', 'days')} after the case was reported (signal after ${p.noLeadHolderDays} days).`,
      };
    }
    case 'normAlmostOut': {
      const left = f.derived.daysLeft ?? 0;
      return {
        nl: `Nog ${plural(left, 'dag', 'dagen')} tot de 3-maandennorm verstrijkt (${f.derived.normDeadline}) en er is nog geen aanbod.`,
        en: `${plural(left, 'day', 'days')} left before the 3-month norm runs out (${f.derived.normDeadline}) and there is no offer yet.`,
      };
    }
    case 'normExceeded': {
      const over = f.derived.daysOverNorm ?? 0;
      return {
        nl: `De 3-maandennorm is verstreken op ${f.derived.normDeadline}, ${plural(over, 'dag', 'dagen')} geleden, zonder aanbod.`,
        en: `The 3-month norm ran out on ${f.derived.normDeadline}, ${plural(over, 'day', 'days')} ago, without an offer.`,
      };
    }
    case 'noActivity': {
      const days = daysBetween(f.lastActivityOn ?? f.reportedOn, today);
      return {
        nl: `${plural(days, 'dag', 'dagen')} niets vastgelegd in de tijdlijn (signaal na ${p.noActivityDays} dagen).`,
        en: `Nothing recorded on the timeline for ${plural(days, 'day', 'days')} (signal after ${p.noActivityDays} days).`,
      };
    }
    case 'actionOverdue':
      return {
        nl: `Een afgesproken actie is niet afgerond; die moest uiterlijk ${f.nextActionDueOn} klaar zijn.`,
        en: `An agreed action is not completed; it was due on ${f.nextActionDueOn}.`,
      };
    case 'duplicateOpenCase':
      return {
        nl: 'Het samenwerkingsverband heeft nog een open casus voor dezelfde leerling (zelfde leerlingreferentie).',
        en: 'The SWV has another open case for the same pupil (same pupil reference).',
      };
  }
}

/** Which signals a case raises on `today`, in the order of SIGNAL_TYPES. A closed case raises none. */
export function signalTypes(facts: SignalFacts, profile: Partial<SignalThresholds> | undefined, today: IsoDate): SignalType[] {
  if (facts.status !== 'open') return [];
  const p = resolveProfile(profile);
  const raised: SignalType[] = [];
  if (!facts.hasLead && daysBetween(facts.reportedOn, today) >= p.noLeadHolderDays) raised.push('noLeadHolder');
  if (facts.derived.normStatus === 'almostOut') raised.push('normAlmostOut');
  if (facts.derived.normStatus === 'exceeded') raised.push('normExceeded');
  if (daysBetween(facts.lastActivityOn ?? facts.reportedOn, today) > p.noActivityDays) raised.push('noActivity');
  if (facts.nextActionDueOn !== null && facts.nextActionDueOn < today) raised.push('actionOverdue');
  if (facts.duplicateOpenCase) raised.push('duplicateOpenCase');
  return raised;
}

/** The signals of a case with their labels and explanations (contract `CaseSignal`). */
export function caseSignals(facts: SignalFacts, profile: Partial<SignalThresholds> | undefined, today: IsoDate): CaseSignal[] {
  const p = resolveProfile(profile);
  return signalTypes(facts, p, today).map((type) => ({ type, label: SIGNAL_LABELS[type], explanation: explain(type, facts, p, today) }));
}

/** A timeline event as far as open actions are concerned. */
export interface ActionEvent {
  id: string;
  type: string;
  occurredOn: IsoDate;
  data?: { dueOn?: string; actionEventId?: string } | Record<string, unknown> | null;
}

/**
 * The due dates of agreed actions not completed yet, earliest first. An `actionCompleted` names
 * the action it completes (`actionEventId`); one without completes the open action due first,
 * because that is the one a professional most likely reports on.
 */
export function openActionDueDates(events: readonly ActionEvent[]): IsoDate[] {
  const open = new Map<string, IsoDate>();
  const sorted = [...events].sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
  for (const event of sorted) {
    const data = (event.data ?? {}) as { dueOn?: string; actionEventId?: string };
    if (event.type === 'actionAgreed' && typeof data.dueOn === 'string') open.set(event.id, data.dueOn);
    if (event.type === 'actionCompleted') {
      const target = data.actionEventId && open.has(data.actionEventId)
        ? data.actionEventId
        : [...open.entries()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))[0]?.[0];
      if (target) open.delete(target);
    }
  }
  return [...open.values()].sort();
}
