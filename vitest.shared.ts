import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/**
 * Shared settings for the Node test projects: resolve workspace packages to their TypeScript sources.
 * Time limits are hang guards, never speed checks: vitest's 5 s default failed a CPU-bound property
 * test of the domain on a 2-core machine under stress-ng (issue 16), so every project gets minutes.
 */
export function nodeProject(name: string, overrides: UserWorkspaceConfig['test'] = {}) {
  return defineProject({
    resolve: { conditions: ['source'] },
    ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 120_000,
      hookTimeout: 240_000,
      ...overrides,
    },
  });
}
