// Page-side timing helpers. The clock runs from the start of a frame (a requestAnimationFrame
// callback, where the work is started) to a message posted from that frame, which the browser
// delivers only after the frame's rendering steps (style, layout, paint): so a figure is the
// main-thread cost of "data in → pixels painted", without the idle wait for the next frame.

/** Resolves (with the time) after the rendering steps of the next frame. */
export function afterFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });
}

/**
 * Runs `work` at the start of a frame and resolves with the milliseconds until that frame was
 * painted. `work` may be async as long as it only awaits microtasks (Lit's updateComplete does):
 * those run before the frame's rendering steps.
 */
export function timeFrame(work: () => unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      Promise.resolve()
        .then(work)
        .then(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(0);
        }, reject);
    });
  });
}

export interface FramePhases {
  /** The whole frame: work start → painted. */
  total: number;
  /** `work` itself (for Lit: the update, up to updateComplete). */
  script: number;
  /** Style and layout, forced right after the work (they would run in this frame anyway). */
  styleLayout: number;
}

/** As timeFrame, and splits the frame into script, style + layout, and the rest (paint, composite). */
export function timeFramePhases(work: () => unknown): Promise<FramePhases> {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      Promise.resolve()
        .then(work)
        .then(() => {
          const scripted = performance.now();
          void document.body.offsetHeight; // forces style recalculation and layout now
          const laidOut = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ total: performance.now() - start, script: scripted - start, styleLayout: laidOut - scripted });
          channel.port2.postMessage(0);
        }, reject);
    });
  });
}

/**
 * Counts DOM changes under `root` during the next `frames` frames: a check that an element did
 * not finish rendering later than the frame that was measured (reported, so a figure that missed
 * work is visible).
 */
export async function lateMutations(root: Node, frames = 3): Promise<number> {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  for (let i = 0; i < frames; i++) await afterFrame();
  observer.disconnect();
  return count;
}

/** Frame intervals while scrolling the page from top to bottom by `step` CSS pixels a frame. */
export function scrollThrough(step: number, maxFrames = 2000): Promise<number[]> {
  window.scrollTo(0, 0);
  const intervals: number[] = [];
  return new Promise((resolve) => {
    let last: number | undefined;
    const tick = (time: number) => {
      if (last !== undefined) intervals.push(time - last);
      last = time;
      const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      if (bottom || intervals.length >= maxFrames) return resolve(intervals);
      window.scrollBy(0, step);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The page API the Node side calls through page.evaluate (`window.bench`). */
export function expose(api: object): void {
  (window as unknown as { bench: object }).bench = api;
  document.documentElement.dataset.benchReady = 'true';
}

function checksum(canvas: HTMLCanvasElement): number {
  const context = canvas.getContext('2d');
  if (!context) return 0;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let sum = 0;
  for (let i = 0; i < pixels.length; i += 7) sum = (sum * 31 + pixels[i]) | 0;
  return sum;
}

/** 1 when a canvas still changes in the next `frames` frames (drawing finished after the measured frame), else 0. */
export async function lateCanvas(canvas: HTMLCanvasElement | null, frames = 3): Promise<number> {
  if (!canvas) return 1;
  const before = checksum(canvas);
  for (let i = 0; i < frames; i++) await afterFrame();
  return checksum(canvas) === before ? 0 : 1;
}
