// The melding form's send flow as one Lit reactive controller (after @lit/task): idle → sending →
// done / failed / conflict. It owns the report's idempotency key with the body first sent under
// it, and the request in flight, which it aborts when the element leaves the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey, type Case, type CaseCreate, type CaseUpdate, type ConflictError, type InvalidParam, type ThuiszittersClient } from '@thuiszitters/sdk';
import type { Locale } from '../i18n/locale.js';
import { openConflict, type ConflictState, type Side } from './conflict.js';
import type { MeldingSubmitDetail } from './events.js';
import type { FieldKey, MeldingValues } from './form-model.js';
import { classifySendError, sendReport, type FailureKind } from './submission.js';

export type SendState =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'done'; case: Case; how: 'created' | 'updated' }
  | { status: 'failed'; failure: FailureKind; detail?: string }
  | { status: 'conflict'; conflict: ConflictState };

/** One attempt to send the report. */
export interface Report {
  /** The report as it is now. */
  payload: CaseCreate;
  /** Edit mode: the case as loaded (If-Match follows its version) and what changed; null for a new report. */
  editing: Case | null;
  patch: CaseUpdate | null;
  /** The values the user started from and the values sent: a 412 compares them with the server's. */
  base: MeldingValues;
  mine: MeldingValues;
}

/** The key of a new report and the body first sent under it (kept with the draft). */
export interface ReportKey {
  idempotencyKey?: string;
  /** A retry sends exactly this again: the server may have stored it and only the answer got lost. */
  sentPayload?: CaseCreate;
}

export interface SendOptions {
  client: () => ThuiszittersClient | undefined;
  locale: () => Locale;
  /** The key is set (before any request): keep it with the draft, so a retry after a reload is the same report. */
  keep: () => void;
  /** No client (controlled mode): the host sends the report itself. */
  controlled: (detail: MeldingSubmitDetail) => void;
  /** Saved (the state is `done` already): the host drops its draft and announces the case. */
  saved: (result: Case, how: 'created' | 'updated') => void;
  /** Refused with field errors (the state is `idle` again): the host puts them on the fields. */
  invalid: (invalidParams: readonly InvalidParam[]) => Promise<void>;
  /** The outcome is on screen: move focus to its heading. */
  focus: (outcome: 'done' | 'conflict') => void;
}

export class SendController implements ReactiveController {
  private current: SendState = { status: 'idle' };
  key: ReportKey = {};
  private inFlight?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly options: SendOptions,
  ) {
    host.addController(this);
  }

  get state(): SendState {
    return this.current;
  }

  private set state(next: SendState) {
    this.current = next;
    this.host.requestUpdate();
  }

  get busy(): boolean {
    return this.current.status === 'sending';
  }

  hostDisconnected(): void {
    // A move (out and back in at once) keeps the request; leaving the page ends it. The key stays,
    // so sending again is the same report.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.inFlight?.abort();
    });
  }

  /** A restored draft brings the key and first body of its earlier attempt. */
  resume(key: ReportKey): void {
    this.key = { idempotencyKey: key.idempotencyKey, sentPayload: key.sentPayload };
  }

  /** A new report (reset, another pupil or case): ends a request in flight, forgets the key, back to idle. */
  forget(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.key = {};
    this.state = { status: 'idle' };
  }

  /** Back to editing (a refused submit, "back to the form"); the key stays. */
  edit(): void {
    if (this.current.status !== 'idle') this.state = { status: 'idle' };
  }

  /** Sends the report (or hands it to a host without a client); resolves when the outcome is on screen. */
  async submit(report: Report): Promise<void> {
    if (this.busy) return; // no double submit
    const client = this.options.client();
    const { idempotencyKey, firstBody } = this.begin(report.payload, !!report.editing, !!client);
    this.options.keep();
    const { editing, payload, patch } = report;
    if (!client) {
      this.options.controlled({ payload, idempotencyKey, caseId: editing?.id ?? null, version: editing?.version ?? null, patch });
      return;
    }
    if (editing && patch && Object.keys(patch).length === 0) return this.done(editing, 'updated'); // nothing to send
    const request = new AbortController();
    this.inFlight = request;
    this.state = { status: 'sending' };
    try {
      const result = await sendReport(client, { editing, firstBody, payload, patch, idempotencyKey }, request.signal);
      this.settle(request);
      await this.done(result, editing ? 'updated' : 'created');
    } catch (error) {
      await this.onError(error, report, client, request);
    }
  }

  /** Shows a saved case (also for a controlled host that saved it itself). */
  async done(result: Case, how: 'created' | 'updated'): Promise<void> {
    this.key = {};
    this.state = { status: 'done', case: result, how };
    this.options.saved(result, how);
    await this.host.updateComplete;
    this.options.focus('done');
  }

  /** The conflict view: the user picks a side for one field. */
  choose(key: FieldKey, side: Side): void {
    const s = this.current;
    if (s.status === 'conflict') this.state = { status: 'conflict', conflict: { ...s.conflict, choices: { ...s.conflict.choices, [key]: side } } };
  }

  /** Leaves the conflict view with the user's choices (the host merges them and sends again). */
  resolve(): ConflictState | undefined {
    const s = this.current;
    if (s.status !== 'conflict') return undefined;
    this.state = { status: 'idle' };
    return s.conflict;
  }

  /** The key and the body to send now: a retry of a new report repeats its first body. */
  private begin(payload: CaseCreate, editing: boolean, connected: boolean): { idempotencyKey: string; firstBody: CaseCreate } {
    if (!this.key.idempotencyKey) this.key = { idempotencyKey: newIdempotencyKey() };
    const firstBody = editing ? payload : (this.key.sentPayload ?? payload);
    if (!editing && connected) this.key.sentPayload = firstBody;
    return { idempotencyKey: this.key.idempotencyKey!, firstBody };
  }

  private settle(request: AbortController): void {
    if (this.inFlight === request) this.inFlight = undefined;
  }

  private async onError(error: unknown, report: Report, client: ThuiszittersClient, request: AbortController): Promise<void> {
    const outcome = classifySendError(error, !!report.editing, this.options.locale());
    if (outcome.kind === 'conflict') return this.openConflict(outcome.error, report, client, request);
    this.settle(request);
    if (outcome.kind === 'aborted') this.state = { status: 'idle' };
    else if (outcome.kind === 'invalid') {
      this.state = { status: 'idle' };
      await this.options.invalid(outcome.invalidParams);
    } else this.state = { status: 'failed', failure: outcome.failure, detail: outcome.detail };
  }

  /** A 412: the server's version (from the answer, else loaded), and per field the user's choice. */
  private async openConflict(error: ConflictError<Case>, report: Report, client: ThuiszittersClient, request: AbortController): Promise<void> {
    let server = error.current;
    if (!server && report.editing) {
      try {
        server = (await client.cases.get(report.editing.id, { signal: request.signal })) as Case;
      } catch (reloadError) {
        return this.onError(reloadError, report, client, request);
      }
    }
    this.settle(request);
    if (!server) {
      this.state = { status: 'failed', failure: 'other', detail: error.message };
      return;
    }
    this.state = { status: 'conflict', conflict: openConflict(server, report.base, report.mine) };
    await this.host.updateComplete;
    this.options.focus('conflict');
  }
}
