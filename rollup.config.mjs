// Builds @thuiszitters/components:
//  - per-element ESM entries for npm users (lit, @lit/*, the SDK and the domain stay external):
//    dist/<name>/define.js registers one tag, dist/<name>/class.js only exports the class,
//    dist/<name>/messages.js its nl + en texts,
//    dist/index.js exports every class (no registration), dist/all.js registers every tag;
//    TypeScript declarations beside them;
//  - the one-script-tag entry dist/thuiszitters.js, for a page without a build step: an
//    autoloader (src/autoloader.ts) that imports only the elements a page uses, from chunks in
//    dist/thuiszitters/ beside it (lit, the SDK and the domain inside, split into shared chunks);
//  - the single-file bundle dist/thuiszitters.bundle.js with everything inside, for hosts that
//    want one file.
//    Both are bundled from the ESM output above (dist/autoloader.js, dist/all.js), so every
//    entry ships the same code.
// HTML and CSS inside Lit's html`` and css`` templates are minified in the ESM output already
// (app bundlers leave template literals as they are), so the drop-in bundle inherits that.
// TZ_COMPONENTS_OUT_DIR (set by packages/components/scripts/build.mjs) builds into a staging
// folder beside dist/, which the build script then swaps into place.
import { readdirSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { bundlePlugins, stagingSideEffects, minifyTemplateOptions } from './packages/components/scripts/bundle-plugins.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(root, 'packages/components');
const src = resolve(pkg, 'src');
const dist = resolve(pkg, process.env.TZ_COMPONENTS_OUT_DIR ?? 'dist');

// An element folder has `<name>.element.ts` (the class) and `define.ts` (registers the tag).
const elementNames = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((name) => existsSync(resolve(src, name, 'define.ts')) && readdirSync(resolve(src, name)).some((f) => f.endsWith('.element.ts')));

const elementEntries = Object.fromEntries(
  elementNames.flatMap((name) => {
    const classFile = readdirSync(resolve(src, name)).find((f) => f.endsWith('.element.ts'));
    const messages = existsSync(resolve(src, name, 'messages.ts')) ? [[`${name}/messages`, resolve(src, name, 'messages.ts')]] : [];
    return [
      [`${name}/define`, resolve(src, name, 'define.ts')],
      [`${name}/class`, resolve(src, name, classFile)],
      // The element's texts in Dutch and English, for hosts that show the same labels.
      ...messages,
    ];
  }),
);

const tsconfig = resolve(pkg, 'tsconfig.build.json');

/** The element folder whose define.js a chunk holds, if any. */
const elementOfChunk = (chunk) => chunk.moduleIds.map((id) => id.match(/([^/]+)\/define\.js$/)?.[1]).find(Boolean);
const isExternal = (id) => /^(lit|@lit\/|@lit-labs\/|@thuiszitters\/)/.test(id);

export default [
  {
    input: { index: resolve(src, 'index.ts'), all: resolve(src, 'all.ts'), autoloader: resolve(src, 'autoloader.ts'), ...elementEntries },
    external: isExternal,
    output: {
      dir: dist,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // No bare imports of a chunk's dependencies hoisted into each entry: bundlers resolve the
      // graph themselves, and esbuild warns about bare imports of side-effect-free packages.
      hoistTransitiveImports: false,
    },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig, outDir: dist, declarationDir: dist, sourceMap: true }),
      // After TypeScript, on the emitted JS; a template it cannot parse fails the build rather
      // than shipping half-minified markup.
      minifyHTMLLiterals({ include: ['**/src/**'], failOnError: true, options: minifyTemplateOptions }),
    ],
  },
  {
    // Rollup builds the configs of this array one after the other, so dist/all.js exists here.
    // The SDK and domain resolve to their built dist (the `default` export condition).
    input: resolve(dist, 'all.js'),
    output: { file: resolve(dist, 'thuiszitters.bundle.js'), format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [stagingSideEffects(), nodeResolve({ browser: true }), ...bundlePlugins()],
  },
  {
    // The autoloader and the chunks it imports. Chunk names carry a content hash, so a host may
    // cache them for ever; only thuiszitters.js itself must be revalidated.
    input: { thuiszitters: resolve(dist, 'autoloader.js') },
    output: {
      dir: dist,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // An element's chunk is named after its folder (melding-form-<hash>.js), shared ones after
      // their first module, in letters, digits, _ and - only (table.styles.ts → table-styles-…):
      // the servers of the chunk folder (demo, hosts) refuse any other file name.
      chunkFileNames: (chunk) => `thuiszitters/${(elementOfChunk(chunk) ?? chunk.name).replace(/[^\w-]/g, '-')}-[hash].js`,
      // The loader must stay tiny: never hoist the chunks' imports into it.
      hoistTransitiveImports: false,
    },
    plugins: [stagingSideEffects(), nodeResolve({ browser: true }), ...bundlePlugins()],
  },
];
