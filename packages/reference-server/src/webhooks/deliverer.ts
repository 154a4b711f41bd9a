// Sends what the outbox holds: each due delivery is claimed (FOR UPDATE SKIP LOCKED, with a lease,
// so several server processes never send one twice at once), POSTed as a signed CloudEvent, and
// marked delivered, or retried later with exponential back-off, or given up after the last try.
// Idle when there is nothing to send: it wakes when a delivery is queued, at the next retry, and
// for the signal sweep when a subscription asks for signals.
import type { Database } from '../storage/database.js';
import { claimDueDeliveries, markAttemptFailed, markDelivered, nextDueAt, type DueDelivery as Due } from '../store/webhooks.js';
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

  function claim(): Promise<Due[]> {
    const now = options.now();
    return claimDueDeliveries(db, now, BATCH, new Date(now.getTime() + LEASE_MS));
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
      await markDelivered(db, due.id, attempts, now, status);
      return;
    }
    const giveUp = attempts >= options.maxAttempts;
    const next = giveUp ? null : new Date(now.getTime() + Math.min(MAX_BACKOFF_MS, options.retryBaseMs * 2 ** (attempts - 1)));
    await markAttemptFailed(db, due.id, { attempts, at: now, status, error: error ?? (status !== null ? `HTTP ${status}` : null), next });
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
        const next = await nextDueAt(db);
        if (next) schedule(new Date(next).getTime() - options.now().getTime());
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
