import { defineConfig } from 'vitest/config';

// Every Node-side test project of the workspace. Each package keeps its own
// vitest.config.ts beside its code; this file only lists them.
// Browser tests of the elements run in @web/test-runner (web-test-runner.config.mjs).
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'tests/vitest.config.ts'],
  },
});
