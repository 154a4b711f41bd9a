// SQL of the spreadsheet import: the row key → case mapping (table case_imports).
import type { Database } from '../storage/database.js';

/** The case an earlier import created for each of these row keys. */
export async function importedCases(db: Database, rowKeys: string[]): Promise<Map<string, string>> {
  if (rowKeys.length === 0) return new Map();
  const rows = await db.query<{ row_key: string; case_id: string }>('SELECT row_key, case_id FROM case_imports WHERE row_key = ANY($1::text[])', [rowKeys]);
  return new Map(rows.map((row) => [row.row_key, row.case_id]));
}

export async function recordImport(db: Database, rowKey: string, caseId: string, importedBy: string, at: Date): Promise<void> {
  await db.query('INSERT INTO case_imports (row_key, case_id, imported_by, imported_at) VALUES ($1, $2::uuid, $3, $4)', [rowKey, caseId, importedBy, at]);
}
