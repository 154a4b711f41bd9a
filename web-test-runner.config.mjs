// Browser tests of the elements, in Debian's Chromium (never a downloaded browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { testApiMiddleware, startTestApi, stopTestApi } from './scripts/wtr-api-proxy.mjs';


export default {
  files: ['packages/components/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // A real reference server behind /v1 on the test page's origin (see scripts/wtr-api-proxy.mjs).
  middleware: [testApiMiddleware()],
  plugins: [
    // Start it (PGlite + seed take seconds) before the first test file runs.
    { name: 'tz-test-api-lifecycle', serverStart: () => startTestApi(), serverStop: stopTestApi },
    // esbuild ignores tsconfig `extends`: this tsconfig repeats the decorator flags on purpose.
    esbuildPlugin({ ts: true, tsconfig: 'packages/components/tsconfig.esbuild.json', target: 'es2022' }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  concurrency: 2,
  // Mocha's limit per test is a hang guard, not a speed check (tests wait for states).
  testFramework: { config: { timeout: 60000 } },
  // A bound for the whole browser run on a busy 2-core machine (21 files), not a speed goal.
  testsFinishTimeout: 1200000,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter('.test-results/wtr.json')],
};
