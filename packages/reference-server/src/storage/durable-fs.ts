// PGlite on a folder, made durable. PGlite starts PostgreSQL with `-F` (fsync off), and its
// Emscripten NODEFS has no fsync of its own, so a commit only reaches the OS page cache: an OS
// crash or power cut can lose acknowledged writes. Here PostgreSQL runs with fsync on, syncs the
// WAL with fsync() (Emscripten turns fdatasync() into a no-op, fsync() into the stream's fsync
// op), and NODEFS gets that op: fs.fsyncSync on the real file descriptor.
import { fsyncSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

type PgliteInit = Parameters<NodeFS['init']>;

/** How many fsync calls reached the disk (for tests and diagnostics). */
export const fsyncStats = { calls: 0 };

export class DurableNodeFS extends NodeFS {
  override async init(pg: PgliteInit[0], options: PgliteInit[1]): ReturnType<NodeFS['init']> {
    const { emscriptenOpts } = await super.init(pg, options);
    const preRun = [
      ...((emscriptenOpts.preRun as Array<(module: unknown) => void> | undefined) ?? []),
      (module: unknown) => {
        const fs = (module as { FS: { filesystems: { NODEFS: { stream_ops: Record<string, unknown> } } } }).FS;
        fs.filesystems.NODEFS.stream_ops.fsync = (stream: { nfd?: number }) => {
          // Directories are opened without a host descriptor: nothing to sync there.
          if (typeof stream.nfd === 'number') {
            fsyncSync(stream.nfd);
            fsyncStats.calls += 1;
          }
          return 0;
        };
      },
    ];
    return { emscriptenOpts: { ...emscriptenOpts, preRun } as typeof emscriptenOpts };
  }
}

/** PGlite's own start parameters without `-F`, with the WAL synced by fsync(). */
export function durableStartParams(): string[] {
  return [...PGlite.defaultStartParams.filter((param) => param !== '-F'), '-c', 'wal_sync_method=fsync'];
}
