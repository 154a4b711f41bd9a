// A long case (thousands of events) opened against the running reference server: the time from
// putting <tz-case-timeline case-id> on the page to its first events on screen, as the element
// does it (newest page first, older pages in the background), and as it did before (every page,
// oldest first, then the first render), done here with the SDK and the element in controlled mode.
import '@thuiszitters/components/case-timeline.js';
import { createClient, type Case, type CaseEvent } from '@thuiszitters/sdk';
import { expose } from './frame.js';

/** Resolves at the first frame after `ready()` holds: what the user sees, not only the DOM. */
function paintedWhen(ready: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const check = () => (ready() ? requestAnimationFrame(() => resolve(performance.now())) : requestAnimationFrame(check));
    check();
  });
}

const firstEvent = (timeline: Element) => () => !!timeline.shadowRoot?.querySelector('li.event');

expose({
  async open(baseUrl: string, token: string, caseId: string, mode: 'newest-first' | 'all-pages-first') {
    const host = document.getElementById('host')!;
    host.replaceChildren();
    let requests = 0;
    const counting: typeof fetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    const started = performance.now();
    if (mode === 'newest-first') {
      const client = createClient({ baseUrl, getToken: async () => token, fetch: counting });
      const timeline = document.createElement('tz-case-timeline') as HTMLElement & { client?: unknown };
      timeline.lang = 'nl';
      timeline.client = client;
      timeline.setAttribute('case-id', caseId);
      host.append(timeline);
      const painted = await paintedWhen(firstEvent(timeline));
      // Until every older page is in (the status line goes away).
      const complete = await paintedWhen(() => !timeline.shadowRoot?.querySelector('[part="older-status"]'));
      return { firstScreenMs: painted - started, completeMs: complete - started, requests };
    }
    const client = createClient({ baseUrl, getToken: async () => token, fetch: counting });
    const [kase, events] = await Promise.all([
      client.cases.get(caseId),
      (async () => {
        const all: CaseEvent[] = [];
        for await (const event of client.events.listAll(caseId)) all.push(event);
        return all;
      })(),
    ]);
    const timeline = document.createElement('tz-case-timeline') as HTMLElement & { case?: Case; events?: CaseEvent[] };
    timeline.lang = 'nl';
    timeline.case = kase as Case;
    timeline.events = events;
    host.append(timeline);
    const painted = await paintedWhen(firstEvent(timeline));
    return { firstScreenMs: painted - started, completeMs: painted - started, requests };
  },
});
