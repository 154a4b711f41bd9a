#!/usr/bin/env node
// `npm run size -w @thuiszitters/components` (after `npm run build`): prints what a page pays,
// minified, gzipped and brotli-compressed:
//  - the autoloader dist/thuiszitters.js, and what a page transfers through it (loader + chunks);
//  - the single-file bundle dist/thuiszitters.bundle.js as shipped (everything inside, lit included);
//  - each element entry (`@thuiszitters/components/<name>.js`) bundled the way an app's bundler
//    would, with lit and @lit/* left out (an app has them once for all elements) but the SDK and
//    domain code the element uses included;
//  - the same entry without lit, SDK and domain: the element's own code.
// `--json` prints the rows as JSON (for bench/).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { bundlePlugins, stagingSideEffects } from './bundle-plugins.mjs';
import { autoloaderTags, transferForTags } from './autoloader-cost.mjs';

// TZ_COMPONENTS_OUT_DIR measures another build folder than dist/ (e.g. the build's staging folder).
const outDir = process.env.TZ_COMPONENTS_OUT_DIR ?? 'dist';
const at = (path) => fileURLToPath(new URL(`../${path.replace(/^dist\//, `${outDir}/`).replace(/^dist$/, outDir)}`, import.meta.url));
if (!existsSync(at('dist/thuiszitters.js'))) {
  console.error('dist/thuiszitters.js is missing: run `npm run build` first.');
  process.exit(1);
}

const measure = (code) => ({
  min: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

async function bundle(input, external) {
  const build = await rollup({
    input,
    external,
    plugins: [stagingSideEffects(), nodeResolve({ browser: true }), ...bundlePlugins()],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  return output[0].code;
}

const lit = (id) => /^(lit|@lit\/|@lit-labs\/)/.test(id);
const litAndKit = (id) => lit(id) || /^@thuiszitters\//.test(id);

const rows = [
  { entry: 'thuiszitters.js (autoloader alone)', ...measure(readFileSync(at('dist/thuiszitters.js'))) },
  { entry: 'thuiszitters.js (page with provider + melding-form: loader + chunks)', ...transferForTags(at('dist'), ['tz-provider', 'tz-melding-form']) },
  { entry: 'thuiszitters.js (page with every element: loader + chunks)', ...transferForTags(at('dist'), autoloaderTags(at('dist'))) },
  { entry: 'thuiszitters.bundle.js (single file, all elements, lit inside)', ...measure(readFileSync(at('dist/thuiszitters.bundle.js'))) },
];
const names = readdirSync(at('dist'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(at(`dist/${d.name}/define.js`)))
  .map((d) => d.name)
  .sort();
for (const name of names) {
  rows.push({ entry: `${name}.js (with SDK + domain, without lit)`, ...measure(await bundle(at(`dist/${name}/define.js`), lit)) });
  rows.push({ entry: `${name}.js (own code only)`, ...measure(await bundle(at(`dist/${name}/define.js`), litAndKit)) });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`.padStart(10);
  console.log(`${'entry'.padEnd(60)}${'min'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
  for (const row of rows) console.log(`${row.entry.padEnd(60)}${kB(row.min)}${kB(row.gzip)}${kB(row.brotli)}`);
}
