// 2. Reason chart: first render of 12 reasons × 2 periods, and school switches (data update until
// painted), ours against Chart.js and ECharts at the same size, interleaved run by run.
import type { Browser } from 'playwright';
import { openBenchPage } from '../lib/browser.js';
import { ms, ratio, fmt, type Row, type SectionResult } from '../lib/report.js';
import { summarize, type Summary } from '../lib/stats.js';
import { traceSplit, type Split } from '../lib/trace.js';

const LIBRARIES = [
  { key: 'ours', label: 'ours (tz-reason-chart)', page: 'chart-ours' },
  { key: 'chartjs', label: 'Chart.js', page: 'chart-chartjs' },
  { key: 'echarts', label: 'ECharts', page: 'chart-echarts' },
] as const;
type Key = (typeof LIBRARIES)[number]['key'];

export const CHART_PAGES = LIBRARIES.map((l) => ({ name: l.page }));

interface Rendered {
  ms: number;
  late: number;
}
interface Switched {
  /** Per switch: the whole frame, its script part and its style + layout part. */
  phases: Array<{ total: number; script: number; styleLayout: number }>;
  late: number;
}

export async function runChart(browser: Browser, origin: string, options: { runs: number; switches: number }): Promise<SectionResult> {
  const first: Record<Key, number[]> = { ours: [], chartjs: [], echarts: [] };
  const switchTotals: Record<Key, number[]> = { ours: [], chartjs: [], echarts: [] };
  const perSwitch: Record<Key, number[]> = { ours: [], chartjs: [], echarts: [] };
  const perSwitchScript: Record<Key, number[]> = { ours: [], chartjs: [], echarts: [] };
  const perSwitchStyleLayout: Record<Key, number[]> = { ours: [], chartjs: [], echarts: [] };
  const late: Record<Key, number> = { ours: 0, chartjs: 0, echarts: 0 };
  // Where the main thread spends the time (a Chromium trace), from separate traced page loads:
  // tracing slows a page down, so the timed figures above never run under it.
  const traced: Record<Key, { first: Split[]; switches: Split[] }> = {
    ours: { first: [], switches: [] },
    chartjs: { first: [], switches: [] },
    echarts: { first: [], switches: [] },
  };
  const tracedRuns = Math.min(options.runs, 3);

  for (let run = 0; run < options.runs; run++) {
    // Rotate the order each run, so no library always goes first (or last) on a warm machine.
    const order = LIBRARIES.map((_, i) => LIBRARIES[(i + run) % LIBRARIES.length]);
    for (const library of order) {
      const { page, close } = await openBenchPage(browser, origin, library.page);
      try {
        const rendered = await page.evaluate(() => (window as unknown as { bench: { firstRender(): Promise<Rendered> } }).bench.firstRender());
        const switched = await page.evaluate(
          (count) => (window as unknown as { bench: { switches(n: number): Promise<Switched> } }).bench.switches(count),
          options.switches,
        );
        first[library.key].push(rendered.ms);
        switchTotals[library.key].push(switched.phases.reduce((sum, p) => sum + p.total, 0));
        perSwitch[library.key].push(...switched.phases.map((p) => p.total));
        perSwitchScript[library.key].push(...switched.phases.map((p) => p.script));
        perSwitchStyleLayout[library.key].push(...switched.phases.map((p) => p.styleLayout));
        late[library.key] += rendered.late + switched.late;
      } finally {
        await close();
      }
    }
    if (run >= tracedRuns) continue;
    for (const library of order) {
      const { page, close } = await openBenchPage(browser, origin, library.page);
      try {
        type Api = { bench: { firstRender(): Promise<Rendered>; switches(n: number): Promise<Switched> } };
        traced[library.key].first.push(await traceSplit(browser, page, () => page.evaluate(() => (window as unknown as Api).bench.firstRender())));
        traced[library.key].switches.push(
          await traceSplit(browser, page, () => page.evaluate((count) => (window as unknown as Api).bench.switches(count), options.switches)),
        );
      } finally {
        await close();
      }
    }
  }

  const summaries = (values: Record<Key, number[]>): Record<Key, Summary> => ({
    ours: summarize(values.ours, 'ms'),
    chartjs: summarize(values.chartjs, 'ms'),
    echarts: summarize(values.echarts, 'ms'),
  });
  const firstRender = summaries(first);
  const switches = summaries(switchTotals);
  const oneSwitch = summaries(perSwitch);
  const oneSwitchScript = summaries(perSwitchScript);
  const oneSwitchStyleLayout = summaries(perSwitchStyleLayout);
  const firstRatio = ratio(firstRender.ours.median, firstRender.chartjs.median);
  const switchRatio = ratio(switches.ours.median, switches.chartjs.median);

  const rows: Row[] = [];
  for (const library of LIBRARIES) rows.push({ section: 'reason chart', figure: `first render, ${library.label}`, value: ms(firstRender[library.key]) });
  rows.push({
    section: 'reason chart',
    figure: 'first render, ours / Chart.js',
    value: fmt(firstRatio),
    goal: { text: '≤ 1 (at most Chart.js)', met: firstRatio <= 1 },
  });
  for (const library of LIBRARIES) {
    rows.push({ section: 'reason chart', figure: `${options.switches} school switches, ${library.label}`, value: ms(switches[library.key]) });
  }
  rows.push({
    section: 'reason chart',
    figure: `${options.switches} switches, ours / Chart.js`,
    value: fmt(switchRatio),
    goal: { text: '≤ 1 (at most Chart.js)', met: switchRatio <= 1 },
  });
  for (const library of LIBRARIES) {
    rows.push({
      section: 'reason chart',
      figure: `one switch, ${library.label}: frame = script + style/layout + paint/rest`,
      value: `${fmt(oneSwitch[library.key].median)} = ${fmt(oneSwitchScript[library.key].median)} + ${fmt(oneSwitchStyleLayout[library.key].median)} + rest ms (medians, n=${oneSwitch[library.key].n})`,
    });
  }
  // Medians of the traced runs; each part is its own median, so they need not add up exactly.
  const splitOf = (splits: Split[], per: number) => ({
    script: summarize(splits.map((x) => x.script / per), 'ms'),
    styleLayout: summarize(splits.map((x) => x.styleLayout / per), 'ms'),
    paint: summarize(splits.map((x) => x.paint / per), 'ms'),
    other: summarize(splits.map((x) => x.other / per), 'ms'),
  });
  type Profile = { firstRender: ReturnType<typeof splitOf>; perSwitch: ReturnType<typeof splitOf> };
  const profile = Object.fromEntries(
    LIBRARIES.map((l) => [l.key, { firstRender: splitOf(traced[l.key].first, 1), perSwitch: splitOf(traced[l.key].switches, options.switches) }]),
  ) as Record<Key, Profile>;
  const splitText = (p: ReturnType<typeof splitOf>) =>
    `script ${fmt(p.script.median)}, style+layout ${fmt(p.styleLayout.median)}, paint ${fmt(p.paint.median)}, other ${fmt(p.other.median)} ms (n=${p.script.n})`;
  for (const [part, label] of [['firstRender', 'first render'], ['perSwitch', 'per switch']] as const) {
    for (const library of LIBRARIES) {
      rows.push({ section: 'reason chart', figure: `profile, ${label}, ${library.label} (main thread, traced)`, value: splitText(profile[library.key][part]) });
    }
  }
  for (const library of LIBRARIES) {
    if (late[library.key] > 0) rows.push({ section: 'reason chart', figure: `${library.label}: changes after the measured frame`, value: String(late[library.key]) });
  }

  return {
    data: {
      method: 'Each figure runs from a requestAnimationFrame callback (data set there) to a message delivered after that frame was rendered (style, layout, paint). Switches: the sum of the per-switch frame times; per switch also its script part and its style + layout part (forced right after the script, so it is measured apart; it would run in that frame anyway). Order of the libraries rotates per run.',
      size: '640 px wide (canvas peers 640 × 480)',
      switchesPerRun: options.switches,
      firstRender,
      switches,
      oneSwitch,
      oneSwitchScript,
      oneSwitchStyleLayout,
      ratios: { firstRenderOursToChartJs: firstRatio, switchesOursToChartJs: switchRatio },
      profile,
      profileMethod: `Chromium trace (devtools.timeline) of separate page loads (${tracedRuns} per library): self time of each event on the renderer main thread, grouped as DevTools does: script (function calls, microtasks, animation frame callbacks, GC; a canvas library draws here), style+layout (UpdateLayoutTree, Layout), paint (PrePaint, Paint, Layerize, Commit), other (task bookkeeping). Includes the page's own timing code, alike for every library.`,
      changesAfterMeasuredFrame: late,
    },
    rows,
  };
}
