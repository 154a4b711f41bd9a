// Storage: the same migrations on every engine, recorded once; data survives a restart on a
// PGlite folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { migrate } from '../src/storage/migrate.js';
import { caseBody, client, engines, seedSchools, testConfig, tokenFor } from './helpers.js';

describe.each(engines)('storage on $name', (engine) => {
  let server: App;
  beforeAll(async () => {
    server = await engine.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('records each migration once and runs nothing the second time', async () => {
    const applied = await server.db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(applied.map((row) => row.name)).toContain('001_core.sql');
    expect(await migrate(server.db)).toEqual([]);
    const tables = await server.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
    );
    expect(tables.map((row) => row.table_name)).toEqual(expect.arrayContaining(['cases', 'case_events', 'audit_events', 'idempotency_keys', 'schools']));
  });

  it('rolls a transaction back completely when it fails', async () => {
    await seedSchools(server.db);
    await expect(
      server.db.transaction(async (tx) => {
        await tx.query(`UPDATE schools SET name = 'Gewijzigd' WHERE school_key = '12AB00'`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await server.db.query<{ name: string }>(`SELECT name FROM schools WHERE school_key = '12AB00'`);
    expect(rows[0]!.name).toBe('Test College');
  });
});

describe('restart on a PGlite folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tz-restart-'));
  // Close what a failed or timed-out test left open before the folder goes (App.close is
  // idempotent): removing a folder under a live lock makes its heartbeat stop the test process.
  const live = new Set<App>();
  afterAll(async () => {
    for (const app of live) await app.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps written data after the server is closed and opened again', async () => {
    const first = await createApp({ ...testConfig, dataDir: dir });
    live.add(first);
    await seedSchools(first.db);
    const school = client(first, await tokenFor(first, 'school', '12AB00'));
    const created = await school.createCase(caseBody({ pupilRef: 'RESTART-1' }));
    const updated = await school.patch(`/v1/cases/${created.id}`, { notes: 'voor de herstart' }, { 'if-match': '"1"' });
    expect(updated.statusCode).toBe(200);
    await first.close();

    const second = await createApp({ ...testConfig, dataDir: dir });
    live.add(second);
    try {
      const again = client(second, await tokenFor(second, 'school', '12AB00'));
      const read = await again.get(`/v1/cases/${created.id}`);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ pupilRef: 'RESTART-1', notes: 'voor de herstart', version: 2 });
      const audit = await second.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE case_id = $1', [created.id]);
      expect(audit[0]!.n).toBe(3); // create, update, read after restart
    } finally {
      await second.close();
    }
  });
});
