// The story sweep: every Storybook story renders in Debian's Chromium (vitest browser mode),
// its play function runs, axe reports zero WCAG A/AA violations (parameters.a11y.test = 'error'),
// and nothing is logged with console.error.
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'development|production', 'default'] },
  test: {
    name: 'storybook',
    setupFiles: ['.storybook/vitest.setup.ts'],
    testTimeout: 30000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
