// The story sweep: every Storybook story renders in Debian's Chromium (vitest browser mode),
// its play function runs, axe reports zero WCAG A/AA violations (parameters.a11y.test = 'error'),
// and nothing is logged with console.error.
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';

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
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
