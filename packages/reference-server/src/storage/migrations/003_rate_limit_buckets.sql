-- Token buckets of the rate limiter when it is shared by several server processes on one
-- PostgreSQL (RATE_LIMIT_STORE=database): one row per caller, updated atomically per request.
CREATE TABLE IF NOT EXISTS rate_limit_buckets (
  key          text PRIMARY KEY,
  tokens       double precision NOT NULL,
  updated_ms   bigint NOT NULL,
  last_allowed boolean NOT NULL
);
CREATE INDEX IF NOT EXISTS rate_limit_buckets_updated ON rate_limit_buckets (updated_ms);
