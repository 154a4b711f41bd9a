// Picks the storage engine: PostgreSQL when a connection string is configured, else PGlite.
import type { Database } from './database.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export type Engine = 'pglite' | 'postgres';

export interface StorageConfig {
  databaseUrl?: string;
  /** PGlite folder, or `memory://`. */
  dataDir: string;
  /** PGlite: fsync each commit (default true; `PGLITE_FSYNC=off` for throw-away test folders). */
  pgliteFsync?: boolean;
}

export interface OpenedDatabase extends Database {
  readonly engine: Engine;
}

export async function openDatabase(config: StorageConfig): Promise<OpenedDatabase> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  return openPglite(config.dataDir, { fsync: config.pgliteFsync });
}
