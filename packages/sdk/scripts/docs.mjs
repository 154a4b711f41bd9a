#!/usr/bin/env node
// The SDK reference (TypeDoc → dist/docs), rebuilt only when a source, the README or the TypeDoc
// configuration is newer than it: TypeDoc takes seconds and `npm test` builds every time.
// `--force` rebuilds regardless.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('..', import.meta.url));
const output = join(dir, 'dist/docs/index.html');
const inputs = [
  join(dir, 'README.md'),
  join(dir, 'typedoc.json'),
  ...readdirSync(join(dir, 'src'), { recursive: true })
    .map((name) => join(dir, 'src', String(name)))
    .filter((path) => statSync(path).isFile()),
];
const newest = Math.max(...inputs.map((path) => statSync(path).mtimeMs));
if (!process.argv.includes('--force') && existsSync(output) && statSync(output).mtimeMs >= newest) process.exit(0);
const run = spawnSync('npx', ['--no-install', 'typedoc'], { cwd: dir, stdio: 'inherit' });
process.exit(run.status ?? 1);
