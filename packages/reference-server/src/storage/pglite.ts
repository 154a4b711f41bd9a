// PGlite: PostgreSQL compiled to WebAssembly, running in this process with its data in a folder
// (or in memory for tests). The default engine, so `npm start` needs nothing installed.
import { mkdirSync } from 'node:fs';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import type { Database } from './database.js';
import { lockDataDir } from './data-lock.js';
import { DurableNodeFS, durableStartParams } from './durable-fs.js';

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
  /** The whole data folder as a gzipped tarball, taken between two statements (see backup.ts). */
  dump(): Promise<Blob>;
}

export interface PgliteOptions {
  /** fsync every commit to disk (default). Off only for throw-away folders where speed matters. */
  fsync?: boolean;
  /** Fill a new, empty folder from a tarball made by dump() (restore). */
  loadDataDir?: Blob;
}

/**
 * Opens PGlite in `dataDir` (created when missing), or in memory for `memory://`. A folder is
 * locked for this process (a second server on it is refused) and, unless `fsync: false`, every
 * commit is on disk before it is acknowledged.
 */
export async function openPglite(dataDir: string, options: PgliteOptions = {}): Promise<PgliteDatabase> {
  const inMemory = dataDir === 'memory://' || dataDir === '';
  let unlock = async () => {};
  let pg: PGlite;
  if (inMemory) {
    pg = new PGlite({ parsers });
  } else {
    mkdirSync(dataDir, { recursive: true });
    unlock = await lockDataDir(dataDir);
    const durable = options.fsync !== false;
    const load = options.loadDataDir ? { loadDataDir: options.loadDataDir } : {};
    pg = durable
      ? new PGlite({ fs: new DurableNodeFS(dataDir), parsers, startParams: durableStartParams(), ...load })
      : new PGlite(dataDir, { parsers, ...load });
  }
  try {
    await pg.waitReady;
  } catch (error) {
    await unlock();
    throw error;
  }
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
    async dump() {
      await pg.query('CHECKPOINT');
      return pg.dumpDataDir('gzip');
    },
    async close() {
      if (!pg.closed) await pg.close();
      await unlock();
    },
  };
}
