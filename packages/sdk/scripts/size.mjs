#!/usr/bin/env node
// `npm run size`: builds the SDK (tsc → dist), bundles dist/index.js with ky into one minified
// ESM file the way an app's bundler would, and prints its minified and gzipped size.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: packageDir, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const bundle = await rollup({
  input: fileURLToPath(new URL('../dist/index.js', import.meta.url)),
  plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false } })],
});
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();

const code = output[0].code;
const min = Buffer.byteLength(code);
const gzip = gzipSync(code, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(`@thuiszitters/sdk with ky bundled: ${kB(min)} minified, ${kB(gzip)} gzipped (${min} / ${gzip} bytes)`);
