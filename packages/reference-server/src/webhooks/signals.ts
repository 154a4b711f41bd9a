// Signals worth a notification that arise by time passing rather than by a write: the 3-month
// norm almost runs out, or an open case still has no lead holder. A sweep evaluates the open
// cases of every organisation that subscribed to signals with the domain's rules and raises
// each signal once per case (table webhook_signals), queueing a notification for it.
import { today } from '../cases/derive.js';
import { deriveRow } from '../cases/record.js';
import { loadProfiles } from '../store/reference.js';
import { openCasesOf, raiseSignal, subscribersOf } from '../store/webhooks.js';
import type { Database } from '../storage/database.js';
import { EVENT_TYPES, enqueue, type NotificationData } from './outbox.js';

/** An open case without a lead holder this many days after it was reported raises `noLeadHolder`. */
export const NO_LEAD_AFTER_DAYS = 14;

export async function sweepSignals(db: Database, now: Date): Promise<{ subscriptions: number; queued: number }> {
  const subscribers = await subscribersOf(db, EVENT_TYPES.signalRaised);
  if (subscribers.length === 0) return { subscriptions: 0, queued: 0 };
  const on = today(now);
  const noLeadBefore = new Date(now.getTime() - NO_LEAD_AFTER_DAYS * 86_400_000);
  let queued = 0;
  for (const subscriber of subscribers) {
    const rows = await openCasesOf(db, subscriber);
    const profiles = await loadProfiles(db, rows.map((row) => row.swv_code));
    for (const row of rows) {
      const signals: NonNullable<NotificationData['signal']>[] = [];
      if (deriveRow(row, profiles, on).normStatus === 'almostOut') signals.push('normAlmostOut');
      const created = new Date(row.created_at as Date | string);
      if (!(row.data as { lead?: unknown }).lead && created < noLeadBefore) signals.push('noLeadHolder');
      for (const signal of signals) {
        queued += await db.transaction(async (tx) => {
          const fresh = await raiseSignal(tx, row.id, signal, now);
          return fresh ? enqueue(tx, row.id, EVENT_TYPES.signalRaised, { signal }, now) : 0;
        });
      }
    }
  }
  return { subscriptions: subscribers.length, queued };
}
