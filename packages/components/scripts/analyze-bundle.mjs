#!/usr/bin/env node
// `node scripts/analyze-bundle.mjs [--entry dist/<name>/define.js] [--no-lit] [--top N]` (after `npm run build`):
// what the drop-in bundle (or one element entry) is made of, per source file. It re-bundles the
// built ESM with the same plugins as the shipped build, chaining the source maps of dist/ back to
// src/*.ts, and attributes every minified byte to the source file it came from. The gzip column
// is the marginal cost: gzip(bundle) − gzip(bundle without that file's bytes), so the shares do
// not add up exactly (shared strings compress across files), but the order is what matters.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { SourceMapConsumer } from 'source-map-js';
import { bundlePlugins, stagingSideEffects } from './bundle-plugins.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = fileURLToPath(new URL('../../..', import.meta.url));
const outDir = process.env.TZ_COMPONENTS_OUT_DIR ?? 'dist';
const entry = fileURLToPath(new URL(`../${option('--entry', 'dist/all.js').replace(/^dist\//, `${outDir}/`)}`, import.meta.url));
const withoutLit = args.includes('--no-lit');
const top = Number(option('--top', 40));

// Rollup does not read the source maps of its input files by itself.
const inputSourceMaps = {
  name: 'input-source-maps',
  load(id) {
    if (!id.endsWith('.js') || !existsSync(`${id}.map`)) return null;
    return { code: readFileSync(id, 'utf8'), map: readFileSync(`${id}.map`, 'utf8') };
  },
};

const build = await rollup({
  input: entry,
  external: withoutLit ? (id) => /^(lit|@lit\/|@lit-labs\/)/.test(id) : undefined,
  plugins: [stagingSideEffects(), inputSourceMaps, nodeResolve({ browser: true }), ...bundlePlugins()],
  onwarn: () => {},
});
const { output } = await build.generate({ format: 'es', inlineDynamicImports: true, sourcemap: true });
await build.close();
const { code, map } = output[0];

// Attribute each generated character to the source of the mapping segment it falls in.
const consumer = new SourceMapConsumer(map);
const lines = code.split('\n');
const owner = new Array(code.length).fill('(unmapped)');
let lineStart = 0;
const lineStarts = lines.map((line) => {
  const start = lineStart;
  lineStart += line.length + 1;
  return start;
});
const segments = [];
consumer.eachMapping((m) => segments.push(m));
segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
segments.forEach((m, i) => {
  const next = segments[i + 1];
  const from = lineStarts[m.generatedLine - 1] + m.generatedColumn;
  const to = next && next.generatedLine === m.generatedLine ? lineStarts[next.generatedLine - 1] + next.generatedColumn : lineStarts[m.generatedLine - 1] + lines[m.generatedLine - 1].length;
  const source = m.source ? shorten(m.source) : '(unmapped)';
  for (let c = from; c < to; c++) owner[c] = source;
});

// Source paths in the chained maps are relative to different dist folders: keep the part that names the file.
function shorten(source) {
  const nodeModule = source.match(/node_modules\/(.*)$/);
  if (nodeModule) return nodeModule[1];
  const workspace = source.match(/(?:^|\/)(domain|sdk)\/src\/(.*)$/);
  if (workspace) return `${workspace[1]}/${workspace[2]}`;
  const own = source.match(/(?:^|\/)src\/(.*)$/);
  return own ? `components/${own[1]}` : source;
}

const bySource = new Map();
for (let c = 0; c < code.length; c++) {
  const entryOf = bySource.get(owner[c]) ?? { min: 0, chars: [] };
  entryOf.min++;
  bySource.set(owner[c], entryOf);
}
const totalGzip = gzipSync(code, { level: 9 }).length;
const rows = [...bySource.entries()].map(([source, { min }]) => {
  const rest = [...code].filter((_, c) => owner[c] !== source).join('');
  return { source, min, gzip: totalGzip - gzipSync(rest, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);

const group = (source) =>
  source.startsWith('lit') || source.startsWith('@lit') ? 'lit' :
  source.startsWith('ky/') ? 'ky' :
  source.startsWith('sdk/') ? 'sdk' :
  source.startsWith('domain/') ? 'domain' :
  source.startsWith('components/') ? `components/${source.split('/')[1]}` : source;
const groups = new Map();
for (const row of rows) {
  const g = groups.get(group(row.source)) ?? { min: 0, gzip: 0 };
  g.min += row.min;
  g.gzip += row.gzip;
  groups.set(group(row.source), g);
}

const show = option('--show');
if (show) {
  console.log([...code].map((ch, c) => (owner[c] === show ? ch : owner[c - 1] === show ? '\n' : '')).join(''));
  process.exit(0);
}
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`.padStart(10);
console.log(`${relative(pkgDir, entry)}${withoutLit ? ' (lit external)' : ''}: ${kB(code.length)} min, ${kB(totalGzip)} gzip\n`);
console.log(`${'group'.padEnd(50)}${'min'.padStart(10)}${'~gzip'.padStart(10)}`);
for (const [name, g] of [...groups.entries()].sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`${name.padEnd(50)}${kB(g.min)}${kB(g.gzip)}`);
console.log(`\n${'source file'.padEnd(70)}${'min'.padStart(10)}${'~gzip'.padStart(10)}`);
for (const row of rows.slice(0, top)) console.log(`${row.source.padEnd(70)}${kB(row.min)}${kB(row.gzip)}`);
