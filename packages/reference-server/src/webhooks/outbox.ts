// The durable outbox: a change of case data that a subscription wants to hear about becomes one
// delivery row per matching subscription, in the transaction of the change itself.
import type { SignalType } from '@thuiszitters/domain';
import type { AuditEntry } from '../store/audit.js';
import type { Database } from '../storage/database.js';
import { enqueueDeliveries } from '../store/webhooks.js';

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

/** Queues a notification for every subscription of the case's tenancy that wants this type. Returns how many. */
export function enqueue(db: Database, caseId: string, type: WebhookEventType, data: NotificationData, at: Date): Promise<number> {
  return enqueueDeliveries(db, caseId, type, data, at);
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
