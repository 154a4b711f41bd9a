// 8. A big case opens at once: a case with 2,448 events on the local reference server (PGlite),
// opened in Chromium by <tz-case-timeline case-id> (newest page first, the rest in the
// background) and, for comparison, the way it loaded before (every page oldest first, then render).
import type { Browser } from 'playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchPage } from '../lib/browser.js';
import { ms, ratio, fmt, type Row, type SectionResult } from '../lib/report.js';
import { summarize } from '../lib/stats.js';
import { json, startServer } from './server.js';

export const BIG_CASE_PAGES = [{ name: 'big-case' }];
const EVENTS = 2_448;

interface Opened {
  firstScreenMs: number;
  completeMs: number;
  requests: number;
}
type BenchWindow = Window & { bench: { open(baseUrl: string, token: string, caseId: string, mode: string): Promise<Opened> } };

export async function runBigCase(browser: Browser, pageOrigin: string, options: { runs: number }): Promise<SectionResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tz-bench-bigcase-'));
  const server = await startServer({ BENCH_DATA_DIR: dataDir, DATABASE_URL: '', BENCH_BIG_CASE: String(EVENTS), BENCH_CORS: pageOrigin });
  try {
    const { accessToken } = await json<{ accessToken: string }>(
      await fetch(`${server.origin}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'school', organisation: '12AB00', name: 'Bench' }),
      }),
    );
    const samples = { 'newest-first': [] as Opened[], 'all-pages-first': [] as Opened[] };
    for (let run = 0; run < options.runs; run++) {
      // Alternate which goes first, so a warm cache favours neither.
      const modes = run % 2 === 0 ? (['newest-first', 'all-pages-first'] as const) : (['all-pages-first', 'newest-first'] as const);
      for (const mode of modes) {
        const { page, close } = await openBenchPage(browser, pageOrigin, 'big-case');
        try {
          samples[mode].push(
            await page.evaluate(
              ([base, token, id, m]) => (window as unknown as BenchWindow).bench.open(base, token, id, m),
              [`${server.origin}/v1`, accessToken, server.bigCaseId!, mode] as const,
            ),
          );
        } finally {
          await close();
        }
      }
    }
    const ours = summarize(samples['newest-first'].map((s) => s.firstScreenMs), 'ms');
    const oursComplete = summarize(samples['newest-first'].map((s) => s.completeMs), 'ms');
    const before = summarize(samples['all-pages-first'].map((s) => s.firstScreenMs), 'ms');
    const rows: Row[] = [
      {
        section: 'big case',
        figure: `${EVENTS.toLocaleString('en')} events: first screen (newest page first)`,
        value: `${ms(ours)}, ${samples['newest-first'][0]?.requests ?? 0} requests in all`,
        goal: { text: '≤ 500 ms', met: ours.median <= 500 },
      },
      { section: 'big case', figure: `${EVENTS.toLocaleString('en')} events: every page in (background)`, value: ms(oursComplete) },
      {
        section: 'big case',
        figure: `${EVENTS.toLocaleString('en')} events: first screen as before (all pages oldest first, then render)`,
        value: `${ms(before)}, ${samples['all-pages-first'][0]?.requests ?? 0} requests`,
      },
      { section: 'big case', figure: 'first screen: before / now', value: fmt(ratio(before.median, ours.median)) },
    ];
    return {
      data: {
        method: `PGlite reference server in its own process with the demo seed plus one case of ${EVENTS} events; Chromium opens a page on another origin (CORS allowed) that puts <tz-case-timeline case-id> on it; time from insertion to the first frame showing an event; ${options.runs} runs, modes alternated.`,
        samples,
      },
      rows,
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
