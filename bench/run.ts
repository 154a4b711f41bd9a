#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --runs=N] [-- --only=sizes,chart,timeline,caselist,bigcase,form,sdk,server,scale]`:
// size and speed of the kit beside the libraries a vendor would pick instead, measured in one run
// on this machine. Prints one table and writes bench/results.json. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { buildPages, launchChromium, type PageSpec } from './lib/browser.js';
import { machine, versions } from './lib/machine.js';
import { SECTIONS, parseOptions, type SectionName } from './lib/options.js';
import { at, buildDir } from './lib/paths.js';
import { renderTable, type Row, type SectionResult } from './lib/report.js';
import { serveStatic } from './lib/static-server.js';
import { CHART_PAGES, runChart } from './sections/chart.js';
import { FORM_PAGES, runForm } from './sections/form.js';
import { runSdk } from './sections/sdk.js';
import { BIG_CASE_PAGES, runBigCase } from './sections/big-case.js';
import { runScale } from './sections/scale.js';
import { runServer } from './sections/server.js';
import { runSizes } from './sections/sizes.js';
import { TIMELINE_PAGES, runTimeline } from './sections/timeline.js';
import { CASELIST_PAGES, runCaseList } from './sections/caselist.js';

const options = parseOptions(process.argv.slice(2));
const started = Date.now();
const log = (message: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

// The kit must be built: the bench measures and loads what ships (dist), not the sources.
const needed = ['packages/domain/dist/index.js', 'packages/sdk/dist/index.js', 'packages/components/dist/thuiszitters.js'];
if (needed.some((file) => !existsSync(at(file)))) {
  log('dist is missing: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: at(''), stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await mkdir(buildDir, { recursive: true });

const wants = (name: SectionName) => options.only.has(name);
const sections: Partial<Record<SectionName, SectionResult>> = {};
let chromiumVersion: string | null = null;

/** Runs one section; a failure is reported in the table and results.json, and the run goes on. */
async function section(name: SectionName, title: string, run: () => Promise<SectionResult>) {
  log(title);
  try {
    sections[name] = await run();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    log(`${name} FAILED: ${error instanceof Error ? error.stack : message}`);
    const short = message.length > 140 ? `${message.slice(0, 137)}...` : message;
    sections[name] = { data: { failed: message }, rows: [{ section: name, figure: 'FAILED (see the log above)', value: short }] };
  }
}

if (wants('sizes')) await section('sizes', 'bundle sizes', runSizes);

const browserSections = (['chart', 'timeline', 'caselist', 'bigcase', 'form'] as const).filter(wants);
if (browserSections.length > 0) {
  const server = await serveStatic(buildDir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    chromiumVersion = browser.version();
    const b = browser;
    // Each section bundles its own pages first (minified like production; cached by content).
    const withPages = async (pages: PageSpec[], run: () => Promise<SectionResult>) => {
      await buildPages(pages);
      return run();
    };
    if (wants('chart')) {
      await section('chart', 'reason chart', () =>
        withPages(CHART_PAGES, () => runChart(b, server.origin, { runs: options.runs, switches: options.quick ? 20 : 100 })),
      );
    }
    if (wants('timeline')) {
      await section('timeline', 'case timeline', () => withPages(TIMELINE_PAGES, () => runTimeline(b, server.origin, { runs: options.runs, scrollStep: 100 })));
    }
    if (wants('caselist')) {
      await section('caselist', 'case list', () => withPages(CASELIST_PAGES, () => runCaseList(b, server.origin, { runs: options.runs })));
    }
    if (wants('bigcase')) {
      await section('bigcase', 'big case against the reference server', () =>
        withPages(BIG_CASE_PAGES, () => runBigCase(b, server.origin, { runs: options.quick ? 2 : Math.min(options.runs, 5) })),
      );
    }
    if (wants('form')) {
      await mkdir(join(buildDir, 'shoelace'), { recursive: true });
      await copyFile(at('node_modules/@shoelace-style/shoelace/dist/themes/light.css'), join(buildDir, 'shoelace/light.css'));
      await section('form', 'melding form', () => withPages(FORM_PAGES, () => runForm(b, server.origin, { runs: options.runs, keystrokes: options.quick ? 10 : 30 })));
    }
  } finally {
    await browser?.close();
    await server.close();
  }
}

if (wants('sdk')) await section('sdk', 'SDK overhead', () => runSdk({ runs: options.runs, requests: options.quick ? 200 : 1_000, batch: options.quick ? 50 : 100 }));

if (wants('server')) {
  const engines = process.env.DATABASE_URL ? 'PGlite and PostgreSQL' : 'PGlite';
  await section('server', `reference server (${engines})`, () => runServer({ seconds: options.quick ? 2 : 5, connections: 10 }));
}

if (wants('scale')) {
  const engines = process.env.DATABASE_URL ? 'PostgreSQL national and PGlite region' : 'PGlite region only: DATABASE_URL not set';
  await section('scale', `reference server at scale (${engines})`, () => runScale({ seconds: options.quick ? 2 : 5 }));
}

const rows: Row[] = Object.values(sections).flatMap((s) => s!.rows);
const results = {
  date: new Date().toISOString(),
  quick: options.quick,
  runs: options.runs,
  durationSeconds: Math.round((Date.now() - started) / 1000),
  machine: machine(chromiumVersion),
  versions: versions(),
  goals: rows.filter((r) => r.goal).map((r) => ({ goal: `${r.figure} ${r.goal!.text}`, value: r.value, met: r.goal!.met })),
  sections: Object.fromEntries(Object.entries(sections).map(([name, s]) => [name, s!.data])),
};
// Only a complete run replaces bench/results.json and the README's results; a smoke run or a
// run of some sections writes beside the build.
const complete = !options.quick && options.only.size === SECTIONS.length;
const resultsFile = complete ? at('bench/results.json') : join(buildDir, options.quick ? 'results.quick.json' : 'results.partial.json');
await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

const m = results.machine;
const heading = [
  `${results.date.slice(0, 16).replace('T', ' ')} UTC, ${options.quick ? 'QUICK smoke run (not comparable), ' : ''}${options.runs} runs, ${results.durationSeconds} s`,
  `${m.cpuModel}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, Chromium ${m.chromium ?? 'not started'}, load average at start ${m.loadAverageAtStart.toFixed(1)}`,
];
const table = renderTable(rows);
console.log(`${heading.join('\n')}\n\n${table}`);
if (complete) {
  const text = `${heading.map((line) => `${line}  `).join('\n')}\n\n${table}`;
  await updateReadme('bench/README.md', text);
  await updateReadme('README.md', text);
}
log(`done; wrote ${resultsFile.slice(at('').length)}${complete ? ' and the results in bench/README.md and README.md' : ''}`);

/** Replaces the latest results in a README (between its two markers; a README without them is left alone). */
async function updateReadme(file: string, text: string) {
  const path = at(file);
  const readme = await readFile(path, 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return;
  await writeFile(path, `${readme.slice(0, from + start.length)}\n${text}\n${readme.slice(to)}`);
}
