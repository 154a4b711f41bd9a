// Fake timers for browser tests: callbacks wait until the test runs them, so a test states what
// happens before and after a delay without depending on how fast the machine is.
import type { Timers } from '../base/timers.js';

export interface ManualTimers extends Timers {
  /** Timers set and not yet run or cleared, with their delays. */
  readonly pending: ReadonlyArray<{ ms: number }>;
  /** Runs every pending timer (as if their delays had passed). */
  runAll(): void;
}

export function manualTimers(): ManualTimers {
  let next = 1;
  const timers = new Map<number, { ms: number; callback: () => void }>();
  return {
    set(callback, ms) {
      const id = next++;
      timers.set(id, { ms, callback });
      return id;
    },
    clear(handle) {
      timers.delete(handle as number);
    },
    get pending() {
      return [...timers.values()].map(({ ms }) => ({ ms }));
    },
    runAll() {
      const due = [...timers.values()];
      timers.clear();
      for (const timer of due) timer.callback();
    },
  };
}
