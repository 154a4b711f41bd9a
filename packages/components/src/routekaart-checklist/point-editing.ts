// How a point change is saved: drafts on screen, one save after the other with If-Match
// (connected) or an event for the host (controlled), a per-field merge or a conflict to resolve
// after a 412, the undo of the last change, and each point's saving/error state.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConflictError, ThuiszittersError, type RoutekaartAssessment, type RoutekaartPointUpdate, type ThuiszittersClient } from '@thuiszitters/sdk';
import { assessmentProblem, normaliseUpdate, sameUpdate, toUpdate, type PointField, type RoutekaartPoint } from './assessment-model.js';
import { conflictingFields, mergePoint, type Side } from './point-merge.js';
import type { RoutekaartMessages } from './messages.js';

export interface Conflict {
  /** The point as the user read it before editing. */
  base: RoutekaartPointUpdate;
  /** The values the user tried to save. */
  mine: RoutekaartPointUpdate;
  /** The server's assessment at the time of the 412. */
  current: RoutekaartAssessment;
  /** Fields both changed, and the user's choice for each (default: mine). */
  fields: PointField[];
  choices: Partial<Record<PointField, Side>>;
}

/** What the controller asks of the element. */
export interface PointEditingOptions {
  /** The point as saved and on screen (undefined: no assessment). */
  pointOf(n: number): RoutekaartPoint | undefined;
  /** Controlled mode: the host saves; each change is an event. */
  controlled(): boolean;
  readOnly(): boolean;
  client(): ThuiszittersClient | undefined;
  /** Connected: the assessment as last read or returned by the server, and its replacement. */
  assessment(): RoutekaartAssessment | null | undefined;
  setAssessment(assessment: RoutekaartAssessment): void;
  emitChange(n: number, update: RoutekaartPointUpdate): void;
  emitSaved(n: number, assessment: RoutekaartAssessment): void;
  /** The server refused the role (403): the element turns read-only. */
  forbidden(): void;
  announce(text: string): void;
  messages(): RoutekaartMessages;
  pointName(n: number): string;
}

const withEntry = <K, V>(map: Map<K, V>, key: K, value: V | undefined): Map<K, V> => {
  const copy = new Map(map);
  if (value === undefined) copy.delete(key);
  else copy.set(key, value);
  return copy;
};

export class PointEditing implements ReactiveController {
  drafts = new Map<number, RoutekaartPointUpdate>();
  saving = new Set<number>();
  conflicts = new Map<number, Conflict>();
  errors = new Map<number, string>();
  lastChange?: { pointNumber: number; previous: RoutekaartPointUpdate };
  lastSavedPoint?: number;
  /** Saves run one after the other, so each one sends the version the previous one returned. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: PointEditingOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  reset(): void {
    this.drafts = new Map();
    this.conflicts = new Map();
    this.errors = new Map();
    this.lastChange = undefined;
    this.lastSavedPoint = undefined;
    this.host.requestUpdate();
  }

  /** Controlled: once the host's new assessment carries a draft's values, the draft is done. */
  dropSettledDrafts(assessment: RoutekaartAssessment): void {
    if (this.drafts.size === 0) return;
    const drafts = new Map(this.drafts);
    for (const [n, draft] of drafts) {
      const point = assessment.points[n - 1];
      if (point && sameUpdate(toUpdate(point), draft)) drafts.delete(n);
    }
    this.drafts = drafts;
  }

  /** The values on screen for a point: the unsaved draft, else the saved point. */
  valuesOf(n: number): RoutekaartPointUpdate {
    const draft = this.drafts.get(n);
    if (draft) return draft;
    const point = this.options.pointOf(n);
    return point ? toUpdate(point) : { status: 'notStarted', owner: null, note: null, evidence: [] };
  }

  /** True when the values on screen differ from the saved point. */
  isDirty(n: number): boolean {
    const saved = this.options.pointOf(n);
    return saved ? !sameUpdate(toUpdate(saved), this.valuesOf(n)) : false;
  }

  setDraft(n: number, update: RoutekaartPointUpdate): void {
    this.drafts = new Map(this.drafts).set(n, update);
    this.host.requestUpdate();
  }

  /**
   * Saves one point. Controlled: emits `tz-routekaart-point-change` for the host to save.
   * Connected: `updatePoint` with `If-Match`, queued behind any save still running.
   */
  save(n: number, update: RoutekaartPointUpdate, options: { undo?: boolean } = {}): Promise<void> {
    const point = this.options.pointOf(n);
    if (!point || this.options.readOnly()) return Promise.resolve();
    this.setDraft(n, update);
    this.errors = withEntry(this.errors, n, undefined);
    if (this.options.controlled()) {
      this.lastChange = options.undo ? undefined : { pointNumber: n, previous: toUpdate(point) };
      this.options.emitChange(n, normaliseUpdate(update));
      return Promise.resolve();
    }
    this.saving = new Set(this.saving).add(n);
    const run = this.queue.then(() => this.send(n, update, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async send(n: number, update: RoutekaartPointUpdate, options: { undo?: boolean }, rebased = false): Promise<void> {
    const client = this.options.client();
    const assessment = this.options.assessment();
    if (!client || !assessment) return;
    const previous = toUpdate(assessment.points[n - 1]);
    const m = this.options.messages();
    try {
      const result = await client.routekaart.updatePoint(assessment.id, n, normaliseUpdate(update), { ifMatch: assessment.version });
      this.options.setAssessment(result);
      if (this.drafts.get(n) === update) this.drafts = withEntry(this.drafts, n, undefined);
      this.lastChange = options.undo ? undefined : { pointNumber: n, previous };
      this.lastSavedPoint = n;
      this.options.announce(options.undo ? m.undone(this.options.pointName(n)) : m.saved(this.options.pointName(n)));
      this.options.emitSaved(n, result);
    } catch (error) {
      if (error instanceof ConflictError && assessmentProblem(error.current) === null) {
        const current = error.current as RoutekaartAssessment;
        const theirs = toUpdate(current.points[n - 1]);
        const fields = conflictingFields(previous, update, theirs);
        // Nobody else touched the fields the user changed: merge per field and save on the new version.
        if (!rebased && fields.length === 0) {
          const merged = mergePoint(previous, update, theirs);
          this.options.setAssessment(current);
          if (this.drafts.get(n) === update) this.setDraft(n, merged);
          return this.send(n, merged, options, true);
        }
        this.conflicts = withEntry(this.conflicts, n, { base: previous, mine: update, current, fields, choices: {} });
        this.host.requestUpdate();
        await this.host.updateComplete;
        this.focus(`#conflict-${n}-heading`);
      } else if (error instanceof ThuiszittersError && error.status === 403) {
        this.drafts = withEntry(this.drafts, n, undefined);
        this.lastChange = undefined;
        this.options.forbidden();
      } else {
        this.errors = withEntry(this.errors, n, m.saveFailed(this.options.pointName(n)));
      }
    } finally {
      const saving = new Set(this.saving);
      saving.delete(n);
      this.saving = saving;
      this.host.requestUpdate();
    }
  }

  /** Saves the user's changes on top of the other version, with the chosen side per conflicting field. */
  keepMine(n: number): void {
    const conflict = this.conflicts.get(n);
    if (!conflict) return;
    const merged = mergePoint(conflict.base, conflict.mine, toUpdate(conflict.current.points[n - 1]), conflict.choices);
    this.options.setAssessment(conflict.current);
    this.conflicts = withEntry(this.conflicts, n, undefined);
    void this.save(n, merged).then(() => this.focus(`#point-${n}-heading`));
  }

  choose(n: number, field: PointField, side: Side): void {
    const conflict = this.conflicts.get(n);
    if (!conflict) return;
    this.conflicts = withEntry(this.conflicts, n, { ...conflict, choices: { ...conflict.choices, [field]: side } });
    this.host.requestUpdate();
  }

  async takeTheirs(n: number): Promise<void> {
    const conflict = this.conflicts.get(n);
    if (!conflict) return;
    this.options.setAssessment(conflict.current);
    this.conflicts = withEntry(this.conflicts, n, undefined);
    this.drafts = withEntry(this.drafts, n, undefined);
    this.lastChange = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focus(`#point-${n}-heading`);
  }

  async undo(): Promise<void> {
    const change = this.lastChange;
    if (!change) return;
    this.lastChange = undefined;
    await this.save(change.pointNumber, change.previous, { undo: true });
    if (this.options.controlled()) this.options.announce(this.options.messages().undone(this.options.pointName(change.pointNumber)));
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focus(`#point-${change.pointNumber}-heading`);
  }

  focus(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
