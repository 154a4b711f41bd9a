// The durable outbox: a change of case data that a subscription wants to hear about becomes one
// delivery row per matching subscription, in the transaction of the change itself.
import type { SignalType } from '@thuiszitters/domain';
import type { AuditEntry } from '../operations/types.js';
import type { Database } from '../storage/database.js';

export const EVENT_TYPES = {
  created: 'nl.thuiszitters.case.created',
  eventAdded: 'nl.thuiszitters.case.event-added',
  leadChanged: 'nl.thuiszitters.case.lead-changed',
  signalRaised: 'nl.thuiszitters.case.signal-raised',
} as const;
export type WebhookEventType = (typeof EVENT_TYPES)[keyof typeof EVENT_TYPES];

/** What a notification's `data` may hold besides the case: ids and types, never reasons or text. */
export interface NotificationData {
  eventType?: string;
  signal?: SignalType;
}

/** The subscriptions that may hear about a case: its school, its SWV, its municipality. */
const SUBSCRIBERS_OF_CASE = `
  FROM cases c
  JOIN webhook_subscriptions s ON s.active AND $2 = ANY (s.events) AND (
         (s.role = 'school' AND s.organisation = c.school_key)
      OR (s.role = 'swv' AND s.organisation = c.swv_code)
      OR (s.role = 'leerplicht' AND s.organisation = c.municipality_code))
 WHERE c.id = $1::uuid`;

/** Queues a notification for every subscription of the case's tenancy that wants this type. Returns how many. */
export async function enqueue(db: Database, caseId: string, type: WebhookEventType, data: NotificationData, at: Date): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO webhook_deliveries (id, subscription_id, event_type, case_id, payload, created_at, next_attempt_at)
     SELECT gen_random_uuid(), s.id, $2, c.id, jsonb_build_object('organisation', s.organisation) || $3::jsonb, $4, $4
     ${SUBSCRIBERS_OF_CASE}
     RETURNING id`,
    [caseId, type, JSON.stringify(data), at],
  );
  return rows.length;
}

/**
 * The notifications an audited write means (the audit entry is written for every change of case
 * data, in its transaction, so hooking in there misses none). Refused attempts notify nothing.
 */
export function notificationsOf(entry: AuditEntry): Array<[WebhookEventType, NotificationData]> {
  if ((entry as { outcome?: string }).outcome === 'refused' || !entry.caseId) return [];
  const detail = entry.detail ?? '';
  switch (entry.action) {
    case 'create':
      return [[EVENT_TYPES.created, {}]];
    case 'addEvent': {
      const out: Array<[WebhookEventType, NotificationData]> = [[EVENT_TYPES.eventAdded, { eventType: detail }]];
      if (detail === 'leadAssigned' || detail === 'leadChanged') out.push([EVENT_TYPES.leadChanged, { eventType: detail }]);
      return out;
    }
    case 'update':
      return /\blead\b/.test(detail) ? [[EVENT_TYPES.leadChanged, {}]] : [];
    default:
      return [];
  }
}
