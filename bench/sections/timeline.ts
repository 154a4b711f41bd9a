// 3. Case timeline: first screen for 100, 2,000 and 10,000 events, and frames dropped while a
// script scrolls the page through the list.
import type { Browser } from 'playwright';
import { openBenchPage } from '../lib/browser.js';
import { fmt, ms, ratio, type Row, type SectionResult } from '../lib/report.js';
import { summarize } from '../lib/stats.js';

export const TIMELINE_PAGES = [{ name: 'timeline-ours' }];

const COUNTS = [100, 2_000, 10_000] as const;
const FRAME_MS = 1000 / 60;
/** An interval this much longer than a frame means at least one frame was not drawn. */
const DROPPED_AFTER = 1.5 * FRAME_MS;

interface FirstScreen {
  ms: number;
  late: number;
  rendered: number;
  pageHeight: number;
}
interface Scrolled {
  intervals: number[];
  longAnimationFrames: number | null;
}
type BenchWindow = Window & { bench: { firstScreen(count: number, pageSize?: number): Promise<FirstScreen>; scroll(step: number): Promise<Scrolled> } };

/** Frames that should have been drawn but were not, from the rAF intervals. */
export function droppedFrames(intervals: readonly number[]): number {
  return intervals.filter((i) => i > DROPPED_AFTER).reduce((sum, i) => sum + Math.max(1, Math.round(i / FRAME_MS) - 1), 0);
}

interface ScrollCase {
  label: string;
  count: number;
  pageSize?: number;
  /** CSS pixels scrolled per frame. */
  step: number;
}

export async function runTimeline(browser: Browser, origin: string, options: { runs: number; scrollStep: number }): Promise<SectionResult> {
  const first = new Map<number, number[]>(COUNTS.map((c) => [c, []]));
  const rendered = new Map<number, number>();
  const scrollCases: ScrollCase[] = [
    { label: `10,000 events, first page (50), ${options.scrollStep} px/frame`, count: 10_000, step: options.scrollStep },
    // A long list (the host raised page-size): scrolled twice as fast to keep the run short.
    { label: `10,000 events, 500 shown (page-size 500), ${options.scrollStep * 2} px/frame`, count: 10_000, pageSize: 500, step: options.scrollStep * 2 },
  ];
  const scroll = scrollCases.map(() => ({ dropped: [] as number[], frames: [] as number[], longest: [] as number[], loaf: [] as number[], heights: [] as number[] }));
  let late = 0;

  for (let run = 0; run < options.runs; run++) {
    const order = COUNTS.map((_, i) => COUNTS[(i + run) % COUNTS.length]);
    const { page, close } = await openBenchPage(browser, origin, 'timeline-ours');
    try {
      for (const count of order) {
        const result = await page.evaluate((n) => (window as unknown as BenchWindow).bench.firstScreen(n), count);
        first.get(count)!.push(result.ms);
        rendered.set(count, result.rendered);
        late += result.late;
      }
      for (const [i, scrollCase] of scrollCases.entries()) {
        const screen = await page.evaluate(([n, size]) => (window as unknown as BenchWindow).bench.firstScreen(n, size), [scrollCase.count, scrollCase.pageSize] as const);
        const scrolled = await page.evaluate((step) => (window as unknown as BenchWindow).bench.scroll(step), scrollCase.step);
        scroll[i].dropped.push(droppedFrames(scrolled.intervals));
        scroll[i].frames.push(scrolled.intervals.length);
        scroll[i].longest.push(Math.max(0, ...scrolled.intervals));
        scroll[i].heights.push(screen.pageHeight);
        if (scrolled.longAnimationFrames !== null) scroll[i].loaf.push(scrolled.longAnimationFrames);
      }
    } finally {
      await close();
    }
  }

  const firstScreen = Object.fromEntries(COUNTS.map((c) => [c, summarize(first.get(c)!, 'ms')]));
  const growth = ratio(firstScreen[10_000].median, firstScreen[100].median);
  const rows: Row[] = COUNTS.map((c) => ({
    section: 'case timeline',
    figure: `first screen, ${c.toLocaleString('en')} events (${rendered.get(c)} rendered)`,
    value: ms(firstScreen[c]),
  }));
  rows.push({ section: 'case timeline', figure: 'first screen, 10,000 / 100 events', value: fmt(growth), goal: { text: '≤ 2', met: growth <= 2 } });
  const scrollData = scrollCases.map((scrollCase, i) => {
    const data = {
      case: scrollCase.label,
      droppedFrames: summarize(scroll[i].dropped, 'frames'),
      framesScrolled: summarize(scroll[i].frames, 'frames'),
      longestFrame: summarize(scroll[i].longest, 'ms'),
      longAnimationFrames: summarize(scroll[i].loaf, 'entries'),
      pageHeight: summarize(scroll[i].heights, 'px'),
    };
    const row: Row = {
      section: 'case timeline',
      figure: `dropped frames scrolling ${scrollCase.label}, ${fmt(data.framesScrolled.median)} frames`,
      value: ms(data.droppedFrames),
    };
    // The goal is about the list as the element shows it; the long list is a stress case beside it.
    if (i === 0) row.goal = { text: '0 in every run', met: data.droppedFrames.max === 0 };
    rows.push(row);
    rows.push({ section: 'case timeline', figure: `longest frame scrolling ${scrollCase.label}`, value: ms(data.longestFrame) });
    return data;
  });
  if (late > 0) rows.push({ section: 'case timeline', figure: 'changes after the measured frame', value: String(late) });

  return {
    data: {
      method: `First screen: from a requestAnimationFrame callback (element created, .case/.events set, appended) to after that frame was painted. Scroll: window.scrollBy(step) every frame from top to bottom (step per case in its label); a frame interval over ${fmt(DROPPED_AFTER)} ms counts round(interval / 16.7 ms) - 1 dropped frames (at least 1); long-animation-frame entries counted beside.`,
      firstScreen,
      renderedEvents: Object.fromEntries(rendered),
      ratio10000To100: growth,
      scroll: scrollData,
      changesAfterMeasuredFrame: late,
    },
    rows,
  };
}
