// Sends what the outbox holds: each due delivery is claimed (FOR UPDATE SKIP LOCKED, with a lease,
// so several server processes never send one twice at once), POSTed as a signed CloudEvent, and
// marked delivered, or retried later with exponential back-off, or given up after the last try.
// Idle when there is nothing to send: it wakes when a delivery is queued, at the next retry, and
// for the signal sweep when a subscription asks for signals.
import type { Database } from '../storage/database.js';
import { sign } from './signing.js';
import { sweepSignals } from './signals.js';

export interface DelivererOptions {
  /** The CloudEvents `source` of this registry (a URI or URN). */
  source: string;
  /** First retry after this long; then doubled per attempt, at most an hour. */
  retryBaseMs: number;
  /** Attempts before a delivery is given up (`failed`). */
  maxAttempts: number;
  /** How long one POST may take. */
  timeoutMs: number;
  /** How often the signal sweep runs while a subscription wants signals. */
  signalSweepMs: number;
  now: () => Date;
  fetch?: typeof fetch;
}

export interface Deliverer {
  /** Something was queued: look now. */
  kick(): void;
  /** A subscription was made or ended: the signal sweep may have to start. */
  subscriptionsChanged(): void;
  close(): Promise<void>;
}

const BATCH = 20;
const LEASE_MS = 60_000;
const MAX_BACKOFF_MS = 3_600_000;

interface Due {
  id: string;
  event_type: string;
  case_id: string;
  payload: Record<string, unknown>;
  created_at: Date | string;
  attempts: number;
  url: string;
  secret: string;
}

export function startDeliverer(db: Database, options: DelivererOptions): Deliverer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sweepTimer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  const send = options.fetch ?? fetch;

  const schedule = (ms: number) => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), Math.max(0, ms));
    timer.unref?.();
  };

  async function claim(): Promise<Due[]> {
    return db.transaction(async (tx) => {
      const now = options.now();
      const rows = await tx.query<Due>(
        `SELECT d.id, d.event_type, d.case_id, d.payload, d.created_at, d.attempts, s.url, s.secret
           FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.active
          WHERE d.status = 'pending' AND d.next_attempt_at <= $1
          ORDER BY d.next_attempt_at
          LIMIT ${BATCH}
          FOR UPDATE OF d SKIP LOCKED`,
        [now],
      );
      if (rows.length > 0) {
        await tx.query(`UPDATE webhook_deliveries SET next_attempt_at = $2 WHERE id = ANY ($1::uuid[])`, [rows.map((r) => r.id), new Date(now.getTime() + LEASE_MS)]);
      }
      return rows;
    });
  }

  async function deliver(due: Due): Promise<void> {
    const event = {
      specversion: '1.0',
      id: due.id,
      source: options.source,
      type: due.event_type,
      time: new Date(due.created_at).toISOString(),
      subject: due.case_id,
      datacontenttype: 'application/json',
      data: { caseId: due.case_id, ...due.payload },
    };
    const body = JSON.stringify(event);
    const timestamp = Math.floor(options.now().getTime() / 1000);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await send(due.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/cloudevents+json',
          'webhook-id': due.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': sign(due.secret, due.id, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      status = response.status;
      await response.body?.cancel().catch(() => undefined);
    } catch (cause) {
      error = (cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)).slice(0, 300);
    }
    const now = options.now();
    const attempts = due.attempts + 1;
    if (status !== null && status >= 200 && status < 300) {
      await db.query(
        `UPDATE webhook_deliveries SET status = 'delivered', attempts = $2, last_attempt_at = $3, last_status = $4, last_error = NULL, delivered_at = $3, next_attempt_at = NULL WHERE id = $1`,
        [due.id, attempts, now, status],
      );
      return;
    }
    const giveUp = attempts >= options.maxAttempts;
    const next = giveUp ? null : new Date(now.getTime() + Math.min(MAX_BACKOFF_MS, options.retryBaseMs * 2 ** (attempts - 1)));
    await db.query(
      `UPDATE webhook_deliveries SET status = $2, attempts = $3, last_attempt_at = $4, last_status = $5, last_error = $6, next_attempt_at = $7 WHERE id = $1`,
      [due.id, giveUp ? 'failed' : 'pending', attempts, now, status, error ?? (status !== null ? `HTTP ${status}` : null), next],
    );
  }

  async function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          for (let batch = await claim(); batch.length > 0 && !closed; batch = await claim()) {
            await Promise.all(batch.map(deliver));
          }
        } while (again && !closed);
        // Sleep until the next retry is due (if any).
        const [next] = await db.query<{ at: Date | string | null }>(`SELECT min(next_attempt_at) AS at FROM webhook_deliveries WHERE status = 'pending'`);
        if (next?.at) schedule(new Date(next.at).getTime() - options.now().getTime());
      } catch (error) {
        // The database may be closing; try again a little later unless we are closed.
        if (!closed) schedule(options.retryBaseMs);
        void error;
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  async function sweep(): Promise<void> {
    if (closed) return;
    try {
      const wanted = await sweepSignals(db, options.now());
      if (wanted.queued > 0) void run();
      sweepTimer = undefined;
      if (wanted.subscriptions > 0 && !closed) {
        sweepTimer = setTimeout(() => void sweep(), options.signalSweepMs);
        sweepTimer.unref?.();
      }
    } catch {
      /* closing */
    }
  }

  void run();
  void sweep();
  return {
    kick() {
      void run();
    },
    subscriptionsChanged() {
      clearTimeout(sweepTimer);
      sweepTimer = undefined;
      void sweep();
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      clearTimeout(sweepTimer);
      await running;
    },
  };
}
