import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook for designers: every element and state, no server needed (API answers come from
// MSW handlers in the stories). Works offline: telemetry off, nothing fetched from elsewhere.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: ['./public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    // Workspace packages resolve to their TypeScript sources (see tsconfig customConditions).
    config.resolve ??= {};
    config.resolve.conditions = ['source', 'browser', 'module', 'import', 'development|production', 'default'];
    // preview.ts calls setCustomElementsManifest at run time: pre-bundle it up front, so Vite does
    // not discover it mid-run and reload (which breaks the story sweep on a clean clone).
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [...(config.optimizeDeps.include ?? []), '@storybook/web-components-vite'];
    return config;
  },
};
export default config;
