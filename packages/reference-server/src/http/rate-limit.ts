// Token bucket per caller (token subject when authenticated, else client IP).
// Small on purpose: @fastify/rate-limit counts fixed windows, we want a smooth bucket.
import type { RateLimitConfig } from '../config.js';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimiter {
  /** Takes one token; when none is left, says how many seconds until one is. */
  take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
}

export function createRateLimiter(config: RateLimitConfig, now: () => number = Date.now, maxKeys = 10_000): RateLimiter {
  const buckets = new Map<string, Bucket>();
  return {
    take(key) {
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
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / config.refillPerSecond)) };
    },
  };
}
