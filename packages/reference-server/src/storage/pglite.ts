// PGlite: PostgreSQL compiled to WebAssembly, running in this process with its data in a folder
// (or in memory for tests). The default engine, so `npm start` needs nothing installed.
import { mkdirSync } from 'node:fs';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import type { Database } from './database.js';

// Dates stay 'YYYY-MM-DD' strings (as the API shows them), the same as the pg engine.
const parsers = { [types.DATE]: (value: string) => value };

function wrapTransaction(tx: Transaction): Database {
  const db: Database = {
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await tx.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    // PGlite has one connection: a nested transaction simply joins the outer one.
    transaction: (fn) => fn(db),
    async exec(sql: string) {
      await tx.exec(sql);
    },
    async close() {
      /* owned by the outer database */
    },
  };
  return db;
}

export interface PgliteDatabase extends Database {
  readonly engine: 'pglite';
}

/** Opens PGlite in `dataDir` (created when missing), or in memory for `memory://`. */
export async function openPglite(dataDir: string): Promise<PgliteDatabase> {
  const inMemory = dataDir === 'memory://' || dataDir === '';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const pg = inMemory ? new PGlite({ parsers }) : new PGlite(dataDir, { parsers });
  await pg.waitReady;
  return {
    engine: 'pglite',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await pg.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    transaction: (fn) => pg.transaction((tx) => fn(wrapTransaction(tx))),
    async exec(sql: string) {
      await pg.exec(sql);
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
  };
}
