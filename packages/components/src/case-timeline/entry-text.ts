// What an event line says about who and what, shared by the list, the filters and the CSV export:
// the party (role and organisation, a school code as the school's name) and the shown summary.
import type { Locale } from '@thuiszitters/domain';
import type { ReferenceData } from '../context/contexts.js';
import { isDefaultSummary, labelOf } from './labels.js';
import type { CaseTimelineMessages } from './messages.js';
import type { TimelineEntry } from './timeline-model.js';

export interface EntryTextContext {
  m: CaseTimelineMessages;
  locale: Locale;
  /** The provider's schools, when loaded: a school code then reads as the school's name. */
  schools?: ReferenceData['schools'];
}

/** A party of the filter: a role, or the system for derived moments. */
export function partyLabel(party: string, { m, locale }: EntryTextContext): string {
  return party === 'system' || party === 'derived' ? m.derivedParty : labelOf('role', party, locale);
}

/** Who recorded the event: role and organisation (derived moments: the system). */
export function partyText(entry: TimelineEntry, ctx: EntryTextContext): string {
  if (entry.derived) return ctx.m.derivedWho;
  const actor = entry.event.actor;
  if (!actor) return '';
  const org = organisationName(actor.organisation ?? '', ctx.schools);
  return [labelOf('role', actor.role, ctx.locale), org].filter(Boolean).join(', ');
}

/** A school code becomes the school's name when the provider loaded the schools. */
function organisationName(code: string, schools: EntryTextContext['schools']): string {
  const school = schools?.find((s) => `${s.brin}${s.vestiging}` === code);
  return school ? `${school.name} (${code})` : code;
}

/** The summary as shown and searched: a default (label-only) summary in the user's language. */
export function summaryText(entry: TimelineEntry, locale: Locale): string {
  const { summary, type } = entry.event;
  return isDefaultSummary(summary, type) ? labelOf('eventType', type, locale) : (summary as string);
}
