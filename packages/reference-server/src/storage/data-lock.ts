// One process per PGlite folder. PGlite has no postmaster.pid check of its own: two servers on one
// folder run split-brain and the one that stops last overwrites the other's writes. The lock is
// proper-lockfile's directory `<folder>.lock` (kept fresh by a heartbeat, so a lock of a crashed
// machine goes stale); beside it `<folder>.lock.owner` names the holder for the error message and
// lets a restart after `kill -9` on the same host take over at once instead of waiting.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import lockfile from 'proper-lockfile';

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    const who = owner ? `process ${owner.pid} on ${owner.host} (since ${owner.since})` : 'another process';
    super(`The data folder ${dataDir} is in use by ${who}. Stop that server first, or give this one another DATA_DIR.`);
    this.name = 'DataDirLockedError';
  }
}

/** Heartbeat: the lock's mtime is renewed every UPDATE_MS; older than STALE_MS counts as abandoned. */
const STALE_MS = 30_000;
const UPDATE_MS = 5_000;

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock or throws DataDirLockedError; resolves to the function that releases it. */
export async function lockDataDir(dataDir: string, onLost: (error: Error) => void = defaultOnLost): Promise<() => Promise<void>> {
  const folder = resolve(dataDir);
  const lockPath = `${folder}.lock`;
  const ownerPath = `${lockPath}.owner`;
  const options = { realpath: false, lockfilePath: lockPath, stale: STALE_MS, update: UPDATE_MS, onCompromised: onLost };
  // On this host the holder's process id is the truth, not the heartbeat: a holder whose event
  // loop stalled past STALE_MS (a busy machine, a long synchronous compile) is still alive, and
  // proper-lockfile alone would hand its folder to us. The heartbeat decides only for other hosts.
  const holder = existsSync(lockPath) ? readOwner(ownerPath) : null;
  if (holder && holder.host === hostname() && (holder.pid === process.pid || isAlive(holder.pid))) {
    throw new DataDirLockedError(folder, holder);
  }
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(folder, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const owner = readOwner(ownerPath);
    // The holder died on this host (kill -9, power cut of the process): its lock is ours to take.
    if (!owner || owner.host !== hostname() || owner.pid === process.pid || isAlive(owner.pid)) {
      throw new DataDirLockedError(folder, owner);
    }
    rmSync(lockPath, { recursive: true, force: true });
    try {
      release = await lockfile.lock(folder, options);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(folder, readOwner(ownerPath));
      throw again;
    }
  }
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  writeFileSync(ownerPath, JSON.stringify(owner));
  return async () => {
    rmSync(ownerPath, { force: true });
    await release();
  };
}

/** Another process took the folder (our heartbeat stalled past STALE_MS): stop writing at once. */
function defaultOnLost(error: Error): void {
  process.stderr.write(`Lost the lock on the data folder (${error.message}); stopping to keep the data consistent.\n`);
  process.exit(75);
}
