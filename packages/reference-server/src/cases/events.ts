// Case events: stored rows (append-only) and the API's `CaseEvent`, with the need-to-know view.
import { randomUUID } from 'node:crypto';
import { EVENT_TYPE_LABELS, type EventType } from '@thuiszitters/domain';
import { mayReadReasons } from '../auth/tenancy.js';
import type { AuthContext, RequestContext } from '../operations/types.js';
import type { Database } from '../storage/database.js';
import { iso } from './record.js';
import { refreshWorklist } from '../store/worklist.js';

export interface EventRow {
  id: string;
  case_id: string;
  type: string;
  occurred_on: string;
  recorded_at: Date | string;
  actor: { organisation: string; role: string; name: string | null };
  summary: string;
  data: Record<string, unknown>;
}

export const EVENT_COLUMNS = 'e.id, e.case_id, e.type, e.occurred_on, e.recorded_at, e.actor, e.summary, e.data';

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

export async function insertEvent(
  db: Database,
  ctx: RequestContext,
  caseId: string,
  event: { type: string; occurredOn: string; summary?: string; data?: Record<string, unknown> },
): Promise<EventRow> {
  const rows = await db.query<EventRow>(
    `INSERT INTO case_events (id, case_id, type, occurred_on, recorded_at, actor, summary, data)
     VALUES ($1::uuid, $2::uuid, $3, $4::date, $5, $6::jsonb, $7, $8::jsonb)
     RETURNING id, case_id, type, occurred_on, recorded_at, actor, summary, data`,
    [
      randomUUID(),
      caseId,
      event.type,
      event.occurredOn,
      ctx.now(),
      JSON.stringify({ organisation: ctx.auth.organisation, role: ctx.auth.role, name: ctx.auth.name }),
      event.summary ?? defaultSummary(event.type),
      JSON.stringify(event.data ?? {}),
    ],
  );
  await refreshWorklist(db, [caseId]);
  return rows[0]!;
}
