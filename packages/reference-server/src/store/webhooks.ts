// The webhook tables: subscriptions, the durable outbox of deliveries and the raised signals.
import type { AuthContext } from '../auth/claims.js';
import { TENANCY_COLUMN } from '../auth/tenancy.js';
import type { Database } from '../storage/database.js';
import { CASE_COLUMNS, type CaseRow } from './cases.js';

// ---------------------------------------------------------------------------------------------
// Subscriptions

export interface SubscriptionRow {
  id: string;
  organisation: string;
  role: string;
  url: string;
  events: string[];
  description: string | null;
  created_at: Date | string;
}

const COLUMNS = 'id, organisation, role, url, events, description, created_at';

export async function insertSubscription(
  db: Database,
  auth: AuthContext,
  s: { id: string; url: string; events: string[]; secret: string; description: string | null; at: Date },
): Promise<SubscriptionRow> {
  const [row] = await db.query<SubscriptionRow>(
    `INSERT INTO webhook_subscriptions (id, organisation, role, url, events, secret, description, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9) RETURNING ${COLUMNS}`,
    [s.id, auth.organisation, auth.role, s.url, s.events, s.secret, s.description, auth.subject, s.at],
  );
  return row!;
}

/** The caller's organisation's active subscriptions, newest first (100 at most). */
export function listSubscriptionRows(db: Database, auth: AuthContext): Promise<SubscriptionRow[]> {
  return db.query<SubscriptionRow>(
    `SELECT ${COLUMNS} FROM webhook_subscriptions WHERE active AND role = $1 AND organisation = $2 ORDER BY created_at DESC, id DESC LIMIT 100`,
    [auth.role, auth.organisation],
  );
}

/** An active subscription of the caller's organisation, or null. */
export async function findOwnSubscription(db: Database, auth: AuthContext, id: string): Promise<SubscriptionRow | null> {
  const [row] = await db.query<SubscriptionRow>(
    `SELECT ${COLUMNS} FROM webhook_subscriptions WHERE id = $1::uuid AND active AND role = $2 AND organisation = $3`,
    [id, auth.role, auth.organisation],
  );
  return row ?? null;
}

/** Ends a subscription and drops what it still had to send. */
export async function endSubscription(db: Database, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('UPDATE webhook_subscriptions SET active = false WHERE id = $1', [id]);
    await tx.query(`DELETE FROM webhook_deliveries WHERE subscription_id = $1 AND status = 'pending'`, [id]);
  });
}

export interface DeliveryRow {
  id: string;
  event_type: string;
  case_id: string;
  status: string;
  attempts: number;
  created_at: Date | string;
  last_attempt_at: Date | string | null;
  next_attempt_at: Date | string | null;
  last_status: number | null;
  last_error: string | null;
  delivered_at: Date | string | null;
}

/** A subscription's deliveries, newest first, after the key (created_at, id) when given. */
export function listDeliveryRows(db: Database, subscriptionId: string, after: string[] | null, limit: number): Promise<DeliveryRow[]> {
  return db.query<DeliveryRow>(
    `SELECT id, event_type, case_id, status, attempts, created_at, last_attempt_at, next_attempt_at, last_status, last_error, delivered_at
       FROM webhook_deliveries
      WHERE subscription_id = $1 ${after ? 'AND (created_at, id) < ($3::timestamptz, $4::uuid)' : ''}
      ORDER BY created_at DESC, id DESC LIMIT $2`,
    after ? [subscriptionId, limit, after[0], after[1]] : [subscriptionId, limit],
  );
}

// ---------------------------------------------------------------------------------------------
// The outbox

/** The subscriptions that may hear about a case: those of its tenancy (its school, SWV, municipality). */
const SUBSCRIBERS_OF_CASE = `
  FROM cases c
  JOIN webhook_subscriptions s ON s.active AND $2 = ANY (s.events) AND (
         ${Object.entries(TENANCY_COLUMN)
           .map(([role, column]) => `(s.role = '${role}' AND s.organisation = c.${column})`)
           .join('\n      OR ')})
 WHERE c.id = $1::uuid`;

/** Queues a notification for every subscription of the case's tenancy that wants this type. Returns how many. */
export async function enqueueDeliveries(db: Database, caseId: string, type: string, data: object, at: Date): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO webhook_deliveries (id, subscription_id, event_type, case_id, payload, created_at, next_attempt_at)
     SELECT gen_random_uuid(), s.id, $2, c.id, jsonb_build_object('organisation', s.organisation) || $3::jsonb, $4, $4
     ${SUBSCRIBERS_OF_CASE}
     RETURNING id`,
    [caseId, type, JSON.stringify(data), at],
  );
  return rows.length;
}

export interface DueDelivery {
  id: string;
  event_type: string;
  case_id: string;
  payload: Record<string, unknown>;
  created_at: Date | string;
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Claims up to `batch` due deliveries (FOR UPDATE SKIP LOCKED, so several server processes never
 * take the same one) and leases them until `leaseUntil`, by when they are due again.
 */
export function claimDueDeliveries(db: Database, now: Date, batch: number, leaseUntil: Date): Promise<DueDelivery[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<DueDelivery>(
      `SELECT d.id, d.event_type, d.case_id, d.payload, d.created_at, d.attempts, s.url, s.secret
         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.active
        WHERE d.status = 'pending' AND d.next_attempt_at <= $1
        ORDER BY d.next_attempt_at
        LIMIT ${batch}
        FOR UPDATE OF d SKIP LOCKED`,
      [now],
    );
    if (rows.length > 0) {
      await tx.query(`UPDATE webhook_deliveries SET next_attempt_at = $2 WHERE id = ANY ($1::uuid[])`, [rows.map((r) => r.id), leaseUntil]);
    }
    return rows;
  });
}

export async function markDelivered(db: Database, id: string, attempts: number, at: Date, status: number): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries SET status = 'delivered', attempts = $2, last_attempt_at = $3, last_status = $4, last_error = NULL, delivered_at = $3, next_attempt_at = NULL WHERE id = $1`,
    [id, attempts, at, status],
  );
}

/** A failed attempt: retried at `next`, or given up (`failed`) when `next` is null. */
export async function markAttemptFailed(
  db: Database,
  id: string,
  attempt: { attempts: number; at: Date; status: number | null; error: string | null; next: Date | null },
): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries SET status = $2, attempts = $3, last_attempt_at = $4, last_status = $5, last_error = $6, next_attempt_at = $7 WHERE id = $1`,
    [id, attempt.next ? 'pending' : 'failed', attempt.attempts, attempt.at, attempt.status, attempt.error, attempt.next],
  );
}

/** When the next pending delivery is due, or null. */
export async function nextDueAt(db: Database): Promise<Date | string | null> {
  const [next] = await db.query<{ at: Date | string | null }>(`SELECT min(next_attempt_at) AS at FROM webhook_deliveries WHERE status = 'pending'`);
  return next?.at ?? null;
}

// ---------------------------------------------------------------------------------------------
// Signals

/** The organisations with an active subscription to this event type. */
export function subscribersOf(db: Database, eventType: string): Promise<{ role: AuthContext['role']; organisation: string }[]> {
  return db.query<{ role: AuthContext['role']; organisation: string }>(
    `SELECT DISTINCT role, organisation FROM webhook_subscriptions WHERE active AND $1 = ANY (events)`,
    [eventType],
  );
}

/** The open, not anonymised cases of an organisation's tenancy. */
export function openCasesOf(db: Database, subscriber: { role: AuthContext['role']; organisation: string }): Promise<CaseRow[]> {
  return db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM cases c WHERE c.status = 'open' AND c.anonymised_at IS NULL AND c.${TENANCY_COLUMN[subscriber.role]} = $1`,
    [subscriber.organisation],
  );
}

/** Records a signal of a case once; false when it was raised before. */
export async function raiseSignal(db: Database, caseId: string, signal: string, at: Date): Promise<boolean> {
  const fresh = await db.query(`INSERT INTO webhook_signals (case_id, signal, raised_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING case_id`, [caseId, signal, at]);
  return fresh.length > 0;
}
