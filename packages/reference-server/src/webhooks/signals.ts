// Signals worth a notification that arise by time passing rather than by a write: the worklist
// signals of a case (signalTypes of @thuiszitters/domain, the same computation as a case's
// `signals` in the API, with the thresholds of the SWV's definition profile). A sweep evaluates
// the open cases of every organisation that subscribed to signals and raises each signal once per
// case (table webhook_signals), queueing a notification for it.
import { signalTypes } from '@thuiszitters/domain';
import { loadProfiles, today } from '../cases/derive.js';
import { CASE_COLUMNS, deriveRow, signalFactsOf, type CaseRow } from '../cases/record.js';
import type { Database } from '../storage/database.js';
import { annotateWorklist } from '../store/worklist.js';
import { EVENT_TYPES, enqueue } from './outbox.js';

const SCOPE_COLUMN = { school: 'c.school_key', swv: 'c.swv_code', leerplicht: 'c.municipality_code' } as const;

export async function sweepSignals(db: Database, now: Date): Promise<{ subscriptions: number; queued: number }> {
  const subscribers = await db.query<{ role: keyof typeof SCOPE_COLUMN; organisation: string }>(
    `SELECT DISTINCT role, organisation FROM webhook_subscriptions WHERE active AND $1 = ANY (events)`,
    [EVENT_TYPES.signalRaised],
  );
  if (subscribers.length === 0) return { subscriptions: 0, queued: 0 };
  const on = today(now);
  let queued = 0;
  for (const { role, organisation } of subscribers) {
    const rows = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases c WHERE c.status = 'open' AND c.anonymised_at IS NULL AND ${SCOPE_COLUMN[role]} = $1`, [organisation]);
    await annotateWorklist(db, rows);
    const profiles = await loadProfiles(db, rows.map((row) => row.swv_code));
    for (const row of rows) {
      const signals = signalTypes(signalFactsOf(row, deriveRow(row, profiles, on)), profiles.get(row.swv_code), on);
      for (const signal of signals) {
        queued += await db.transaction(async (tx) => {
          const fresh = await tx.query(`INSERT INTO webhook_signals (case_id, signal, raised_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING case_id`, [row.id, signal, now]);
          return fresh.length === 0 ? 0 : enqueue(tx, row.id, EVENT_TYPES.signalRaised, { signal }, now);
        });
      }
    }
  }
  return { subscriptions: subscribers.length, queued };
}
