import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/** Shared settings for the Node test projects: resolve workspace packages to their TypeScript sources. */
export function nodeProject(name: string, overrides: UserWorkspaceConfig['test'] = {}) {
  return defineProject({
    resolve: { conditions: ['source'] },
    ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      ...overrides,
    },
  });
}
