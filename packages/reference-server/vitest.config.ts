import { nodeProject } from '../../vitest.shared.ts';

// Timeouts are hang guards, not speed checks: a test that opens PGlite folders with fsync is
// CPU-bound and took 40 s under a load of 30 on a 2-core machine (issue 16's run under stress-ng).
export default nodeProject('server', { testTimeout: 180_000, hookTimeout: 240_000 });
