// Signals worth a notification that arise by time passing rather than by a write: the worklist
// signals of a case (signalTypes of @thuiszitters/domain, the same computation as a case's
// `signals` in the API, with the thresholds of the SWV's definition profile). A sweep evaluates
// the open cases of every organisation that subscribed to signals and raises each signal once per
// case (table webhook_signals), queueing a notification for it.
import { signalTypes } from '@thuiszitters/domain';
import { today } from '../cases/derive.js';
import { deriveRow, signalFactsOf } from '../cases/record.js';
import { loadProfiles } from '../store/reference.js';
import { openCasesOf, raiseSignal, subscribersOf } from '../store/webhooks.js';
import type { Database } from '../storage/database.js';
import { markOpenDuplicates } from '../store/worklist.js';
import { EVENT_TYPES, enqueue } from './outbox.js';

export async function sweepSignals(db: Database, now: Date): Promise<{ subscriptions: number; queued: number }> {
  const subscribers = await subscribersOf(db, EVENT_TYPES.signalRaised);
  if (subscribers.length === 0) return { subscriptions: 0, queued: 0 };
  const on = today(now);
  let queued = 0;
  for (const subscriber of subscribers) {
    const rows = await openCasesOf(db, subscriber);
    await markOpenDuplicates(db, rows);
    const profiles = await loadProfiles(db, rows.map((row) => row.swv_code));
    for (const row of rows) {
      const signals = signalTypes(signalFactsOf(row, deriveRow(row, profiles, on)), profiles.get(row.swv_code), on);
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
