// One storage interface, two engines (PGlite embedded by default, PostgreSQL via DATABASE_URL).
// Both speak the same SQL dialect and run the same migrations in ./migrations.

export interface Database {
  /** Runs one statement with $1..$n parameters and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn inside one transaction; the Database handed to fn is bound to it. */
  transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). Optional for fakes. */
  exec?(sql: string): Promise<void>;
  close(): Promise<void>;
}
