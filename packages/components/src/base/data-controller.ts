// "Host data first, else load through the client": the two modes of every <tz-*> element, once.
// A reactive controller over @lit/task that owns the host's value, its shape check (a console
// warning naming the field, once per value), the load through the SDK client, the states an
// element renders (idle, no client, invalid, loading, error, ready) and an optimistic `set()`.
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ThuiszittersClient } from '@thuiszitters/sdk';
import { errorKind, type ErrorKind } from './errors.js';

/** What an element shows for one piece of data. */
export type DataState<T> =
  /** Nothing is asked (no id, no period, or a load that is switched off). */
  | { status: 'idle' }
  /** Connected mode, but no client yet (no provider, or its client arrives by context after the first render). */
  | { status: 'no-client' }
  /** The host's value does not fit the schema; `problem` is `field: what is wrong`. */
  | { status: 'invalid'; problem: string }
  /** A load runs; `previous` is what was on screen before it (to keep showing it). */
  | { status: 'loading'; previous?: T }
  | { status: 'error'; error: unknown; kind: ErrorKind }
  | { status: 'ready'; value: T; from: 'host' | 'client' };

export interface DataOptions<T, A extends readonly unknown[]> {
  /** The host's own value (controlled mode). Anything but undefined stops the load. */
  hostValue?: () => T | undefined;
  /** Shape check of the host's value: `field: problem`, or null when it fits. */
  check?: (value: T) => string | null;
  /** The load's arguments (besides the client); null or undefined: nothing to load now. A change reloads. */
  args: () => A | null | undefined;
  /** Loads through the client. Undefined: nothing to show yet (e.g. a load that hands over to the next one); the state stays `loading`. */
  load: (client: ThuiszittersClient, args: A, signal: AbortSignal) => Promise<T | undefined>;
}

/** What a host gives the controller: its client and its way to warn about bad host data. */
export interface DataHost extends ReactiveControllerHost {
  readonly dataClient: ThuiszittersClient | undefined;
  warnBadData(field: string, problem: string): void;
}

export class DataController<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  private readonly task: Task<readonly unknown[], T | undefined>;
  /** The value set by `set()` (optimistic update) or by the last load; cleared by `clear()`. */
  private current?: { value: T };
  private checked?: { value: unknown; problem: string | null };

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions<T, A>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => {
        if (this.hostValue !== undefined) return [undefined];
        const args = options.args();
        return args ? [host.dataClient, ...args] : [undefined];
      },
      task: async ([client, ...args], { signal }) => {
        if (!client) return initialState;
        const loaded = await options.load(client as ThuiszittersClient, args as unknown as A, signal);
        if (signal.aborted) return initialState; // a newer load (other arguments or client) took over
        this.current = loaded === undefined ? undefined : { value: loaded };
        return loaded;
      },
      // A failed load shows the error, never what an earlier load found.
      onError: () => (this.current = undefined),
    });
  }

  hostUpdate(): void {
    // The host's value is checked once per value: a wrong shape warns, naming the field.
    const value = this.hostValue;
    if (value === undefined || this.checked?.value === value) return;
    const problem = this.options.check?.(value) ?? null;
    this.checked = { value, problem };
    if (problem) {
      const at = problem.indexOf(':');
      this.host.warnBadData(at < 0 ? problem : problem.slice(0, at), at < 0 ? problem : problem.slice(at + 1).trim());
    }
  }

  private get hostValue(): T | undefined {
    return this.options.hostValue?.();
  }

  /** True while the element shows the host's value (controlled mode). */
  get controlled(): boolean {
    return this.hostValue !== undefined;
  }

  /** The value on screen: the host's (when it fits), else the loaded or optimistically set one. */
  get value(): T | undefined {
    const state = this.state;
    if (state.status === 'ready') return state.value;
    if (state.status === 'loading') return state.previous;
    return undefined;
  }

  /** The loaded (or set) value, whatever the state; undefined in controlled mode. */
  get loaded(): T | undefined {
    return this.controlled ? undefined : this.current?.value;
  }

  get state(): DataState<T> {
    const own = this.hostValue;
    if (own !== undefined) {
      const problem = this.checked?.value === own ? this.checked.problem : (this.options.check?.(own) ?? null);
      return problem ? { status: 'invalid', problem } : { status: 'ready', value: own, from: 'host' };
    }
    if (!this.options.args()) return { status: 'idle' };
    if (!this.host.dataClient) return { status: 'no-client' };
    switch (this.task.status) {
      case TaskStatus.ERROR:
        return { status: 'error', error: this.task.error, kind: errorKind(this.task.error) };
      case TaskStatus.COMPLETE:
        if (this.current) return { status: 'ready', value: this.current.value, from: 'client' };
        return { status: 'loading' };
      default:
        return { status: 'loading', ...(this.current ? { previous: this.current.value } : {}) };
    }
  }

  /** True while a load runs (not in controlled mode). */
  get pending(): boolean {
    return !this.controlled && this.task.status === TaskStatus.PENDING;
  }

  /** The raw task status, for elements that tell "never asked" from "asked and got nothing". */
  get taskStatus(): TaskStatus {
    return this.task.status;
  }

  /** Replaces the loaded value at once (an optimistic update, or the server's answer to a write). */
  set(value: T): void {
    this.current = { value };
    this.host.requestUpdate();
  }

  /** Forgets the loaded value (a load for another resource must not show the previous one). */
  clear(): void {
    this.current = undefined;
    this.host.requestUpdate();
  }

  /** Loads again with the current arguments (retry). */
  run(): Promise<void> {
    return this.task.run();
  }

  /** Resolves when the running load (if any) has settled. */
  get taskComplete(): Promise<T | undefined> {
    return this.task.taskComplete;
  }

  /** Renders by state; a state without a renderer renders nothing. */
  render<R>(renderers: { [S in DataState<T>['status']]?: (state: Extract<DataState<T>, { status: S }>) => R }): R | undefined {
    const state = this.state;
    const renderer = renderers[state.status] as ((s: DataState<T>) => R) | undefined;
    return renderer?.(state);
  }
}
