// 1. Bundle sizes (minified, gzip, brotli): the kit as it ships and as an app bundles it, beside
// the peers bundled here with the same rollup settings (node-resolve + terser, ESM).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundle, composition, measure, type Size } from '../lib/bundle.js';
import { autoloaderTags, transferForTags } from '../../packages/components/scripts/autoloader-cost.mjs';
import { at, buildDir } from '../lib/paths.js';
import { kB, type Row, type SectionResult } from '../lib/report.js';

export interface SizeRow extends Size {
  entry: string;
  group: 'ours' | 'peer' | 'css';
  /** What is inside, in words. */
  note: string;
}

const lit = (id: string) => /^(lit|@lit\/|@lit-labs\/)/.test(id);
const litAndKit = (id: string) => lit(id) || /^@thuiszitters\//.test(id);

const PEERS = [
  { file: 'shoelace-form', entry: 'Shoelace form set', note: 'input, select + option, checkbox, radio group + radio, textarea, button; lit inside' },
  { file: 'material-form', entry: 'Material Web form set', note: 'outlined text field (+ textarea), outlined select + option, checkbox, radio, filled button; lit inside' },
  { file: 'chartjs-bar', entry: 'Chart.js bar (tree-shaken)', note: 'Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend' },
  { file: 'chartjs-auto', entry: 'Chart.js (chart.js/auto)', note: 'everything registered' },
  { file: 'echarts-bar', entry: 'ECharts bar (tree-shaken, canvas)', note: 'echarts/core + BarChart + Grid/Tooltip/Legend + CanvasRenderer' },
  { file: 'echarts-bar-svg', entry: 'ECharts bar (tree-shaken, SVG)', note: 'echarts/core + BarChart + Grid/Tooltip/Legend + SVGRenderer' },
  { file: 'openapi-fetch', entry: 'openapi-fetch', note: 'createClient' },
] as const;

/** Element rows from the packaging helper's size script (`--json`), when it is there and answers. */
function sizeScriptRows(): Map<string, Size> {
  const script = at('packages/components/scripts/size.mjs');
  const rows = new Map<string, Size>();
  if (!existsSync(script)) return rows;
  const run = spawnSync(process.execPath, [script, '--json'], { cwd: at('packages/components'), encoding: 'utf8' });
  if (run.status !== 0) return rows;
  try {
    for (const row of JSON.parse(run.stdout) as Array<Size & { entry: string }>) {
      const match = /^(\S+)\.js \((.+)\)$/.exec(row.entry);
      if (match) rows.set(`${match[1]}|${match[2]}`, { min: row.min, gzip: row.gzip, brotli: row.brotli });
    }
  } catch {
    /* an unexpected format: bundle here instead */
  }
  return rows;
}

/** The part of the kit or the dependency a module belongs to. */
function partOf(id: string): string {
  const path = id.replaceAll('\\', '/');
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (dependency) return /^(lit|lit-html|lit-element|@lit\/.*)$/.test(dependency[1]) ? 'lit' : dependency[1];
  const kit = /packages\/(domain|sdk)\//.exec(path);
  if (kit) return kit[1];
  const element = /packages\/components\/dist\/([^/]+)\//.exec(path);
  if (element) return element[1] === 'chunks' ? 'components shared' : element[1];
  return 'components shared';
}

export async function runSizes(): Promise<SectionResult> {
  const out = join(buildDir, 'sizes');
  await mkdir(out, { recursive: true });
  const rows: SizeRow[] = [];
  const keep = async (name: string, code: string) => writeFile(join(out, `${name}.js`), code);

  const dist = at('packages/components/dist');
  rows.push({
    entry: 'autoloader thuiszitters.js',
    group: 'ours',
    note: 'the one-script-tag entry alone: finds tz-* tags, imports their chunks',
    ...measure(readFileSync(join(dist, 'thuiszitters.js'))),
  });
  rows.push({
    entry: 'page with provider + melding-form (autoloader)',
    group: 'ours',
    note: 'loader + every chunk the two tags import, each file gzipped as served',
    ...transferForTags(dist, ['tz-provider', 'tz-melding-form']),
  });
  rows.push({
    entry: 'page with every element (autoloader)',
    group: 'ours',
    note: 'loader + every chunk, each file gzipped as served',
    ...transferForTags(dist, autoloaderTags(dist)),
  });
  rows.push({
    entry: 'drop-in thuiszitters.bundle.js',
    group: 'ours',
    note: 'single file: all elements, lit, SDK (ky) and domain inside, as shipped',
    ...measure(readFileSync(join(dist, 'thuiszitters.bundle.js'))),
  });

  const names = readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, d.name, 'define.js')))
    .map((d) => d.name)
    .sort();
  const fromScript = sizeScriptRows();
  for (const name of names) {
    const entry = join(dist, name, 'define.js');
    const withLit = await bundle(entry);
    await keep(`${name}-with-lit`, withLit);
    rows.push({ entry: `${name}.js with lit`, group: 'ours', note: 'element + lit + SDK (ky) + domain', ...measure(withLit) });
    const withoutLit = fromScript.get(`${name}|with SDK + domain, without lit`) ?? measure(await bundle(entry, { external: lit }));
    rows.push({ entry: `${name}.js without lit`, group: 'ours', note: 'element + SDK (ky) + domain; lit shared by the app', ...withoutLit });
    const ownCode = fromScript.get(`${name}|own code only`) ?? measure(await bundle(entry, { external: litAndKit }));
    rows.push({ entry: `${name}.js own code`, group: 'ours', note: 'without lit, SDK and domain', ...ownCode });
  }

  const sdk = await bundle(at('bench/sizes/sdk.js'));
  await keep('sdk', sdk);
  rows.push({ entry: 'SDK with ky', group: 'ours', note: '@thuiszitters/sdk dist, everything exported', ...measure(sdk) });
  // Parts every entry shares, for reading the rows above.
  const litCode = await bundle(at('bench/sizes/lit.js'));
  await keep('lit', litCode);
  rows.push({ entry: 'lit + @lit/context + @lit/task', group: 'ours', note: 'everything exported (what "with lit" adds, at most)', ...measure(litCode) });
  const domain = await bundle(at('bench/sizes/domain.js'));
  await keep('domain', domain);
  rows.push({ entry: 'domain', group: 'ours', note: '@thuiszitters/domain dist, everything exported', ...measure(domain) });

  for (const peer of PEERS) {
    const code = await bundle(at(`bench/sizes/${peer.file}.js`));
    await keep(peer.file, code);
    rows.push({ entry: peer.entry, group: 'peer', note: peer.note, ...measure(code) });
  }

  // Stylesheets a page also loads (as shipped, not minified here): for context, not in the goals.
  rows.push({ entry: 'Shoelace light theme CSS', group: 'css', note: 'dist/themes/light.css, needed by Shoelace', ...measure(readFileSync(at('node_modules/@shoelace-style/shoelace/dist/themes/light.css'))) });
  const theme = at('packages/components/dist/theme.css');
  if (existsSync(theme)) rows.push({ entry: 'our theme.css', group: 'css', note: 'optional: elements carry fallbacks', ...measure(readFileSync(theme)) });

  const gz = (entry: string) => rows.find((r) => r.entry === entry)?.gzip ?? NaN;
  const dropIn = gz('drop-in thuiszitters.bundle.js');
  const formPage = gz('page with provider + melding-form (autoloader)');
  const table: Row[] = rows.map((r) => {
    const row: Row = { section: 'size', figure: r.entry, value: `${kB(r.min)} min, ${kB(r.gzip)} gz, ${kB(r.brotli)} br` };
    if (r.entry === 'autoloader thuiszitters.js') row.goal = { text: '≤ 3 kB gz', met: r.gzip <= 3_000 };
    if (r.entry === 'page with provider + melding-form (autoloader)') row.goal = { text: '≤ 32 kB gz', met: r.gzip <= 32_000 };
    if (r.entry === 'page with every element (autoloader)') row.goal = { text: '≤ 75 kB gz', met: r.gzip <= 75_000 };
    if (r.entry.endsWith('without lit')) row.goal = { text: '≤ 12 kB gz', met: r.gzip <= 12_000 };
    return row;
  });
  const shoelace = gz('Shoelace form set');
  const material = gz('Material Web form set');
  table.push({
    section: 'size',
    figure: 'form page (autoloader) gz / Shoelace form set gz',
    value: (formPage / shoelace).toFixed(2),
    goal: { text: '< 1 (smaller)', met: formPage < shoelace },
  });
  table.push({
    section: 'size',
    figure: 'drop-in gz / Shoelace form set gz',
    value: (dropIn / shoelace).toFixed(2),
    goal: { text: '< 1 (smaller)', met: dropIn < shoelace },
  });
  table.push({
    section: 'size',
    figure: 'drop-in gz / Material Web form set gz',
    value: (dropIn / material).toFixed(2),
    goal: { text: '< 1 (smaller)', met: dropIn < material },
  });

  // Which parts make up the drop-in bundle (rendered bytes before minifying, by package or element folder).
  const parts = await composition(at('packages/components/dist/all.js'), partOf);
  table.push({
    section: 'size',
    figure: 'drop-in made of (share of code before minifying)',
    value: parts.slice(0, 8).map((p) => `${p.part} ${(p.share * 100).toFixed(0)}%`).join(', '),
  });

  return {
    data: {
      dropInComposition: parts,
      method: 'rollup + @rollup/plugin-node-resolve (browser) + @rollup/plugin-terser (ecma 2022, module, no comments), ESM, process.env.NODE_ENV = "production"; gzip level 9, brotli quality 11; kB = 1,000 bytes. One build: sizes are exact, not sampled.',
      rows,
    },
    rows: table,
  };
}
