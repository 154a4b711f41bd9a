// createSubscription, listSubscriptions, deleteSubscription, listSubscriptionDeliveries: an
// organisation's LVS subscribes its own endpoint to notifications about the cases the
// organisation may read, and reads what was delivered. Each organisation sees only its own.
import { randomUUID } from 'node:crypto';
import { decodeCursor, encodeCursor, invalidCursor } from '../cases/cursor.js';
import { withIdempotency } from '../operations/idempotency.js';
import { iso } from '../cases/record.js';
import { HttpProblem } from '../http/problem.js';
import type { OperationHandlers, RequestContext } from '../http/context.js';
import {
  endSubscription,
  findOwnSubscription,
  insertSubscription,
  listDeliveryRows,
  listSubscriptionRows,
  type SubscriptionRow,
} from '../store/webhooks.js';
import { newSecret } from './signing.js';

const toApi = (row: SubscriptionRow) => ({
  id: row.id,
  organisation: row.organisation,
  role: row.role,
  url: row.url,
  events: row.events,
  description: row.description,
  createdAt: iso(row.created_at),
});

/** `https`, or plain `http` to this machine in development (an LVS under test); never credentials in the URL. */
function urlProblem(value: string, development: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.protocol === 'https:') return null;
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && loopback && development) return null;
  return development ? 'must use https (http only to 127.0.0.1 or localhost in development)' : 'must use https';
}

async function createSubscription(ctx: RequestContext<'createSubscription'>) {
  const body = ctx.body;
  const problem = urlProblem(body.url, ctx.webhooks?.development ?? false);
  if (problem) throw new HttpProblem(400, 'The subscription URL cannot be used.', { invalidParams: [{ name: 'url', reason: problem }] });
  const answer = await withIdempotency(ctx, 'createSubscription', '', async (tx) => {
    const id = randomUUID();
    const secret = newSecret();
    const row = await insertSubscription(tx, ctx.auth, { id, url: body.url, events: body.events, secret, description: body.description ?? null, at: ctx.now() });
    return { status: 201, body: { ...toApi(row), secret }, headers: { Location: `/v1/subscriptions/${id}` } };
  });
  ctx.webhooks?.subscriptionsChanged();
  return answer;
}

async function listSubscriptions(ctx: RequestContext<'listSubscriptions'>) {
  const rows = await listSubscriptionRows(ctx.db, ctx.auth);
  return { status: 200, body: { items: rows.map(toApi) } };
}

/** The caller's own active subscription, or a 404 (another organisation's is not found either). */
async function ownSubscription(ctx: Pick<RequestContext, 'auth' | 'db'>, subscriptionId: string): Promise<SubscriptionRow> {
  const row = await findOwnSubscription(ctx.db, ctx.auth, subscriptionId);
  if (!row) throw new HttpProblem(404, 'There is no such subscription of your organisation.');
  return row;
}

async function deleteSubscription(ctx: RequestContext<'deleteSubscription'>) {
  const row = await ownSubscription(ctx, ctx.params.subscriptionId);
  await endSubscription(ctx.db, row.id);
  ctx.webhooks?.subscriptionsChanged();
  return { status: 204 };
}

const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

async function listSubscriptionDeliveries(ctx: RequestContext<'listSubscriptionDeliveries'>) {
  const subscription = await ownSubscription(ctx, ctx.params.subscriptionId);
  const limit = Number(ctx.query.limit ?? 25);
  const after = decodeCursor(ctx.query.cursor, 2);
  if (after && (Number.isNaN(Date.parse(after[0]!)) || !/^[0-9a-f-]{36}$/.test(after[1]!))) {
    throw invalidCursor();
  }
  const rows = await listDeliveryRows(ctx.db, subscription.id, after, limit + 1);
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    eventType: row.event_type,
    caseId: row.case_id,
    status: row.status,
    attempts: row.attempts,
    createdAt: iso(row.created_at),
    lastAttemptAt: isoOrNull(row.last_attempt_at),
    // A claimed delivery carries a lease as its next attempt: only a pending one shows it.
    nextAttemptAt: row.status === 'pending' ? isoOrNull(row.next_attempt_at) : null,
    lastStatus: row.last_status,
    lastError: row.last_error,
    deliveredAt: isoOrNull(row.delivered_at),
  }));
  const last = rows.length > limit ? rows[limit - 1]! : null;
  return { status: 200, body: { items, nextCursor: last ? encodeCursor([iso(last.created_at), last.id]) : null } };
}

export const subscriptionHandlers = { createSubscription, listSubscriptions, deleteSubscription, listSubscriptionDeliveries } satisfies OperationHandlers;
