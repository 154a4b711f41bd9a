// Our <tz-case-timeline> in controlled mode (`.case` + `.events`), events generated in the page
// before the clock starts.
import '@thuiszitters/components/case-timeline.js';
import type { TzCaseTimelineElement } from '@thuiszitters/components';
import { benchCase, benchEvents } from './timeline-data.js';
import { expose, lateMutations, scrollThrough, timeFrame } from './frame.js';

const TODAY = '2026-11-20';
let timeline: TzCaseTimelineElement | undefined;

interface LongFrame {
  duration: number;
}

expose({
  /** First screen of a case with `count` events; `pageSize` events are rendered (the element's default is 50). */
  async firstScreen(count: number, pageSize?: number) {
    const host = document.getElementById('host')!;
    host.replaceChildren();
    window.scrollTo(0, 0);
    const kase = benchCase();
    const events = benchEvents(count, TODAY);
    const ms = await timeFrame(async () => {
      timeline = document.createElement('tz-case-timeline');
      timeline.lang = 'nl';
      timeline.today = TODAY;
      if (pageSize) timeline.pageSize = pageSize;
      timeline.case = kase;
      timeline.events = events;
      host.append(timeline);
      await timeline.updateComplete;
    });
    const rendered = timeline!.renderRoot.querySelectorAll('[part~="event"]').length;
    return { ms, late: await lateMutations(timeline!.renderRoot), rendered, pageHeight: document.documentElement.scrollHeight };
  },
  /** Scrolls the page top to bottom, `step` px a frame; frame intervals and long animation frames. */
  async scroll(step: number) {
    const long: LongFrame[] = [];
    let observer: PerformanceObserver | undefined;
    if (PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) {
      observer = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => ({ duration: e.duration }))));
      observer.observe({ type: 'long-animation-frame', buffered: false });
    }
    const intervals = await scrollThrough(step);
    observer?.disconnect();
    return { intervals, longAnimationFrames: observer ? long.length : null };
  },
});
