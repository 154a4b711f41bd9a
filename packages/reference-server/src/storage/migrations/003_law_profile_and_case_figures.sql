-- Issue 14: the definition profile's choices (lrvComparison, absenceCounting, holidayRegion, ...;
-- missing keys take the defaults of @thuiszitters/domain) and the per-case figure rows the
-- statistics count. `case_figures` is derived from the facts by caseFigures() of
-- @thuiszitters/domain on every write of a case (and of a profile): never edited by hand.
ALTER TABLE definition_profiles ADD COLUMN IF NOT EXISTS choices jsonb NOT NULL DEFAULT '{}';
-- A school's own holiday region (noord | midden | zuid), when it differs from its SWV's.
ALTER TABLE schools ADD COLUMN IF NOT EXISTS holiday_region text;

CREATE TABLE IF NOT EXISTS case_figures (
  case_id   uuid NOT NULL REFERENCES cases (id),
  kind      text NOT NULL,      -- thuiszitter | reported | closedWithSolution | normDecided
  from_on   date NOT NULL,
  to_on     date,               -- inclusive; NULL = open-ended
  value     integer NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS case_figures_case_idx ON case_figures (case_id);
CREATE INDEX IF NOT EXISTS case_figures_kind_idx ON case_figures (kind, from_on);
