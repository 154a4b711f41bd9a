-- Core tables. Columns hold the facts that queries filter and count on; `data` holds the whole
-- case body as the API shows it (minus derived fields, which are computed on read by @thuiszitters/domain).

CREATE TABLE IF NOT EXISTS schools (
  school_key        text PRIMARY KEY,          -- BRIN + vestiging, e.g. '12AB00'
  brin              text NOT NULL,
  vestiging         text NOT NULL,
  name              text NOT NULL,
  school_type       text NOT NULL,             -- po | sbo | so | vo | vso | mbo
  municipality_code text NOT NULL,             -- GM0599
  swv_code          text NOT NULL              -- VO2801
);

CREATE TABLE IF NOT EXISTS cases (
  id                   uuid PRIMARY KEY,
  version              integer NOT NULL DEFAULT 1,
  status               text NOT NULL DEFAULT 'open',     -- open | closed
  pupil_ref            text,                             -- NULL after anonymisation
  school_key           text NOT NULL,
  school_type          text NOT NULL,
  municipality_code    text NOT NULL,
  swv_code             text NOT NULL,
  enrolled             boolean NOT NULL,
  authorised           boolean NOT NULL,
  first_day_of_absence date NOT NULL,
  primary_reason       text NOT NULL,
  secondary_reasons    text[] NOT NULL DEFAULT '{}',
  offer_type           text,
  offer_start          date,
  closed_on            date,
  closure_reason       text,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  anonymised_at        timestamptz,
  data                 jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_school_idx ON cases (school_key);
CREATE INDEX IF NOT EXISTS cases_swv_idx ON cases (swv_code);
CREATE INDEX IF NOT EXISTS cases_municipality_idx ON cases (municipality_code);
CREATE INDEX IF NOT EXISTS cases_first_day_idx ON cases (first_day_of_absence);

CREATE TABLE IF NOT EXISTS case_events (
  id          uuid PRIMARY KEY,
  case_id     uuid NOT NULL REFERENCES cases (id),
  seq         bigserial,
  type        text NOT NULL,
  occurred_on date NOT NULL,
  recorded_at timestamptz NOT NULL,
  actor       jsonb NOT NULL,
  summary     text NOT NULL,
  data        jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS case_events_case_idx ON case_events (case_id, occurred_on, seq);

CREATE TABLE IF NOT EXISTS audit_events (
  id           uuid PRIMARY KEY,
  seq          bigserial,
  at           timestamptz NOT NULL,
  subject      text NOT NULL,
  role         text NOT NULL,
  organisation text NOT NULL,
  swv_code     text,                              -- the region the audited case belongs to
  action       text NOT NULL,
  case_id      uuid,
  detail       text
);
CREATE INDEX IF NOT EXISTS audit_events_case_idx ON audit_events (case_id);
CREATE INDEX IF NOT EXISTS audit_events_at_idx ON audit_events (at);

CREATE TABLE IF NOT EXISTS idempotency_keys (
  key           text NOT NULL,
  subject       text NOT NULL,
  operation     text NOT NULL,
  request_hash  text NOT NULL,
  status        integer NOT NULL,
  response      jsonb NOT NULL,
  headers       jsonb NOT NULL DEFAULT '{}',
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (key, subject, operation)
);

CREATE TABLE IF NOT EXISTS routekaart_assessments (
  id                uuid PRIMARY KEY,
  version           integer NOT NULL DEFAULT 1,
  organisation_code text NOT NULL,
  organisation_name text NOT NULL,
  organisation_type text NOT NULL,             -- swv | gemeente
  assessed_on       date NOT NULL,
  points            jsonb NOT NULL,            -- RoutekaartPoint[10] as the API shows them
  created_at        timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS routekaart_changes (
  id            uuid PRIMARY KEY,
  seq           bigserial,
  assessment_id uuid NOT NULL REFERENCES routekaart_assessments (id),
  at            timestamptz NOT NULL,
  actor         jsonb NOT NULL,
  point_number  integer NOT NULL,
  field         text NOT NULL,
  from_value    jsonb,
  to_value      jsonb
);

CREATE TABLE IF NOT EXISTS definition_profiles (
  swv_code            text PRIMARY KEY,
  name                text NOT NULL,
  lrv_threshold_days  integer NOT NULL DEFAULT 28,
  norm_months         integer NOT NULL DEFAULT 3,
  almost_out_days     integer NOT NULL DEFAULT 14,
  small_cell_threshold integer NOT NULL DEFAULT 5,
  retention_months    integer NOT NULL DEFAULT 24
);
