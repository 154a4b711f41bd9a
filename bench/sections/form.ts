// 4. Melding form: first render and interactive (from navigation start), and typing latency
// (input event → live classification feedback updated and painted), ours against the same fields
// built with Shoelace. Interleaved: the order alternates run by run.
import type { Browser } from 'playwright';
import { openBenchPage } from '../lib/browser.js';
import { fmt, ms, ratio, type Row, type SectionResult } from '../lib/report.js';
import { summarize } from '../lib/stats.js';

const FORMS = [
  { key: 'ours', label: 'ours (tz-melding-form)', page: 'form-ours' },
  { key: 'shoelace', label: 'Shoelace', page: 'form-shoelace' },
] as const;
type Key = (typeof FORMS)[number]['key'];

export const FORM_PAGES = [
  { name: 'form-ours' },
  { name: 'form-shoelace', head: '<link rel="stylesheet" href="../shoelace/light.css">' },
];

interface Loaded {
  firstRender: number;
  interactive: number;
}
interface Typed {
  dom: number;
  painted: number;
}
type BenchWindow = Window & { bench: { loaded(): Loaded; type(count: number): Promise<Typed[]> } };

export async function runForm(browser: Browser, origin: string, options: { runs: number; keystrokes: number }): Promise<SectionResult> {
  const samples = (): Record<Key, number[]> => ({ ours: [], shoelace: [] });
  const firstRender = samples();
  const interactive = samples();
  const typedDom = samples();
  const typedPainted = samples();

  for (let run = 0; run < options.runs; run++) {
    const order = run % 2 === 0 ? FORMS : [...FORMS].reverse();
    for (const form of order) {
      const { page, close } = await openBenchPage(browser, origin, form.page);
      try {
        const loaded = await page.evaluate(() => (window as unknown as BenchWindow).bench.loaded());
        firstRender[form.key].push(loaded.firstRender);
        interactive[form.key].push(loaded.interactive);
        const typed = await page.evaluate((n) => (window as unknown as BenchWindow).bench.type(n), options.keystrokes);
        typedDom[form.key].push(...typed.map((t) => t.dom));
        typedPainted[form.key].push(...typed.map((t) => t.painted));
      } finally {
        await close();
      }
    }
  }

  const summaries = (values: Record<Key, number[]>) => ({ ours: summarize(values.ours, 'ms'), shoelace: summarize(values.shoelace, 'ms') });
  const data = {
    method:
      'Both pages: a module script (bundled and minified like production) builds the form. First render: navigation start → the frame after the form rendered was painted. Interactive: navigation start → the first scripted change of the first day of absence painted in the live feedback. Typing: at the start of a frame, the first-day-of-absence input gets a new value and `input` + `change` events; dom = until the feedback region changed (MutationObserver), painted = until that frame was painted.',
    changesPerRun: options.keystrokes,
    firstRender: summaries(firstRender),
    interactive: summaries(interactive),
    typingDom: summaries(typedDom),
    typingPainted: summaries(typedPainted),
  };
  const rows: Row[] = [];
  const add = (figure: string, values: Record<Key, ReturnType<typeof summarize>>) => {
    for (const form of FORMS) rows.push({ section: 'melding form', figure: `${figure}, ${form.label}`, value: ms(values[form.key]) });
    rows.push({ section: 'melding form', figure: `${figure}, ours / Shoelace`, value: fmt(ratio(values.ours.median, values.shoelace.median)) });
  };
  add('first render', data.firstRender);
  add('interactive', data.interactive);
  add('typing → feedback painted', data.typingPainted);
  add('typing → feedback in DOM', data.typingDom);
  return { data, rows };
}
