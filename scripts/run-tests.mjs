#!/usr/bin/env node
// `npm test`: runs every test suite of the kit in turn, collects the counts each runner
// writes to .test-results/, prints a table and, as the very last line, `N passed, N failed`.
// Exits non-zero when any check fails or a runner crashes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

/** @type {{name: string, cmd: string[], counts?: () => {passed: number, failed: number}, when?: () => boolean}[]} */
const suites = [
  {
    // End-to-end tests load the real drop-in bundle, so build every package first.
    name: 'Build (every package, drop-in bundle)',
    cmd: ['npm', 'run', '--silent', 'build'],
  },
  {
    name: 'API Design Rules lint (spectral)',
    cmd: ['npm', 'run', '--silent', 'lint:spec'],
  },
  {
    // The shipped templates are minified at build time; they must parse to the same DOM.
    name: 'Minified Lit templates keep their DOM',
    cmd: ['node', 'packages/components/scripts/check-minified-templates.mjs'],
  },
  {
    name: 'TypeScript (tsc --noEmit, strict)',
    cmd: ['npx', 'tsc', '-p', 'tsconfig.json'],
  },
  {
    name: 'Node tests (vitest: domain, sdk, server, contract, e2e)',
    cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`],
    counts: () => {
      const r = JSON.parse(readFileSync(`${results}/vitest.json`, 'utf8'));
      return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) };
    },
  },
  {
    name: 'Browser tests (web-test-runner, Chromium)',
    cmd: ['npx', 'web-test-runner', '--config', 'web-test-runner.config.mjs'],
    when: () => existsSync(resolve(root, 'web-test-runner.config.mjs')),
    counts: () => JSON.parse(readFileSync(`${results}/wtr.json`, 'utf8')),
  },
  {
    name: 'Storybook stories (render + axe, Chromium)',
    cmd: ['npx', 'vitest', 'run', '--config', 'vitest.storybook.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/storybook.json`],
    when: () => existsSync(resolve(root, 'vitest.storybook.config.ts')),
    counts: () => {
      const r = JSON.parse(readFileSync(`${results}/storybook.json`, 'utf8'));
      return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) };
    },
  },
];

let passed = 0;
let failed = 0;
const rows = [];
for (const suite of suites) {
  if (suite.when && !suite.when()) continue;
  console.log(`\n━━ ${suite.name} ━━ ${suite.cmd.join(' ')}`);
  const run = spawnSync(suite.cmd[0], suite.cmd.slice(1), { cwd: root, stdio: 'inherit', env: process.env });
  let p = 0;
  let f = 0;
  if (suite.counts) {
    try {
      ({ passed: p, failed: f } = suite.counts());
    } catch {
      // The runner died before it wrote its counts: that is a failure of the whole suite.
      f = 1;
    }
    if (run.status !== 0 && f === 0) f = 1;
  } else if (run.status === 0) {
    p = 1;
  } else {
    f = 1;
  }
  passed += p;
  failed += f;
  rows.push([suite.name, p, f, run.status]);
}

console.log('\nSuite                                                     passed  failed  exit');
for (const [name, p, f, status] of rows) {
  console.log(`${String(name).padEnd(58)}${String(p).padStart(6)}${String(f).padStart(8)}${String(status).padStart(6)}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
