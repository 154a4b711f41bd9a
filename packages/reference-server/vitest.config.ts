import { nodeProject } from '../../vitest.shared.ts';

export default nodeProject('server', { testTimeout: 30000, hookTimeout: 60000 });
