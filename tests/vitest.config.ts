// Extensionless import: `tests/` is type-checked by the root tsconfig, which does not allow `.ts` import paths.
import { nodeProject } from '../vitest.shared';

export default nodeProject('contract', {
  include: ['contract/**/*.test.ts', 'e2e/**/*.test.ts', 'hosts/**/*.test.ts', 'shipping/**/*.test.ts'],
  testTimeout: 60000,
  hookTimeout: 120000,
});
