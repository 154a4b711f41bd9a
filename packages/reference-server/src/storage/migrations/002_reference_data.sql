-- Reference data beside the core tables: municipality names (for Routekaart assessments of a
-- gemeente and for lists), and an index for the period queries of the statistics.

CREATE TABLE IF NOT EXISTS municipalities (
  code text PRIMARY KEY,                       -- CBS code, GM0599
  name text NOT NULL
);

CREATE INDEX IF NOT EXISTS routekaart_assessments_org_idx ON routekaart_assessments (organisation_code, assessed_on);
CREATE INDEX IF NOT EXISTS routekaart_changes_assessment_idx ON routekaart_changes (assessment_id, seq);

-- The assessment a Routekaart assessment was copied from (contract field `copiedFrom`).
ALTER TABLE routekaart_assessments ADD COLUMN IF NOT EXISTS copied_from uuid;
