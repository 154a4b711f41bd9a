-- Worklist (issue 19): an event write moves next_action_due_on only when it agrees or completes an
-- action, and then replays just the case's action events (store/worklist.ts); this index finds
-- them without reading a long case's notes and meetings.
CREATE INDEX IF NOT EXISTS case_events_actions_idx ON case_events (case_id, occurred_on, seq)
  WHERE type IN ('actionAgreed', 'actionCompleted');
