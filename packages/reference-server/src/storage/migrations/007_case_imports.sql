-- Which case each imported spreadsheet row created (issue 20): a row's key (school, pupilRef,
-- first day of absence) leads to the same case on every re-run, so an import never duplicates.
-- The key is stored hashed (SHA-256): it holds the pupilRef, which retention anonymises in cases.
CREATE TABLE IF NOT EXISTS case_imports (
  row_key      text PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  imported_by  text NOT NULL,
  imported_at  timestamptz NOT NULL
);
