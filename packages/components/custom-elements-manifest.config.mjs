// Custom Elements Manifest (custom-elements.json): the one description of every element's
// attributes, properties, events, slots, parts and CSS custom properties. Storybook autodocs,
// the React wrappers, the JSX types and the editor data (VS Code, JetBrains) are generated from it.
export default {
  // The base class and the period mixin are included so inherited members (lang, client, period…) appear on every element.
  globs: ['src/**/*.element.ts', 'src/base/tz-element.ts', 'src/shared/period-selection.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [
    {
      // Private and protected members and `_`-prefixed internals are not part of the public API:
      // leave them out so docs, wrappers and editor completion only offer what a host may use.
      name: 'tz-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.members) continue;
            decl.members = decl.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'),
            );
          }
        }
      },
    },
  ],
};
