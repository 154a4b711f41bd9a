-- Webhook subscriptions of an organisation's LVS and the durable outbox of their deliveries.
-- A delivery row is written in the same transaction as the change it reports, so nothing is
-- lost when the server stops; the deliverer takes due rows with FOR UPDATE SKIP LOCKED, so
-- several server processes share the work without sending one twice.
CREATE TABLE IF NOT EXISTS webhook_subscriptions (
  id            uuid PRIMARY KEY,
  organisation  text NOT NULL,
  role          text NOT NULL,
  url           text NOT NULL,
  events        text[] NOT NULL,
  secret        text NOT NULL,
  description   text,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL,
  active        boolean NOT NULL DEFAULT true
);
CREATE INDEX IF NOT EXISTS webhook_subscriptions_org_idx ON webhook_subscriptions (role, organisation) WHERE active;

CREATE TABLE IF NOT EXISTS webhook_deliveries (
  id               uuid PRIMARY KEY,
  subscription_id  uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_type       text NOT NULL,
  case_id          uuid NOT NULL,
  payload          jsonb NOT NULL,
  status           text NOT NULL DEFAULT 'pending',
  attempts         integer NOT NULL DEFAULT 0,
  created_at       timestamptz NOT NULL,
  next_attempt_at  timestamptz,
  last_attempt_at  timestamptz,
  last_status      integer,
  last_error       text,
  delivered_at     timestamptz
);
CREATE INDEX IF NOT EXISTS webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS webhook_deliveries_subscription_idx ON webhook_deliveries (subscription_id, created_at DESC, id DESC);

-- Signals raised once per case and kind (normAlmostOut, noLeadHolder), so a sweep notifies once.
CREATE TABLE IF NOT EXISTS webhook_signals (
  case_id    uuid NOT NULL,
  signal     text NOT NULL,
  raised_at  timestamptz NOT NULL,
  PRIMARY KEY (case_id, signal)
);
