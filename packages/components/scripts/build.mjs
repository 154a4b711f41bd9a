#!/usr/bin/env node
// `npm run build` of @thuiszitters/components, from a clean dist:
//  1. rollup (../../rollup.config.mjs): ESM entries + declarations, and the drop-in bundle;
//  2. the Custom Elements Manifest analyzer → custom-elements.json (package root);
//  3. what is generated from the manifest and the sources: theme.css, class-only declaration
//     files, JSX types (React 19, Preact), VS Code custom data and JetBrains web-types.
import { spawnSync } from 'node:child_process';
import { rmSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

// Everything is built into a staging folder and swapped in at the end, so tests and pages that
// load dist/ meanwhile never see it half-built (and a failed build leaves the old one in place).
// One staging folder per build process: two builds at once (helpers, CI) must not share one.
// `--out-dir NAME` builds into NAME only (e.g. to measure a change without touching dist/).
const outDirArg = process.argv.indexOf('--out-dir');
const staging = outDirArg > 0 ? process.argv[outDirArg + 1] : `.dist-next-${process.pid}`;
const old = `.dist-old-${process.pid}`;
const at = (path) => new URL(`../${path}`, import.meta.url);
const env = { ...process.env, TZ_COMPONENTS_OUT_DIR: staging };

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: packageDir, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`[components build] ${cmd} ${args.join(' ')} failed (exit ${result.status})`);
    rmSync(at(staging), { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
}

rmSync(at(staging), { recursive: true, force: true });
run('npx', ['--no-install', 'rollup', '-c', '../../rollup.config.mjs', '--silent']);
run('npx', ['--no-install', 'cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
run(process.execPath, ['scripts/generate-from-manifest.mjs']);
if (outDirArg > 0) process.exit(0);
// Two renames: dist/ is missing only between them (microseconds), never half-written. If another
// build swapped its dist/ in between, move that one aside as well (the last build wins).
for (let attempt = 0; ; attempt++) {
  try {
    renameSync(at('dist'), at(`${old}-${attempt}`));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  try {
    renameSync(at(staging), at('dist'));
    break;
  } catch (error) {
    if (!['ENOTEMPTY', 'EEXIST'].includes(error.code) || attempt > 5) throw error;
  }
}
for (let attempt = 0; attempt <= 6; attempt++) rmSync(at(`${old}-${attempt}`), { recursive: true, force: true });
