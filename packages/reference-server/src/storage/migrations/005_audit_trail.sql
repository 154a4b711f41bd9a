-- Audit trail in the spirit of the Logboek dataverwerkingen standard: which cases a read returned,
-- whether the attempt was allowed or refused, and the purpose the caller processes them for.
ALTER TABLE audit_events ADD COLUMN IF NOT EXISTS case_ids uuid[] NOT NULL DEFAULT '{}';
ALTER TABLE audit_events ADD COLUMN IF NOT EXISTS outcome text NOT NULL DEFAULT 'allowed';
ALTER TABLE audit_events ADD COLUMN IF NOT EXISTS purpose text;
CREATE INDEX IF NOT EXISTS audit_events_case_ids_idx ON audit_events USING gin (case_ids);
CREATE INDEX IF NOT EXISTS audit_events_swv_seq_idx ON audit_events (swv_code, seq);
