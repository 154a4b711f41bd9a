// Token bucket per caller (token subject when authenticated, else client IP).
// Small on purpose: @fastify/rate-limit counts fixed windows, we want a smooth bucket.
// Two stores: in memory (one process: PGlite, or one instance) and in the database, so that
// several server processes behind one PostgreSQL share each caller's bucket.
import type { RateLimitConfig } from '../config.js';
import type { Database } from '../storage/database.js';
import { forgetBuckets, takeToken } from '../store/rate-limit.js';

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one token; when none is left, says how many seconds until one is. */
  take(key: string): Promise<RateLimitVerdict>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const retryAfter = (tokens: number, config: RateLimitConfig) => Math.max(1, Math.ceil((1 - tokens) / config.refillPerSecond));

export function createRateLimiter(config: RateLimitConfig, now: () => number = Date.now, maxKeys = 10_000): RateLimiter {
  const buckets = new Map<string, Bucket>();
  return {
    async take(key) {
      const at = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) {
          // Forget the oldest caller: bounded memory under a flood of distinct keys.
          const oldest = buckets.keys().next().value;
          if (oldest !== undefined) buckets.delete(oldest);
        }
        bucket = { tokens: config.capacity, updatedAt: at };
        buckets.set(key, bucket);
      } else {
        const elapsedSeconds = Math.max(0, at - bucket.updatedAt) / 1000;
        bucket.tokens = Math.min(config.capacity, bucket.tokens + elapsedSeconds * config.refillPerSecond);
        bucket.updatedAt = at;
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: retryAfter(bucket.tokens, config) };
    },
  };
}

/** Rows of callers whose bucket is full again carry no information: cleared now and then. */
const FORGET_EVERY = 1_000;

export function createDatabaseRateLimiter(db: Database, config: RateLimitConfig, now: () => number = Date.now): RateLimiter {
  let takes = 0;
  const fullAfterMs = Math.ceil((config.capacity / config.refillPerSecond) * 1000);
  return {
    async take(key) {
      const at = now();
      const row = await takeToken(db, key, config.capacity, at, config.refillPerSecond);
      if (++takes % FORGET_EVERY === 0) await forgetBuckets(db, at - fullAfterMs);
      return row.last_allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: retryAfter(Number(row.tokens), config) };
    },
  };
}
