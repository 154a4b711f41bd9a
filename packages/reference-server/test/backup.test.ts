// Backup and restore of a PGlite folder: the tarball restored into a fresh folder holds exactly
// the same rows in every table; a running server's folder is not copied behind its back; a
// restore never overwrites a folder with data.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { seedDemoData } from '../src/seed/index.js';
import { backupPglite, restorePglite } from '../src/storage/backup.js';
import type { Database } from '../src/storage/database.js';
import { openPglite } from '../src/storage/pglite.js';
import { caseBody, client, testConfig, tokenFor } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'tz-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every table of the schema, each as its rows in a stable order. */
async function everyTable(db: Database): Promise<Record<string, unknown[]>> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const all: Record<string, unknown[]> = {};
  for (const { table_name: table } of tables) {
    const rows = await db.query<{ row: string }>(`SELECT t::text AS row FROM "${table}" t ORDER BY 1`);
    all[table] = rows.map((r) => r.row);
  }
  return all;
}

describe('PGlite backup and restore', () => {
  const source = join(work, 'source');
  const file = join(work, 'region.tar.gz');

  it('restores into a fresh folder with every table equal to the original', async () => {
    const server = await createApp({ ...testConfig, dataDir: source });
    try {
      await seedDemoData(server.db);
      const api = client(server, await tokenFor(server, 'school', '12AB00', 'Backup Tester'));
      const created = await api.createCase(caseBody({ pupilRef: 'BACKUP-1', notes: 'vóór de back-up ☃' }));
      expect((await api.patch(`/v1/cases/${created.id}`, { notes: 'gewijzigd' }, { 'if-match': '"1"' })).statusCode).toBe(200);
      // While the server runs, its folder is locked: the backup refuses instead of copying a moving target.
      await expect(backupPglite(source, file)).rejects.toThrow(/in use by process/);
    } finally {
      await server.close();
    }

    // The documented command (npm run backup) on the stopped folder.
    const run = spawnSync('npm', ['run', '--silent', 'backup', '--', file], {
      cwd: resolve(import.meta.dirname, '..'),
      env: { ...process.env, DATA_DIR: source, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(file)).toBe(true);

    const target = join(work, 'restored');
    await restorePglite(file, target);
    const [original, restored] = [await openPglite(source), await openPglite(target)];
    try {
      const [a, b] = [await everyTable(original), await everyTable(restored)];
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['cases', 'case_events', 'audit_events', 'idempotency_keys', 'schools']));
      for (const table of Object.keys(a)) expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
      expect(Object.keys(b)).toEqual(Object.keys(a));
      expect(a.cases!.some((row) => String(row).includes('BACKUP-1'))).toBe(true);
    } finally {
      await original.close();
      await restored.close();
    }
  }, 240_000);

  it('never restores over a folder that holds data', async () => {
    const occupied = join(work, 'occupied');
    mkdirSync(occupied, { recursive: true });
    writeFileSync(join(occupied, 'PG_VERSION'), '17\n');
    await expect(restorePglite(file, occupied)).rejects.toThrow(/not empty/);
  });
});
