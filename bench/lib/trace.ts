// Where a page's main thread spends its time, from a Chromium trace (Playwright's
// browser.startTracing, the categories DevTools' Performance panel records): each trace event's
// self time on the renderer's main thread, grouped as DevTools groups them.
import type { Browser, Page } from 'playwright';

export interface Split {
  /** JavaScript: functions, microtasks (Lit's updates), animation frame callbacks, GC. */
  script: number;
  /** Style recalculation and layout (including what script forced). */
  styleLayout: number;
  /** Pre-paint, paint, layerize and commit to the compositor (main thread only). */
  paint: number;
  /** Everything else on the main thread (task scheduling, parsing, idle bookkeeping). */
  other: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

const SCRIPT = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.evaluateModule',
  'RunMicrotasks',
  'FireAnimationFrame',
  'TimerFire',
  'EventDispatch',
  'v8.compile',
  'v8.compileModule',
  'V8.Execute',
  'v8.run',
  'MinorGC',
  'MajorGC',
  'BlinkGC.AtomicPhase',
]);
const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation', 'InvalidateLayout']);
const PAINT = new Set([
  'PrePaint',
  'Paint',
  'PaintImage',
  'Layerize',
  'UpdateLayer',
  'UpdateLayerTree',
  'Commit',
  'CompositeLayers',
  'PaintSetup',
  'RasterTask',
]);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Runs `work` while tracing, and returns the main-thread split in ms (`byName`: self time per event name, for profiling). */
export async function traceSplit(browser: Browser, page: Page, work: () => Promise<unknown>, byName?: Map<string, number>): Promise<Split> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let buffer: Buffer;
  try {
    await work();
  } finally {
    buffer = await browser.stopTracing();
  }
  return split(JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[], byName);
}

/** Self time of the complete ('X') events on the renderer main thread, by group. */
export function split(trace: { traceEvents: TraceEvent[] } | TraceEvent[], byName?: Map<string, number>): Split {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const result: Split = { script: 0, styleLayout: 0, paint: 0, other: 0 };
  if (!main) return result;
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // A stack of open events: each event's self time is its duration minus its direct children's.
  const stack: { event: TraceEvent; end: number; children: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const top = stack.pop()!;
      add(top.event, top.event.dur! - top.children);
    }
  };
  const add = (event: TraceEvent, self: number) => {
    // Unknown events inherit the group of the nearest known parent (e.g. a V8 detail inside FunctionCall).
    const group =
      groupOf(event.name) ??
      stack
        .map((s) => groupOf(s.event.name))
        .filter(Boolean)
        .pop() ??
      'other';
    result[group] += Math.max(self, 0) / 1000;
    if (byName) byName.set(`${group} ${event.name}`, (byName.get(`${group} ${event.name}`) ?? 0) + Math.max(self, 0) / 1000);
  };
  for (const event of onMain) {
    close(event.ts);
    if (stack.length) stack[stack.length - 1].children += event.dur!;
    stack.push({ event, end: event.ts + event.dur!, children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return result;
}

function groupOf(name: string): keyof Split | undefined {
  if (SCRIPT.has(name)) return 'script';
  if (STYLE_LAYOUT.has(name)) return 'styleLayout';
  if (PAINT.has(name)) return 'paint';
  return undefined;
}
