// The pure part of the timeline: check host data, merge derived moments, filter, order and
// group by month. No DOM here, so 2,000 events cost only array work before anything renders.
import {
  deriveEvents,
  isIsoDate,
  isOneOf,
  EVENT_TYPES,
  type CaseFacts,
  type DerivationProfile,
  type EventType,
  type IsoDate,
} from '@thuiszitters/domain';

/**
 * What the timeline reads of one event. A `CaseEvent` of the SDK fits; derived moments computed
 * here (when a host passes events without them) have no actor and no recordedAt.
 */
export interface TimelineEvent {
  id: string;
  type: string;
  occurredOn: string;
  recordedAt?: string | null;
  actor?: { organisation?: string | null; role?: string | null; name?: string | null } | null;
  summary?: string | null;
  data?: Record<string, unknown> | null;
  derived?: boolean;
}

/** One line of the timeline: the event plus what the view needs to know about it. */
export interface TimelineEntry {
  event: TimelineEvent;
  /** Stable key for keyed rendering and for the ids of the details panel. */
  key: string;
  derived: boolean;
  /** Optimistically shown, not yet confirmed by the server. */
  pending: boolean;
  /** `YYYY-MM` of `occurredOn`: the month group. */
  month: string;
  /** `derived` for computed moments, else the actor's role. */
  party: string;
}

export type Order = 'newest' | 'oldest';

export interface TimelineFilter {
  type: string;
  party: string;
  query: string;
}

export const NO_FILTER: TimelineFilter = { type: '', party: '', query: '' };

/** A problem with host data: the field path and what is wrong with it. */
export interface DataProblem {
  field: string;
  problem: string;
}

/** Checks the shape of host-provided events; returns the first problem, or null. */
export function checkEvents(events: unknown): DataProblem | null {
  if (!Array.isArray(events)) return { field: 'events', problem: 'expected an array of CaseEvent' };
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Partial<TimelineEvent> | null;
    if (!e || typeof e !== 'object') return { field: `events[${i}]`, problem: 'expected an object' };
    if (typeof e.id !== 'string' || !e.id) return { field: `events[${i}].id`, problem: 'expected a non-empty string' };
    if (typeof e.type !== 'string') return { field: `events[${i}].type`, problem: 'expected an event type' };
    if (!isIsoDate(e.occurredOn)) return { field: `events[${i}].occurredOn`, problem: `expected a date YYYY-MM-DD, got ${JSON.stringify(e.occurredOn)}` };
  }
  return null;
}

/** Checks the facts of a host-provided case that the header needs; returns the first problem, or null. */
export function checkCase(value: unknown): DataProblem | null {
  const c = value as { id?: unknown; absence?: { firstDayOfAbsence?: unknown }; birthYearMonth?: unknown } | null;
  if (!c || typeof c !== 'object') return { field: 'case', problem: 'expected a Case object' };
  if (typeof c.id !== 'string') return { field: 'case.id', problem: 'expected a string' };
  if (!c.absence || typeof c.absence !== 'object') return { field: 'case.absence', problem: 'expected an object' };
  if (!isIsoDate(c.absence.firstDayOfAbsence)) {
    return { field: 'case.absence.firstDayOfAbsence', problem: `expected a date YYYY-MM-DD, got ${JSON.stringify(c.absence.firstDayOfAbsence)}` };
  }
  if (typeof c.birthYearMonth !== 'string' || !/^\d{4}-\d{2}$/.test(c.birthYearMonth)) {
    return { field: 'case.birthYearMonth', problem: 'expected YYYY-MM' };
  }
  return null;
}

export function isKnownEventType(type: string): type is EventType {
  return isOneOf(EVENT_TYPES, type);
}

function toEntry(event: TimelineEvent, pending: boolean): TimelineEntry {
  const derived = event.derived === true;
  return {
    event,
    key: event.id,
    derived,
    pending,
    month: event.occurredOn.slice(0, 7),
    party: derived ? 'derived' : event.actor?.role ?? '',
  };
}

/**
 * The server merges the derived moments into the list it returns. A host in controlled mode may
 * pass its own events without them; then we compute them from the case's facts on `today`.
 */
export function withDerivedEvents(
  events: readonly TimelineEvent[],
  facts: CaseFacts | null,
  profile: Partial<DerivationProfile>,
  today: IsoDate,
): TimelineEvent[] {
  if (!facts || events.some((e) => e.derived)) return [...events];
  let computed: TimelineEvent[] = [];
  try {
    computed = deriveEvents(facts, profile, today).map((d) => ({
      id: `derived-${d.type}-${d.occurredOn}`,
      type: d.type,
      occurredOn: d.occurredOn,
      derived: true,
      actor: null,
      summary: null,
      data: null,
    }));
  } catch {
    // Facts the domain cannot read: show the recorded events only (the header says why).
  }
  return [...events, ...computed];
}

/**
 * All entries, oldest first. Same-day events keep their recorded order (recordedAt, then the
 * order the host gave), so a correction always follows what it corrects.
 */
export function buildEntries(events: readonly TimelineEvent[], pendingIds: ReadonlySet<string> = new Set()): TimelineEntry[] {
  const indexed = events.map((event, index) => ({ event, index }));
  indexed.sort((a, b) => {
    if (a.event.occurredOn !== b.event.occurredOn) return a.event.occurredOn < b.event.occurredOn ? -1 : 1;
    const ra = a.event.recordedAt ?? '';
    const rb = b.event.recordedAt ?? '';
    if (ra !== rb) return ra < rb ? -1 : 1;
    return a.index - b.index;
  });
  return indexed.map(({ event }) => toEntry(event, pendingIds.has(event.id)));
}

/** Keeps the entries that match the type, the party and every word of the query (in the summary). */
export function filterEntries(entries: readonly TimelineEntry[], filter: TimelineFilter, summaryOf: (e: TimelineEntry) => string): TimelineEntry[] {
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!filter.type && !filter.party && words.length === 0) return [...entries];
  return entries.filter((entry) => {
    if (filter.type && entry.event.type !== filter.type) return false;
    if (filter.party && entry.party !== filter.party) return false;
    if (words.length) {
      const text = summaryOf(entry).toLocaleLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

/** Entries come oldest first; `newest` reverses them. */
export function orderEntries(entries: readonly TimelineEntry[], order: Order): TimelineEntry[] {
  return order === 'newest' ? [...entries].reverse() : [...entries];
}

export interface MonthGroup {
  month: string;
  entries: TimelineEntry[];
}

/** Consecutive entries of the same month form one group (the input is already ordered). */
export function groupByMonth(entries: readonly TimelineEntry[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.month === entry.month) last.entries.push(entry);
    else groups.push({ month: entry.month, entries: [entry] });
  }
  return groups;
}

/** The distinct values of `pick` in the entries, in first-seen order. */
export function distinct(entries: readonly TimelineEntry[], pick: (e: TimelineEntry) => string): string[] {
  const seen = new Set<string>();
  for (const e of entries) {
    const v = pick(e);
    if (v) seen.add(v);
  }
  return [...seen];
}
