// Backup and restore of a PGlite data folder. The backup opens the folder itself, so it takes the
// folder's lock: it runs while no server uses the folder, and the tarball is a consistent copy
// (checkpoint, then every file of the cluster). A restore only fills a folder that does not exist
// yet or is empty, so it can never overwrite live data.
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPglite } from './pglite.js';

export async function backupPglite(dataDir: string, file: string): Promise<{ bytes: number }> {
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) throw new Error(`${resolve(dataDir)} is not a PGlite data folder.`);
  const db = await openPglite(dataDir);
  let data: Uint8Array;
  try {
    data = new Uint8Array(await (await db.dump()).arrayBuffer());
  } finally {
    await db.close();
  }
  // Write beside the target, fsync, then rename: a crash never leaves a half backup under its name.
  const target = resolve(file);
  const partial = `${target}.partial`;
  const fd = openSync(partial, 'w');
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, target);
  return { bytes: data.byteLength };
}

export async function restorePglite(file: string, dataDir: string): Promise<void> {
  const folder = resolve(dataDir);
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new Error(`${folder} is not empty; restore into a new folder and point DATA_DIR at it.`);
  }
  const tarball = new Blob([readFileSync(resolve(file))]);
  const db = await openPglite(folder, { loadDataDir: tarball });
  try {
    await db.query('SELECT 1');
  } finally {
    await db.close();
  }
}
