#!/usr/bin/env node
// `npm run build` of @thuiszitters/components, from a clean dist:
//  1. rollup (../../rollup.config.mjs): ESM entries + declarations, and the drop-in bundle;
//  2. the Custom Elements Manifest analyzer → custom-elements.json (package root);
//  3. what is generated from the manifest and the sources: theme.css, class-only declaration
//     files, JSX types (React 19, Preact), VS Code custom data and JetBrains web-types.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: packageDir, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[components build] ${cmd} ${args.join(' ')} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
run('npx', ['--no-install', 'rollup', '-c', '../../rollup.config.mjs', '--silent']);
run('npx', ['--no-install', 'cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
run(process.execPath, ['scripts/generate-from-manifest.mjs']);
