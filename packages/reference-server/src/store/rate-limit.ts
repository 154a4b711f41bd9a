// The shared token buckets of the rate limiter (`rate_limit_buckets`), for several server
// processes on one PostgreSQL (http/rate-limit.ts).
import type { Database } from '../storage/database.js';

// One statement per request: the row lock of INSERT … ON CONFLICT makes refill-and-take atomic
// across processes (SET expressions read the row as it was). $1 key, $2 capacity, $3 now (ms),
// $4 refill per second.
const REFILLED = 'LEAST($2::float8, b.tokens + GREATEST(0, $3::bigint - b.updated_ms) / 1000.0 * $4::float8)';
const TAKE = `
  INSERT INTO rate_limit_buckets AS b (key, tokens, updated_ms, last_allowed)
  VALUES ($1, $2::float8 - 1, $3::bigint, true)
  ON CONFLICT (key) DO UPDATE SET
    tokens = CASE WHEN ${REFILLED} >= 1 THEN ${REFILLED} - 1 ELSE ${REFILLED} END,
    last_allowed = ${REFILLED} >= 1,
    updated_ms = GREATEST(b.updated_ms, $3::bigint)
  RETURNING tokens, last_allowed`;

/** Refills a key's bucket up to `at` and takes one token when there is one. */
export async function takeToken(db: Database, key: string, capacity: number, at: number, refillPerSecond: number): Promise<{ tokens: number; last_allowed: boolean }> {
  const [row] = await db.query<{ tokens: number; last_allowed: boolean }>(TAKE, [key, capacity, at, refillPerSecond]);
  return row!;
}

/** Drops the buckets not touched since `before` (ms). */
export async function forgetBuckets(db: Database, before: number): Promise<void> {
  await db.query('DELETE FROM rate_limit_buckets WHERE updated_ms < $1', [before]);
}
