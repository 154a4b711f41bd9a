// Page-side timing of the two melding forms: the same scripted "user" for ours and for Shoelace.
import { afterFrame } from './frame.js';

export const TODAY = '2026-11-20';

/** Distinct first days of absence (each change must change the feedback). */
export function absenceDates(count: number): string[] {
  const dates: string[] = [];
  const start = Date.UTC(2026, 5, 1);
  for (let i = 0; i < count; i++) dates.push(new Date(start + (i % 150) * 86_400_000 + Math.floor(i / 150) * 3_600_000).toISOString().slice(0, 10));
  return dates;
}

export interface Typed {
  /** Input event dispatched → the feedback's DOM changed (MutationObserver). */
  dom: number;
  /** Input event dispatched → the frame with the new feedback painted. */
  painted: number;
}

/**
 * Types a new value into a native input the way a browser does (value, then `input` and `change`
 * events, composed so they leave shadow roots), at the start of a frame, and times it until the
 * live region `feedback` changed and until that frame was painted.
 */
export function typeAndWait(input: HTMLInputElement, value: string, feedback: Node): Promise<Typed> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`feedback did not change for ${value}`)), 5_000);
    requestAnimationFrame(() => {
      const start = performance.now();
      let dom = -1;
      const observer = new MutationObserver(() => {
        if (dom >= 0) return;
        dom = performance.now() - start;
        observer.disconnect();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          clearTimeout(timer);
          resolve({ dom, painted: performance.now() - start });
        };
        channel.port2.postMessage(0);
      });
      observer.observe(feedback, { subtree: true, childList: true, characterData: true });
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
  });
}

export interface Loaded {
  /** Navigation start → the form's first render painted. */
  firstRender: number;
  /** Navigation start → the first change painted in the live feedback (handlers attached and working). */
  interactive: number;
}

/** After the form rendered: first paint, then the first scripted change until its feedback painted. */
export async function loadTimes(input: () => HTMLInputElement, feedback: () => Node): Promise<Loaded> {
  const firstRender = await afterFrame();
  await typeAndWait(input(), '2026-08-31', feedback());
  return { firstRender, interactive: performance.now() };
}
