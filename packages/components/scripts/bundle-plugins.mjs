// The minification every shipped or measured bundle of the kit gets (the drop-in bundle in
// ../../rollup.config.mjs, and scripts/size.mjs / scripts/analyze-bundle.mjs measuring entries the
// way an app's bundler would), kept in one place so the numbers describe what ships.
import { resolve, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import terser from '@rollup/plugin-terser';

export const terserOptions = { format: { comments: false }, ecma: 2022, module: true };

export function bundlePlugins() {
  return [terser(terserOptions)];
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * package.json `sideEffects` names `./dist/*\/define.js` and `./dist/all.js`; while the build
 * writes into a staging folder (TZ_COMPONENTS_OUT_DIR) those globs do not match it, and the
 * bundler would drop every registration as side-effect free. This keeps the same rule there.
 */
export function stagingSideEffects(outDir = process.env.TZ_COMPONENTS_OUT_DIR ?? 'dist') {
  const root = resolve(packageDir, outDir);
  return {
    name: 'tz-staging-side-effects',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const path = relative(root, resolved.id).split(sep).join('/');
      return /^(all|[^/]+\/define)\.js$/.test(path) ? { ...resolved, moduleSideEffects: true } : resolved;
    },
  };
}

/**
 * Options of @lit-labs/rollup-plugin-minify-html-literals (rollup.config.mjs, and the test run in
 * wtr-minified-templates.config.mjs).
 *  - `conservativeCollapse`: whitespace runs become one space but are never removed, because a
 *    template may start or end with meaningful text space, e.g. html` <span class="tile-unit">…`
 *    after a number (the default removed it: "47days").
 *  - `keepClosingSlash`: svg`` fragments such as svg`<circle …/><path …/>` are parsed by Lit in
 *    SVG context, where `/>` closes the shape; without it the minifier wrote `<circle …><path …>`,
 *    nesting the path inside the circle, where it is not drawn (icons lost strokes).
 */
export const minifyTemplateOptions = {
  minifyOptions: { conservativeCollapse: true, keepClosingSlash: true },
};
