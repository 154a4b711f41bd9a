// Idempotency-Key for POST: the first answer is stored with a hash of the request; a retry with
// the same key and request gets that answer again, the same key with another request 409.
import { createHash } from 'node:crypto';
import { HttpProblem } from '../http/problem.js';
import type { OperationResult, RequestContext } from '../http/context.js';
import type { Database } from '../storage/database.js';
import { findStoredAnswer, storeAnswer } from '../store/idempotency.js';

/** JSON with sorted object keys, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

class LostRace extends Error {}

/**
 * Whose keys these are: the token subject within its role and organisation. A `sub` alone is not
 * enough: an identity provider may reuse it across roles or organisations, and a replay must never
 * hand a stored answer to a caller whose tenancy could not read it directly.
 */
function callerOf(ctx: Pick<RequestContext, 'auth'>): string {
  return JSON.stringify([ctx.auth.subject, ctx.auth.role, ctx.auth.organisation]);
}

/** An answer whose body is known (the replay hands back what `run` answered the first time). */
type Answer<B> = OperationResult & { body: B };

export async function withIdempotency<B>(
  ctx: Pick<RequestContext, 'auth' | 'db' | 'now'> & { headers: Record<string, string | undefined>; body: unknown },
  operation: string,
  /** What identifies the request besides the body (e.g. the case id of the path). */
  scope: string,
  run: (tx: Database) => Promise<Answer<B>>,
  /** Records the replay in the audit log. */
  onReplay?: (answer: Answer<B>) => Promise<void>,
): Promise<Answer<B>> {
  const key = ctx.headers['Idempotency-Key'];
  if (!key) throw new HttpProblem(400, 'An Idempotency-Key header is required.', { invalidParams: [{ name: 'Idempotency-Key', reason: 'This header is required.' }] });
  const hash = createHash('sha256').update(scope).update('\n').update(canonicalJson(ctx.body)).digest('hex');

  const replay = async (): Promise<Answer<B> | null> => {
    const stored = await findStoredAnswer(ctx.db, key, callerOf(ctx), operation);
    if (!stored) return null;
    if (stored.request_hash !== hash) {
      throw new HttpProblem(409, 'This Idempotency-Key was used before with another request; use a new key for a new request.');
    }
    // The stored body is the JSON of what `run` answered for this key, caller and request.
    const answer = { status: stored.status, body: stored.response as B, headers: { ...stored.headers, 'Idempotent-Replayed': 'true' } };
    await onReplay?.(answer);
    return answer;
  };

  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await ctx.db.transaction(async (tx) => {
      const answer = await run(tx);
      const stored = await storeAnswer(tx, {
        key, caller: callerOf(ctx), operation, requestHash: hash, status: answer.status, body: answer.body, headers: answer.headers ?? {}, at: ctx.now(),
      });
      if (!stored) throw new LostRace(); // a concurrent retry won: undo ours
      return answer;
    });
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    const winner = await replay();
    if (winner) return winner;
    throw new HttpProblem(409, 'A request with this Idempotency-Key is being processed; retry shortly.');
  }
}
