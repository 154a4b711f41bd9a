// Case events: the API's `CaseEvent` with the need-to-know view, and appending one (store/events.ts).
import { randomUUID } from 'node:crypto';
import { EVENT_TYPE_LABELS, type EventType } from '@thuiszitters/domain';
import { mayReadReasons } from '../auth/tenancy.js';
import type { AuthContext } from '../auth/claims.js';
import { insertEventRow, type EventRow } from '../store/events.js';
import type { Database } from '../storage/database.js';
import { iso } from './record.js';
import { followEvent, type WorklistColumns } from '../store/worklist.js';

/** The default summary: the Dutch label of the type (the components translate by type). */
export function defaultSummary(type: string): string {
  return EVENT_TYPE_LABELS[type as EventType]?.nl ?? type;
}

/** Event data members that are free text; hidden from roles without a need to know. */
const FREE_TEXT_DATA = ['description', 'owner', 'escalatedTo'];

export function toApiEvent(row: EventRow, auth: AuthContext) {
  const needToKnow = mayReadReasons(auth);
  let data = row.data ?? {};
  if (!needToKnow) data = Object.fromEntries(Object.entries(data).filter(([key]) => !FREE_TEXT_DATA.includes(key)));
  return {
    id: row.id,
    caseId: row.case_id,
    type: row.type,
    occurredOn: row.occurred_on,
    recordedAt: iso(row.recorded_at),
    actor: { organisation: row.actor.organisation, role: row.actor.role, name: row.actor.name ?? null },
    // Summaries are free text: roles without a need to know see the type's label instead.
    summary: needToKnow ? row.summary : defaultSummary(row.type),
    data,
    derived: false,
  };
}

/**
 * Appends an event recorded now by the caller (without a summary, the type's label) and returns
 * it with the case's worklist columns as the event left them.
 */
export async function insertEvent(
  db: Database,
  auth: AuthContext,
  at: Date,
  caseId: string,
  event: { type: string; occurredOn: string; summary?: string; data?: Record<string, unknown> },
): Promise<{ event: EventRow; worklist: WorklistColumns }> {
  const row = await insertEventRow(db, {
    id: randomUUID(),
    case_id: caseId,
    type: event.type,
    occurred_on: event.occurredOn,
    recorded_at: at,
    actor: { organisation: auth.organisation, role: auth.role, name: auth.name },
    summary: event.summary ?? defaultSummary(event.type),
    data: event.data ?? {},
  });
  // Last activity and open actions of the worklist follow every event (store/worklist.ts).
  const worklist = await followEvent(db, caseId, row);
  return { event: row, worklist };
}
