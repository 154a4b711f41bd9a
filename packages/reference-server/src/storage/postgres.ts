// PostgreSQL through a `pg` connection pool, used when DATABASE_URL is set.
import pg from 'pg';
import type { Database } from './database.js';

const DATE_OID = 1082;
const INT8_OID = 20;

// Same value shapes as the PGlite engine: dates as 'YYYY-MM-DD', bigint as number.
const typeParsers = {
  getTypeParser(oid: number, format?: string) {
    if (oid === DATE_OID) return (value: string) => value;
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

function wrapClient(client: pg.PoolClient): Database {
  const db: Database = {
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as T[];
    },
    // A nested transaction joins the outer one (no savepoints needed by our operations).
    transaction: (fn) => fn(db),
    async exec(sql: string) {
      await client.query(sql); // no parameters: the simple protocol runs every statement
    },
    async close() {
      /* owned by the pool */
    },
  };
  return db;
}

export interface PostgresDatabase extends Database {
  readonly engine: 'postgres';
}

export async function openPostgres(connectionString: string, poolSize = 10): Promise<PostgresDatabase> {
  const pool = new pg.Pool({ connectionString, max: poolSize, types: typeParsers });
  // Fail fast with a clear error when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  return {
    engine: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await pool.query(sql, params);
      return result.rows as T[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await fn(wrapClient(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}
