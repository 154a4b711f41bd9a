// Case list: first screen of the worklist with 5,000 cases (controlled mode, data generated in
// the page before the clock starts): ours (one page of 50 rows + "show more"), ours rendering
// every row (page-size 5,000, a host's choice), @lit-labs/virtualizer with the same cells, and a
// hand-written plain table of every row. Interleaved run by run.
import type { Browser } from 'playwright';
import { openBenchPage } from '../lib/browser.js';
import { fmt, ms, ratio, type Row, type SectionResult } from '../lib/report.js';
import { summarize, type Summary } from '../lib/stats.js';

const COUNT = 5_000;
const VARIANTS = [
  { key: 'ours', label: 'ours (tz-case-list, page of 50)', page: 'caselist-ours' },
  { key: 'oursAll', label: 'ours, every row (page-size 5,000)', page: 'caselist-ours', pageSize: COUNT },
  { key: 'virtualizer', label: '@lit-labs/virtualizer, same cells', page: 'caselist-virtualizer' },
  { key: 'table', label: 'hand-written plain table, every row', page: 'caselist-table' },
] as const;
type Key = (typeof VARIANTS)[number]['key'];

export const CASELIST_PAGES = [{ name: 'caselist-ours' }, { name: 'caselist-virtualizer' }, { name: 'caselist-table' }];

interface FirstScreen {
  ms: number;
  late: number;
  rendered: number;
}
type BenchWindow = Window & { bench: { firstScreen(count: number, pageSize?: number): Promise<FirstScreen> } };

export async function runCaseList(browser: Browser, origin: string, options: { runs: number }): Promise<SectionResult> {
  const times: Record<Key, number[]> = { ours: [], oursAll: [], virtualizer: [], table: [] };
  const rendered: Partial<Record<Key, number>> = {};
  let late = 0;
  for (let run = 0; run < options.runs; run++) {
    const order = VARIANTS.map((_, i) => VARIANTS[(i + run) % VARIANTS.length]);
    for (const variant of order) {
      const { page, close } = await openBenchPage(browser, origin, variant.page);
      try {
        const size = 'pageSize' in variant ? variant.pageSize : undefined;
        const result = await page.evaluate(([n, s]) => (window as unknown as BenchWindow).bench.firstScreen(n, s), [COUNT, size] as const);
        times[variant.key].push(result.ms);
        rendered[variant.key] = result.rendered;
        late += result.late;
      } finally {
        await close();
      }
    }
  }
  const summary = Object.fromEntries(VARIANTS.map((v) => [v.key, summarize(times[v.key], 'ms')])) as Record<Key, Summary>;
  const rows: Row[] = VARIANTS.map((v) => ({
    section: 'case list',
    figure: `first screen, 5,000 cases: ${v.label} (${rendered[v.key]} rows rendered)`,
    value: ms(summary[v.key]),
  }));
  const toVirtualizer = ratio(summary.ours.median, summary.virtualizer.median);
  const toTable = ratio(summary.ours.median, summary.table.median);
  rows.push({ section: 'case list', figure: 'ours / @lit-labs/virtualizer (first screen)', value: fmt(toVirtualizer) });
  rows.push({ section: 'case list', figure: 'ours / plain table of every row (first screen)', value: fmt(toTable) });
  if (late > 0) rows.push({ section: 'case list', figure: 'changes after the measured frame', value: String(late) });
  return {
    data: {
      method:
        'First screen: from a requestAnimationFrame callback (element created, 5,000 cases set, appended; peers: sorted and rendered) to after that frame was painted. Viewport 1280 × 800.',
      count: COUNT,
      firstScreen: summary,
      rendered,
      ratioToVirtualizer: toVirtualizer,
      ratioToPlainTable: toTable,
      changesAfterMeasuredFrame: late,
    },
    rows,
  };
}
