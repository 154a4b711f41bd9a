// Connected mode's events of one case: the newest page at once, the older pages in the background
// (newest first, while the user reads; a failed page can be retried from its cursor), and the lines
// added optimistically while the server stores them. Every change is a new array or set, so the
// element's memoised view sees it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ThuiszittersClient } from '@thuiszitters/sdk';
import type { TimelineEvent } from './timeline-model.js';

/** Events per request: the contract's maximum, so a long case needs as few requests as possible. */
const EVENT_PAGE = 100;

/** `events` plus those of `more` it does not hold yet (by id). */
function mergeEvents(events: TimelineEvent[], more: TimelineEvent[]): TimelineEvent[] {
  const known = new Set(events.map((e) => e.id));
  return [...events, ...more.filter((e) => !known.has(e.id))];
}

export class EventPages implements ReactiveController {
  /** The loaded events; undefined until the newest page came. */
  events?: TimelineEvent[];
  /** Ids of the optimistic lines still being stored. */
  pending: ReadonlySet<string> = new Set();
  /** The older pages: still to fetch, fetched, or stopped by a failure. */
  older: 'done' | 'loading' | 'failed' = 'done';
  private cursor: string | null = null;
  private olderLoad?: Promise<void>;
  /** The load that fetched the newest page: a retry stops with its signal too. */
  private origin?: { client: ThuiszittersClient; caseId: string; signal: AbortSignal };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  private changed(): void {
    this.host.requestUpdate();
  }

  /** Before a new load: nothing is shown from the previous case. */
  reset(): void {
    this.events = undefined;
    this.older = 'done';
    this.changed();
  }

  /** Takes the newest page and starts fetching the older ones in the background. */
  startWith(newest: { items: unknown[]; nextCursor?: string | null }, client: ThuiszittersClient, caseId: string, signal: AbortSignal): void {
    this.events = newest.items as TimelineEvent[];
    this.cursor = newest.nextCursor ?? null;
    this.origin = { client, caseId, signal };
    if (this.cursor) this.olderLoad = this.loadOlder();
    this.changed();
  }

  /** The first page of a case (the newest events), e.g. with the server's own `caseClosed`. */
  static newest(client: ThuiszittersClient, caseId: string, signal?: AbortSignal) {
    return client.events.list(caseId, { order: 'newest', limit: EVENT_PAGE }, signal ? { signal } : undefined);
  }

  private async loadOlder(): Promise<void> {
    const { client, caseId, signal } = this.origin!;
    this.older = 'loading';
    this.changed();
    try {
      while (this.cursor && !signal.aborted) {
        const page = await client.events.list(caseId, { order: 'newest', limit: EVENT_PAGE, cursor: this.cursor }, { signal });
        if (signal.aborted) return;
        this.events = mergeEvents(this.events ?? [], page.items as TimelineEvent[]);
        this.cursor = page.nextCursor ?? null;
        this.changed();
      }
      if (!signal.aborted) this.older = 'done';
    } catch {
      // What is loaded stays; the user can try the rest again (from the same cursor).
      if (!signal.aborted) this.older = 'failed';
    }
    this.changed();
  }

  retryOlder(): void {
    if (!this.origin || !this.cursor) return;
    this.olderLoad = this.loadOlder();
  }

  /** Runs `then` once every page is in: at once, or when the background load ends. */
  whenComplete(then: () => void): void {
    if (this.older === 'loading' && this.olderLoad) void this.olderLoad.then(then);
    else then();
  }

  /** Merges the newest page (the server recorded an event itself: a closure, a reopening). */
  async refresh(client: ThuiszittersClient, caseId: string): Promise<void> {
    const newest = await EventPages.newest(client, caseId);
    this.merge(newest.items as TimelineEvent[]);
  }

  merge(events: TimelineEvent[]): void {
    this.events = mergeEvents(this.events ?? [], events);
    this.changed();
  }

  /** Shows a line at once, marked as being saved. */
  addPending(event: TimelineEvent): void {
    this.events = [...(this.events ?? []), event];
    this.pending = new Set([...this.pending, event.id]);
    this.changed();
  }

  removePending(id: string): void {
    this.events = (this.events ?? []).filter((e) => e.id !== id);
    const next = new Set(this.pending);
    next.delete(id);
    this.pending = next;
    this.changed();
  }

  add(event: TimelineEvent): void {
    this.events = [...(this.events ?? []), event];
    this.changed();
  }
}
