import { nodeProject } from '../../vitest.shared.ts';

export default nodeProject('sdk', {
  typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
});
