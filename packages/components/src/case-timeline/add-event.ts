// Storing an event from the add form in connected mode: the line appears at once (optimistic) and
// goes away if saving fails. A closure goes through the closure operation (the server records its
// event); lead and offer events change the case, which is fetched again.
import type { Case, CaseEvent, ThuiszittersClient } from '@thuiszitters/sdk';
import type { EventPayload } from './event-draft.js';
import { EventPages } from './event-pages.js';
import type { TimelineEvent } from './timeline-model.js';

export interface StoreCallbacks {
  /** The server stored the event (not for a closure: its event comes with the newest page). */
  added(event: CaseEvent): void;
  /** The case as the server has it now. */
  caseChanged(c: Case): void;
}

/** Event types that change the case (and so the header and the norm). */
const CHANGES_CASE = ['leadAssigned', 'leadChanged', 'offerMade'];

/** Resolves once stored; rejects with the server's error after the optimistic line is removed. */
export async function storeEvent(
  client: ThuiszittersClient,
  current: Case,
  pages: EventPages,
  payload: EventPayload,
  idempotencyKey: string,
  on: StoreCallbacks,
): Promise<void> {
  const tempId = `pending-${idempotencyKey}`;
  pages.addPending({
    id: tempId,
    type: payload.type,
    occurredOn: payload.occurredOn,
    recordedAt: new Date().toISOString(),
    actor: null,
    summary: payload.summary ?? null,
    data: payload.data,
    derived: false,
  } as TimelineEvent);
  try {
    if (payload.type === 'caseClosed') {
      const closed = await client.cases.close(
        current.id,
        { closedOn: payload.occurredOn, reason: payload.data.reason, ...(payload.summary ? { note: payload.summary } : {}) } as never,
        { ifMatch: current.version },
      );
      // The server records the caseClosed event itself: fetch the newest page for it.
      const newest = await EventPages.newest(client, current.id);
      pages.removePending(tempId);
      pages.merge(newest.items as TimelineEvent[]);
      on.caseChanged(closed as Case);
    } else {
      const saved = (await client.events.add(current.id, payload as never, { idempotencyKey })) as CaseEvent;
      pages.removePending(tempId);
      pages.add(saved as TimelineEvent);
      on.added(saved);
      if (CHANGES_CASE.includes(payload.type)) on.caseChanged((await client.cases.get(current.id)) as Case);
    }
  } catch (error) {
    pages.removePending(tempId);
    throw error;
  }
}
