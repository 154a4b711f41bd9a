// The timers an element waits with (a search debounce, for instance), behind one seam so a test
// can run them by hand instead of waiting on the wall clock: a busy machine must not change what
// a test sees.
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
