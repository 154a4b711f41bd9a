// The PGlite folder: one server at a time (a second start is refused, naming the folder and the
// holder; a holder killed with -9 does not block), and commits fsynced to disk by default.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { fsyncStats } from '../src/storage/durable-fs.js';
import { lockDataDir } from '../src/storage/data-lock.js';
import { openPglite } from '../src/storage/pglite.js';
import { testConfig } from './helpers.js';

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tz-folder-'));
  dirs.push(dir);
  return join(dir, 'data');
}
// Whatever a failed or timed-out test left open is closed before its folder goes: removing a
// folder under a live lock makes the lock's heartbeat stop the whole test process.
const open = new Set<{ close(): Promise<void> }>();
async function opened<T extends { close(): Promise<void> }>(thing: Promise<T>): Promise<T> {
  const value = await thing;
  const close = value.close.bind(value);
  value.close = async () => {
    open.delete(value);
    await close();
  };
  open.add(value);
  return value;
}
afterAll(async () => {
  for (const thing of [...open]) await thing.close().catch(() => {});
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('data folder lock', () => {
  it('refuses a second server on the same folder, naming the folder and the process holding it', async () => {
    const dataDir = freshDir();
    const first = await opened(createApp({ ...testConfig, dataDir }));
    try {
      const second = createApp({ ...testConfig, dataDir });
      await expect(second).rejects.toThrow(resolve(dataDir));
      await expect(second).rejects.toThrow(`process ${process.pid}`);
      // The first server still works and its writes are its own.
      expect((await first.db.query<{ n: number }>('SELECT 1 AS n'))[0]!.n).toBe(1);
    } finally {
      await first.close();
    }
    // Released on close: the folder opens again.
    const third = await opened(createApp({ ...testConfig, dataDir }));
    await third.close();
  });

  it('keeps the folder of a live holder on this host whose heartbeat stalled past the stale time', async () => {
    // A busy machine or a long synchronous compile can delay the heartbeat: the lock then looks
    // stale by its age, but its holder is alive and still writing.
    const dataDir = freshDir();
    const release = await lockDataDir(dataDir, () => {});
    try {
      const longAgo = new Date(Date.now() - 10 * 60_000);
      utimesSync(`${resolve(dataDir)}.lock`, longAgo, longAgo);
      await expect(lockDataDir(dataDir, () => {})).rejects.toThrow(`process ${process.pid}`);
    } finally {
      await release();
    }
  });

  it('takes over at once from a holder that was killed with -9', async () => {
    const dataDir = freshDir();
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', `const { lockDataDir } = await import(${JSON.stringify(resolve(import.meta.dirname, '../src/storage/data-lock.ts'))}); await lockDataDir(${JSON.stringify(dataDir)}); console.log('locked'); setInterval(() => {}, 1000);`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((done, fail) => {
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && done());
      holder.on('exit', (code) => fail(new Error(`holder exited with ${code}`)));
    });
    await expect(openPglite(dataDir)).rejects.toThrow(`process ${holder.pid}`);
    const exited = new Promise((done) => holder.on('exit', done));
    holder.kill('SIGKILL');
    await exited;
    expect(existsSync(`${resolve(dataDir)}.lock`)).toBe(true); // the stale lock is still there
    const db = await opened(openPglite(dataDir));
    await db.close();
  });
});

describe('durability', () => {
  it('runs PGlite on a folder with fsync on and syncs each commit to disk', async () => {
    const db = await opened(openPglite(freshDir()));
    try {
      const settings = await db.query<{ fsync: string }>('SHOW fsync');
      expect(settings[0]!.fsync).toBe('on');
      await db.query('CREATE TABLE t (n int)');
      const before = fsyncStats.calls;
      await db.query('INSERT INTO t VALUES (1)');
      expect(fsyncStats.calls).toBeGreaterThan(before);
    } finally {
      await db.close();
    }
  });

  it('turns fsync off only when asked (PGLITE_FSYNC=off, for throw-away test folders)', async () => {
    const db = await opened(openPglite(freshDir(), { fsync: false }));
    try {
      expect((await db.query<{ fsync: string }>('SHOW fsync'))[0]!.fsync).toBe('off');
    } finally {
      await db.close();
    }
  });
});
