#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --runs=N] [-- --only=sizes,chart,timeline,form,sdk,server]`:
// size and speed of the kit beside the libraries a vendor would pick instead, measured in one run
// on this machine. Prints one table and writes bench/results.json. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { buildPages, launchChromium, type PageSpec } from './lib/browser.js';
import { machine, versions } from './lib/machine.js';
import { parseOptions, type SectionName } from './lib/options.js';
import { at, buildDir } from './lib/paths.js';
import { renderTable, type Row, type SectionResult } from './lib/report.js';
import { serveStatic } from './lib/static-server.js';
import { CHART_PAGES, runChart } from './sections/chart.js';
import { FORM_PAGES, runForm } from './sections/form.js';
import { runSizes } from './sections/sizes.js';
import { TIMELINE_PAGES, runTimeline } from './sections/timeline.js';

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

if (wants('sizes')) {
  log('bundle sizes');
  sections.sizes = await runSizes();
}

const browserSections = (['chart', 'timeline', 'form'] as const).filter(wants);
if (browserSections.length > 0) {
  const pages: PageSpec[] = [...(wants('chart') ? CHART_PAGES : []), ...(wants('timeline') ? TIMELINE_PAGES : []), ...(wants('form') ? FORM_PAGES : [])];
  log(`bundling ${pages.length} pages`);
  await buildPages(pages);
  if (wants('form')) {
    await mkdir(join(buildDir, 'shoelace'), { recursive: true });
    await copyFile(at('node_modules/@shoelace-style/shoelace/dist/themes/light.css'), join(buildDir, 'shoelace/light.css'));
  }
  const server = await serveStatic(buildDir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    chromiumVersion = browser.version();
    if (wants('chart')) {
      log('reason chart');
      sections.chart = await runChart(browser, server.origin, { runs: options.runs, switches: options.quick ? 20 : 100 });
    }
    if (wants('timeline')) {
      log('case timeline');
      sections.timeline = await runTimeline(browser, server.origin, { runs: options.runs, scrollStep: 100 });
    }
    if (wants('form')) {
      log('melding form');
      sections.form = await runForm(browser, server.origin, { runs: options.runs, keystrokes: options.quick ? 10 : 30 });
    }
  } finally {
    await browser?.close();
    await server.close();
  }
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
await writeFile(at('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(renderTable(rows));
log(`done; wrote bench/results.json`);
