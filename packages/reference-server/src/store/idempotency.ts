// The `idempotency_keys` table: the first answer to a POST with an Idempotency-Key, per caller.
import type { Database } from '../storage/database.js';

export interface StoredAnswer {
  request_hash: string;
  status: number;
  response: unknown;
  headers: Record<string, string>;
}

export async function findStoredAnswer(db: Database, key: string, caller: string, operation: string): Promise<StoredAnswer | null> {
  const rows = await db.query<StoredAnswer>(
    'SELECT request_hash, status, response, headers FROM idempotency_keys WHERE key = $1 AND subject = $2 AND operation = $3',
    [key, caller, operation],
  );
  return rows[0] ?? null;
}

/** Stores an answer; false when a concurrent request stored one for this key first. */
export async function storeAnswer(
  db: Database,
  entry: { key: string; caller: string; operation: string; requestHash: string; status: number; body: unknown; headers: Record<string, string>; at: Date },
): Promise<boolean> {
  const inserted = await db.query(
    `INSERT INTO idempotency_keys (key, subject, operation, request_hash, status, response, headers, created_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)
     ON CONFLICT (key, subject, operation) DO NOTHING RETURNING key`,
    [entry.key, entry.caller, entry.operation, entry.requestHash, entry.status, JSON.stringify(entry.body ?? null), JSON.stringify(entry.headers), entry.at],
  );
  return inserted.length > 0;
}
