// Extensionless import: `tests/` is type-checked by the root tsconfig, which does not allow `.ts` import paths.
import { nodeProject } from '../vitest.shared';

export default nodeProject('contract', {
  include: ['contract/**/*.test.ts', 'e2e/**/*.test.ts', 'hosts/**/*.test.ts', 'shipping/**/*.test.ts'],
  // Hang guards, not speed checks (end-to-end runs start servers and browsers on a busy machine).
  testTimeout: 180_000,
  hookTimeout: 300_000,
});
