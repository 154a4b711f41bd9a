-- Worklist (issue 15): what an SWV consultant filters and sorts the cases on, kept on the case row
-- by store/worklist.ts on every event write: the day of the last recorded event and the due date
-- of the first agreed action that is not completed.
ALTER TABLE cases ADD COLUMN IF NOT EXISTS last_activity_on date;
ALTER TABLE cases ADD COLUMN IF NOT EXISTS next_action_due_on date;
UPDATE cases c SET last_activity_on = (SELECT max(e.occurred_on) FROM case_events e WHERE e.case_id = c.id);
-- Lists within a tenancy (swv / municipality / school), filtered on status, ordered by a sort key.
CREATE INDEX IF NOT EXISTS cases_swv_created_idx ON cases (swv_code, created_at, id);
CREATE INDEX IF NOT EXISTS cases_swv_activity_idx ON cases (swv_code, status, last_activity_on);
CREATE INDEX IF NOT EXISTS cases_swv_first_day_idx ON cases (swv_code, status, first_day_of_absence);
CREATE INDEX IF NOT EXISTS cases_municipality_created_idx ON cases (municipality_code, created_at, id);
CREATE INDEX IF NOT EXISTS cases_school_created_idx ON cases (school_key, created_at, id);
CREATE INDEX IF NOT EXISTS cases_action_due_idx ON cases (next_action_due_on) WHERE next_action_due_on IS NOT NULL;
-- One pupil, one open case per SWV: the duplicate check and the duplicateOpenCase signal.
CREATE INDEX IF NOT EXISTS cases_open_pupil_idx ON cases (swv_code, pupil_ref) WHERE status = 'open';
