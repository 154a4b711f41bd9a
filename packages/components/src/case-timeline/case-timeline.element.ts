import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import {
  EVENT_TYPES,
  deriveCase,
  type CaseFacts,
  type DerivedClassification,
  type DerivationProfile,
} from '@thuiszitters/domain';
import type { Case, CaseEvent, InvalidParam } from '@thuiszitters/sdk';
import { errorKind, errorText, statusOf } from '../base/errors.js';
import { TzElement } from '../base/tz-element.js';
import { realTimers, type Timers } from '../base/timers.js';
import { referenceDataContext, type ReferenceData } from '../context/contexts.js';
import { formatDate, formatNumber } from '../i18n/locale.js';
import { buttonStyles, stateStyles } from '../styles/shared.styles.js';
import { AddEventFormController } from './add-event-form.js';
import { ReopenController } from './reopen-control.js';
import { reopenMessages } from './reopen-messages.js';
import { reopenStyles } from './reopen.styles.js';
import { renderHeader, type HeaderCase } from './case-header.js';
import { timelineStyles } from './case-timeline.styles.js';
import { formStyles } from '../form/form.styles.js';
import { csvSeparator, toCsv } from '../shared/csv.js';
import { resolveToday } from '../shared/period.js';
import { downloadCsv } from '../shared/download.js';
import { eventIcon } from './event-icons.js';
import { renderDetails, type DetailContext } from './event-details.js';
import type { EventPayload } from './event-draft.js';
import { isDefaultSummary, labelOf } from './labels.js';
import { messages, type CaseTimelineMessages } from './messages.js';
import { printElement } from '../base/print-scope.js';
import {
  NO_FILTER,
  buildEntries,
  checkCase,
  checkEvents,
  distinct,
  filterEntries,
  groupByMonth,
  orderEntries,
  withDerivedEvents,
  type DataProblem,
  type Order,
  type TimelineEntry,
  type TimelineEvent,
  type TimelineFilter,
} from './timeline-model.js';

/** Detail of `tz-event-add` (controlled mode): the new event for the host to store. */
export interface CaseTimelineAddDetail {
  caseId: string;
  event: EventPayload;
  /** Send it as `Idempotency-Key` when the host posts the event itself. */
  idempotencyKey: string;
}
/** Detail of `tz-event-added` (connected mode): the event as the server stored it. */
export interface CaseTimelineAddedDetail {
  event: CaseEvent;
}
/** Detail of `tz-case-reopen` (controlled mode): the user confirmed reopening this closed case. */
export interface CaseTimelineReopenDetail {
  caseId: string;
  /** Send it as `If-Match` when the host reopens the case itself. */
  version: number;
}
/** Detail of `tz-case-reopened` (connected mode): the case as the server reopened it. */
export interface CaseTimelineReopenedDetail {
  case: Case;
}
/** Detail of `tz-event-add-error` (connected mode): the event was not stored and is rolled back. */
export interface CaseTimelineAddErrorDetail {
  event: EventPayload;
  error: unknown;
}

const SEARCH_DEBOUNCE_MS = 250;

/** Events per request: the contract's maximum, so a long case needs as few requests as possible. */
const EVENT_PAGE = 100;

/** `events` plus those of `more` it does not hold yet (by id). */
function mergeEvents(events: TimelineEvent[], more: TimelineEvent[]): TimelineEvent[] {
  const known = new Set(events.map((e) => e.id));
  return [...events, ...more.filter((e) => !known.has(e.id))];
}

interface View {
  all: TimelineEntry[];
  filtered: TimelineEntry[];
  ordered: TimelineEntry[];
}

/**
 * The story of one case: who has the lead, how close the 3-month norm is, and every event
 * (recorded and derived) grouped by month, with filters, search, CSV export, print and a form
 * to add an event.
 *
 * Connected: set `case-id` under a `<tz-provider>` (or with `.client`). Controlled: set `.case`
 * and `.events` and listen to `tz-event-add`.
 *
 * @element tz-case-timeline
 * @fires tz-event-add - Controlled mode: the user added a valid event; `detail` is `{ caseId, event, idempotencyKey }`. The host stores it and updates `.events`.
 * @fires tz-event-added - Connected mode: the server stored the event; `detail.event` is the stored `CaseEvent`.
 * @fires tz-event-add-error - Connected mode: storing failed and the optimistic line was removed; `detail` is `{ event, error }`.
 * @fires tz-case-reopen - Controlled mode: the user confirmed reopening the closed case; `detail` is `{ caseId, version }`. The host reopens it and updates `.case` and `.events`.
 * @fires tz-case-reopened - Connected mode: the server reopened the case; `detail.case` is the reopened `Case`.
 * @cssprop --tz-case-timeline-norm-running-color - Bar colour while the norm runs (default: accent).
 * @cssprop --tz-case-timeline-norm-almost-out-color - Bar colour when fewer than 14 days are left (default: warning).
 * @cssprop --tz-case-timeline-norm-exceeded-color - Bar colour when the norm is exceeded (default: danger).
 * @cssprop --tz-case-timeline-norm-met-color - Bar colour when the norm is met (default: success).
 * @cssprop --tz-case-timeline-bar-height - Height of the norm bar (default 0.75em).
 * @cssprop --tz-case-timeline-line-color - Rule under the month headings.
 * @cssprop --tz-case-timeline-derived-surface - Background of derived events.
 * @csspart header - The case at a glance.
 * @csspart norm - The 3-month norm block (also `norm-running`, `norm-almostOut`, `norm-exceeded`, `norm-met`).
 * @csspart norm-bar - The progress bar of the norm.
 * @csspart filters - The filter and search controls.
 * @csspart list - Each month's list of events.
 * @csspart older-status - Connected mode, a long case: says that older events are still loading (or failed, with a retry).
 * @csspart event - One event.
 * @csspart add-form - The add-event form.
 * @csspart reopen - The reopen button of a closed case, its confirmation and its result (with `can-add`).
 * @csspart error-summary - The error summary of the form.
 */
export class TzCaseTimelineElement extends TzElement {
  static override styles = [...TzElement.styles, buttonStyles, stateStyles, formStyles, timelineStyles, reopenStyles];

  /** @internal The search debounce's timers; tests run them by hand. */
  static timers: Timers = realTimers;

  /** Id of the case to load (connected mode). */
  @property({ attribute: 'case-id' }) caseId = '';

  /** The case (controlled mode). */
  @property({ attribute: false }) case?: Case;

  /** The events of the case, any order (controlled mode). Derived moments are computed when absent. */
  @property({ attribute: false }) events?: CaseEvent[];

  /** The date to evaluate on (`YYYY-MM-DD`); default today in Europe/Amsterdam. For tests and reports. */
  @property() today = '';

  /** Show the add-event form and, on a closed case, the reopen button (set when the user's role may write; a 403 hides the form again). */
  @property({ type: Boolean, attribute: 'can-add' }) canAdd = false;

  /** `newest` (default) or `oldest` first. */
  @property({ reflect: true }) order: Order = 'newest';

  /** Events rendered at first and added per "show more": keeps a 2,000-event case fast. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @consume({ context: referenceDataContext, subscribe: true })
  @state()
  protected referenceData?: ReferenceData;

  @state() private filter: TimelineFilter = NO_FILTER;
  /** The search box's text; a plain field on purpose: typing must not re-render (see onSearchInput). */
  private searchText = '';
  @state() private shown = 0;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private printing = false;
  @state() private addOk = '';
  @state() private addFailure = '';
  @state() private addForbidden = false;
  @state() private pendingIds: ReadonlySet<string> = new Set();
  /** Connected mode: the loaded events, updated optimistically on add. */
  @state() private loadedEvents?: TimelineEvent[];
  /** Connected mode: older pages still to fetch after the newest one is shown. */
  @state() private older: 'done' | 'loading' | 'failed' = 'done';
  private olderCursor: string | null = null;
  private olderLoad?: Promise<void>;
  /** The signal of the load that fetched the newest page: a retry stops with it too. */
  private olderSignal?: AbortSignal;

  private searchTimer?: unknown;
  private focusAfterUpdate?: string;
  private warned?: unknown;
  private memo?: { inputs: unknown[]; view: View };
  private printQuery?: MediaQueryList;

  private readonly reopen = new ReopenController(this, () => this.reopenCase());

  private readonly form = new AddEventFormController(
    this,
    () => this.todayIso,
    (payload, key) => this.submitEvent(payload, key),
  );

  // A long case (thousands of events) shows its newest page after one request; the older pages
  // follow in the background, newest first, while the user reads.
  private readonly caseData = this.useData({
    args: () => (this.connected ? ([this.caseId] as const) : null),
    load: async (client, [caseId], signal) => {
      this.caseData.clear();
      this.loadedEvents = undefined;
      this.older = 'done';
      const [found, newest] = await Promise.all([
        client.cases.get(caseId, { signal }),
        client.events.list(caseId, { order: 'newest', limit: EVENT_PAGE }, { signal }),
      ]);
      if (signal.aborted) return undefined; // a newer load (other case or client) took over
      this.loadedEvents = newest.items as TimelineEvent[];
      this.addForbidden = false;
      this.olderCursor = newest.nextCursor ?? null;
      this.olderSignal = signal;
      if (this.olderCursor) this.olderLoad = this.loadOlder(client, caseId, signal);
      return found as Case;
    },
  });

  /** Connected mode: the loaded case, updated optimistically on add. */
  private get loadedCase(): Case | undefined {
    return this.caseData.loaded;
  }

  private set loadedCase(loaded: Case) {
    this.caseData.set(loaded);
  }

  private async loadOlder(client: NonNullable<typeof this.activeClient>, caseId: string, signal: AbortSignal): Promise<void> {
    this.older = 'loading';
    try {
      while (this.olderCursor && !signal.aborted) {
        const page = await client.events.list(caseId, { order: 'newest', limit: EVENT_PAGE, cursor: this.olderCursor }, { signal });
        if (signal.aborted) return;
        this.loadedEvents = mergeEvents(this.loadedEvents ?? [], page.items as TimelineEvent[]);
        this.olderCursor = page.nextCursor ?? null;
      }
      if (!signal.aborted) this.older = 'done';
    } catch {
      // What is loaded stays; the user can try the rest again (from the same cursor).
      if (!signal.aborted) this.older = 'failed';
    }
  }

  private retryOlder(): void {
    const client = this.activeClient;
    if (!client || !this.olderCursor || !this.olderSignal) return;
    this.olderLoad = this.loadOlder(client, this.caseId, this.olderSignal);
  }

  private get todayIso(): string {
    return resolveToday(this.today);
  }

  private get connected(): boolean {
    return this.caseId !== '';
  }

  private get profile(): Partial<DerivationProfile> {
    const p = this.referenceData?.profile;
    return p ? { lrvThresholdDays: p.lrvThresholdDays, normMonths: p.normMonths, almostOutDays: p.almostOutDays } : {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.printQuery = window.matchMedia?.('print');
    this.printQuery?.addEventListener('change', this.onPrintChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printQuery?.removeEventListener('change', this.onPrintChange);
    if (this.searchTimer !== undefined) TzCaseTimelineElement.timers.clear(this.searchTimer);
  }

  // Printing renders the whole case with every detail open; the print stylesheet hides controls.
  private readonly onBeforePrint = () => (this.printing = true);
  private readonly onAfterPrint = () => (this.printing = false);
  private readonly onPrintChange = (e: MediaQueryListEvent) => (this.printing = e.matches);

  override willUpdate(changed: PropertyValues<this>): void {
    // A new case starts clean; a new version of the same case (host updated .case) keeps the view.
    const previousCase = changed.get('case') as { id?: string } | undefined;
    const otherCase = changed.has('case') && previousCase?.id !== (this.case as { id?: string } | undefined)?.id;
    if (changed.has('caseId') || otherCase) {
      this.filter = NO_FILTER;
      this.searchText = '';
      this.expanded = new Set();
      this.shown = 0;
      this.addOk = '';
      this.addFailure = '';
      this.reopen.reset();
    }
    if (changed.has('case') && !this.connected) this.addForbidden = false;
  }

  override async firstUpdated(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    if (this.connected && !this.activeClient) {
      this.warnBadData('client', 'case-id is set but there is no client: place the element in a <tz-provider base-url> or set .client');
    }
  }

  override updated(): void {
    if (this.focusAfterUpdate) {
      const el =
        this.focusAfterUpdate === 'add-forbidden'
          ? this.renderRoot.querySelector<HTMLElement>('#tz-add-forbidden')
          : this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(this.focusAfterUpdate)}"]`);
      this.focusAfterUpdate = undefined;
      el?.focus();
    }
  }

  /** Reloads case and events (connected mode). */
  reload(): void {
    void this.caseData.run();
  }

  // ── data ──────────────────────────────────────────────────────────────────

  private currentData(): { case: Case; events: TimelineEvent[] } | { problem: DataProblem } | null {
    if (this.connected) {
      if (!this.loadedCase) return null;
      return { case: this.loadedCase, events: this.loadedEvents ?? [] };
    }
    if (this.case === undefined && this.events === undefined) return null;
    const problem = checkCase(this.case) ?? checkEvents(this.events ?? []);
    if (problem) {
      // Once per wrong value (a case alone, without events, warns too).
      const culprit = problem.field.startsWith('events') ? this.events : this.case;
      if (this.warned !== culprit) {
        this.warned = culprit;
        this.warnBadData(problem.field, problem.problem);
      }
      return { problem };
    }
    return { case: this.case as Case, events: (this.events ?? []) as TimelineEvent[] };
  }

  private derive(c: Case): DerivedClassification | null {
    try {
      return deriveCase(c as unknown as CaseFacts, this.profile, this.todayIso);
    } catch {
      return ((c as { derived?: DerivedClassification }).derived ?? null) as DerivedClassification | null;
    }
  }

  /** The summary as shown and searched: a default (label-only) summary in the user's language. */
  private summaryOf(entry: TimelineEntry): string {
    const { summary, type } = entry.event;
    return isDefaultSummary(summary, type) ? labelOf('eventType', type, this.locale) : (summary as string);
  }

  private view(c: Case, events: TimelineEvent[]): View {
    const inputs = [c, events, this.todayIso, this.referenceData?.profile, this.pendingIds, this.filter, this.order, this.locale];
    if (this.memo && this.memo.inputs.every((v, i) => v === inputs[i])) return this.memo.view;
    const merged = withDerivedEvents(events, c as unknown as CaseFacts, this.profile, this.todayIso);
    const all = buildEntries(merged, this.pendingIds);
    const filtered = filterEntries(all, this.filter, (e) => this.summaryOf(e));
    const ordered = orderEntries(filtered, this.order);
    const view = { all, filtered, ordered };
    this.memo = { inputs, view };
    return view;
  }

  // ── adding ────────────────────────────────────────────────────────────────

  private async submitEvent(payload: EventPayload, idempotencyKey: string): Promise<boolean> {
    const m = this.messagesOf(messages);
    const typeLabel = labelOf('eventType', payload.type, this.locale);
    this.addOk = '';
    this.addFailure = '';
    if (!this.connected) {
      const caseId = (this.case as { id?: string } | undefined)?.id ?? '';
      this.emit('tz-event-add', { caseId, event: payload, idempotencyKey });
      this.addOk = m.added(typeLabel);
      return true;
    }
    const client = this.activeClient;
    const current = this.loadedCase;
    if (!client || !current) return false;
    // Optimistic: the line appears at once, marked as being saved, and goes away if saving fails.
    const tempId = `pending-${idempotencyKey}`;
    const temp: TimelineEvent = {
      id: tempId,
      type: payload.type,
      occurredOn: payload.occurredOn,
      recordedAt: new Date().toISOString(),
      actor: null,
      summary: payload.summary ?? null,
      data: payload.data,
      derived: false,
    };
    this.loadedEvents = [...(this.loadedEvents ?? []), temp];
    this.pendingIds = new Set([...this.pendingIds, tempId]);
    const withoutTemp = () => {
      this.loadedEvents = (this.loadedEvents ?? []).filter((e) => e.id !== tempId);
      const next = new Set(this.pendingIds);
      next.delete(tempId);
      this.pendingIds = next;
    };
    try {
      if (payload.type === 'caseClosed') {
        const closed = await client.cases.close(
          current.id,
          { closedOn: payload.occurredOn, reason: payload.data.reason, ...(payload.summary ? { note: payload.summary } : {}) } as never,
          { ifMatch: current.version },
        );
        // The server records the caseClosed event itself: fetch the newest page for it.
        const newest = await client.events.list(current.id, { order: 'newest', limit: EVENT_PAGE });
        withoutTemp();
        this.loadedEvents = mergeEvents(this.loadedEvents ?? [], newest.items as TimelineEvent[]);
        this.loadedCase = closed as Case;
      } else {
        const saved = (await client.events.add(current.id, payload as never, { idempotencyKey })) as CaseEvent;
        withoutTemp();
        this.loadedEvents = [...(this.loadedEvents ?? []), saved as TimelineEvent];
        this.emit('tz-event-added', { event: saved });
        // Lead and offer events change the case (and so the header and the norm).
        if (['leadAssigned', 'leadChanged', 'offerMade'].includes(payload.type)) {
          this.loadedCase = (await client.cases.get(current.id)) as Case;
        }
      }
      this.addOk = m.added(typeLabel);
      return true;
    } catch (error) {
      withoutTemp();
      const status = statusOf(error);
      if (status === 403) {
        // The form goes away; if focus was in it, the message takes it (else it would fall to <body>).
        if ((this.renderRoot as ShadowRoot).activeElement?.closest('.add')) this.focusAfterUpdate = 'add-forbidden';
        this.addForbidden = true;
        this.addFailure = m.addForbidden;
      } else if (status === 400 || status === 422) {
        this.addFailure = m.addInvalid;
        void this.form.showServerErrors((error as { problem?: { invalidParams?: InvalidParam[] } }).problem?.invalidParams ?? []);
      } else {
        this.addFailure = m.addFailed(typeLabel);
      }
      this.emit('tz-event-add-error', { event: payload, error });
      return false;
    }
  }

  // ── reopening ─────────────────────────────────────────────────────────────

  private async reopenCase(): Promise<{ ok: boolean; message: string }> {
    const rm = this.messagesOf(reopenMessages);
    if (!this.connected) {
      const c = this.case as { id?: string; version?: number; pupilRef?: string } | undefined;
      this.emit('tz-case-reopen', { caseId: c?.id ?? '', version: c?.version ?? 0 });
      return { ok: true, message: rm.reopenRequested };
    }
    const client = this.activeClient;
    const current = this.loadedCase;
    if (!client || !current) return { ok: false, message: rm.reopenFailed };
    try {
      const reopened = (await client.cases.reopen(current.id, { ifMatch: current.version })) as Case;
      // The server records caseReopened itself: fetch the newest page for it.
      const newest = await client.events.list(current.id, { order: 'newest', limit: EVENT_PAGE });
      this.loadedEvents = mergeEvents(this.loadedEvents ?? [], newest.items as TimelineEvent[]);
      this.loadedCase = reopened;
      this.emit('tz-case-reopened', { case: reopened });
      return { ok: true, message: rm.reopened(reopened.pupilRef ?? '') };
    } catch (error) {
      const status = statusOf(error);
      if (status === 403) return { ok: false, message: rm.reopenForbidden };
      if (status === 412 || status === 409) {
        // Someone else changed (or already reopened) the case: show what is there now.
        try {
          this.loadedCase = (await client.cases.get(current.id)) as Case;
        } catch {
          // The message below still says what happened; the old view stays.
        }
        return { ok: false, message: rm.reopenStale };
      }
      return { ok: false, message: rm.reopenFailed };
    }
  }

  // ── user actions ──────────────────────────────────────────────────────────

  private setFilter(patch: Partial<TimelineFilter>): void {
    this.filter = { ...this.filter, ...patch };
    this.shown = 0;
  }

  private onSearchInput(e: Event): void {
    this.searchText = (e.target as HTMLInputElement).value;
    // Filter after a pause in typing, not on every key: one re-render per search, not per letter.
    const timers = TzCaseTimelineElement.timers;
    if (this.searchTimer !== undefined) timers.clear(this.searchTimer);
    this.searchTimer = timers.set(() => this.setFilter({ query: this.searchText }), SEARCH_DEBOUNCE_MS);
  }

  private toggle(key: string): void {
    const next = new Set(this.expanded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.expanded = next;
  }

  /** The page size, guarded against a host's 0, negative or non-numeric `page-size`. */
  private get page(): number {
    return Number.isFinite(this.pageSize) && this.pageSize >= 1 ? Math.floor(this.pageSize) : 50;
  }

  private showMore(ordered: TimelineEntry[]): void {
    const from = this.shown || this.page;
    this.shown = from + this.page;
    // Focus the first newly shown event, so keyboard and screen-reader users continue there.
    this.focusAfterUpdate = ordered[from]?.key;
  }

  private exportCsv(c: Case): void {
    // Never a partial file: while older events of a long case are still coming, export once they are in.
    if (this.older === 'loading' && this.olderLoad) {
      void this.olderLoad.then(() => this.exportCsv(c));
      return;
    }
    const view = this.view(c, this.loadedEvents ?? (this.events as TimelineEvent[] | undefined) ?? []);
    const m = this.messagesOf(messages);
    const locale = this.locale;
    const header = [m.fieldOccurredOn, m.fieldType, m.derived, m.filterParty, m.recordedBy, m.fieldSummary];
    const rows = view.ordered.map((e) => [
      e.event.occurredOn,
      labelOf('eventType', e.event.type, locale),
      e.derived ? m.yes : m.no,
      this.partyText(e),
      e.event.actor?.name ?? '',
      this.summaryOf(e),
    ]);
    const ref = ((c as { pupilRef?: string }).pupilRef ?? 'casus').replace(/[^A-Za-z0-9._-]/g, '_');
    downloadCsv(toCsv([header, ...rows], csvSeparator(locale)), `${locale === 'nl' ? 'tijdlijn' : 'timeline'}-${ref}-${this.todayIso}.csv`, this.renderRoot);
  }

  // ── rendering ─────────────────────────────────────────────────────────────

  private partyLabel(party: string): string {
    const m = this.messagesOf(messages);
    return party === 'system' || party === 'derived' ? m.derivedParty : labelOf('role', party, this.locale);
  }

  private partyText(entry: TimelineEntry): string {
    const m = this.messagesOf(messages);
    if (entry.derived) return m.derivedWho;
    const actor = entry.event.actor;
    if (!actor) return '';
    const org = this.organisationName(actor.organisation ?? '');
    return [labelOf('role', actor.role, this.locale), org].filter(Boolean).join(', ');
  }

  /** A school code becomes the school's name when the provider loaded the schools. */
  private organisationName(code: string): string {
    const school = this.referenceData?.schools.find((s) => `${s.brin}${s.vestiging}` === code);
    return school ? `${school.name} (${code})` : code;
  }

  override render() {
    const m = this.messagesOf(messages);
    if (this.connected) {
      // Often only for a moment (a provider's client arrives by context after the first render),
      // so this state is not announced; firstUpdated() warns in the console when it stays.
      const state = this.caseData.state;
      if (state.status === 'no-client') return this.renderState(m.noClientTitle, m.noClientText, false, undefined, true);
      if (state.status === 'error') return this.renderError(state.error, m);
      if (!this.loadedCase) return this.renderLoading(m);
    }
    const data = this.currentData();
    if (data === null) return this.renderState(m.noCaseTitle, m.noCaseText);
    if ('problem' in data) return this.renderState(m.badDataTitle, m.badDataText, true);
    return this.renderTimeline(data.case, data.events, m);
  }

  private renderState(title: string, text: string, error = false, action?: TemplateResult, quiet = false): TemplateResult {
    return html`<div class="state ${error ? 'error' : ''}" part="state" role=${quiet ? nothing : error ? 'alert' : 'status'}>
      <p class="state-title">${title}</p>
      <p>${text}</p>
      ${action ?? nothing}
    </div>`;
  }

  private renderError(error: unknown, m: CaseTimelineMessages): TemplateResult {
    const kind = errorKind(error);
    if (kind === 'forbidden') return this.renderState(m.forbiddenTitle, m.forbiddenText, true);
    if (kind === 'notFound') return this.renderState(m.notFoundTitle, m.notFoundText, true);
    return this.renderState(
      m.errorTitle,
      errorText(error, this.locale, { generic: m.errorText }),
      true,
      html`<button class="button" type="button" @click=${() => this.reload()}>${m.retry}</button>`,
    );
  }

  private renderLoading(m: CaseTimelineMessages): TemplateResult {
    return html`<div class="loading" part="loading" aria-busy="true">
      <p class="visually-hidden" role="status">${m.loading}</p>
      <div class="skeleton skeleton-block"></div>
      <div class="skeleton skeleton-line"></div>
      <div class="skeleton skeleton-line"></div>
      <div class="skeleton skeleton-block"></div>
    </div>`;
  }

  private renderTimeline(c: Case, events: TimelineEvent[], m: CaseTimelineMessages): TemplateResult {
    const locale = this.locale;
    const derived = this.derive(c);
    const view = this.view(c, events);
    const showForm = this.canAdd && !this.addForbidden;
    return html`<div class="wrap">
      ${renderHeader(c as HeaderCase, derived, m, locale)}
      ${this.canAdd && !this.addForbidden ? this.reopen.render((c as HeaderCase).status === 'closed', (c as HeaderCase).pupilRef ?? '', this.messagesOf(reopenMessages)) : nothing}
      <section class="timeline" aria-labelledby="tz-events-heading">
        <h2 id="tz-events-heading">${m.eventsHeading}</h2>
        ${view.all.length === 0
          ? this.renderState(m.emptyTitle, m.emptyText)
          : html`${this.renderToolbar(view, c, m)} ${this.renderList(view, c, derived, m)}`}
      </section>
      ${showForm
        ? this.form.render(m, locale, this.addOk, this.addFailure)
        : this.addForbidden
          ? html`<p class="add-failure" id="tz-add-forbidden" tabindex="-1" role="alert">${this.addFailure || m.addForbidden}</p>`
          : nothing}
    </div>`;
  }

  private renderToolbar(view: View, c: Case, m: CaseTimelineMessages): TemplateResult {
    const locale = this.locale;
    const types = distinct(view.all, (e) => e.event.type).sort(
      (a, b) => EVENT_TYPES.indexOf(a as never) - EVENT_TYPES.indexOf(b as never),
    );
    const parties = distinct(view.all, (e) => e.party);
    return html`<div class="toolbar">
      <fieldset class="filters" part="filters">
        <legend>${m.filtersLegend}</legend>
        <div class="fields">
          <div class="field">
            <label for="tz-filter-type">${m.filterType}</label>
            <select id="tz-filter-type" @change=${(e: Event) => this.setFilter({ type: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${this.filter.type === ''}>${m.allTypes}</option>
              ${types.map((t) => html`<option value=${t} ?selected=${this.filter.type === t}>${labelOf('eventType', t, locale)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="tz-filter-party">${m.filterParty}</label>
            <select id="tz-filter-party" @change=${(e: Event) => this.setFilter({ party: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${this.filter.party === ''}>${m.allParties}</option>
              ${parties.map((p) => html`<option value=${p} ?selected=${this.filter.party === p}>${this.partyLabel(p)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="tz-filter-search">${m.search}</label>
            <input id="tz-filter-search" type="search" autocomplete="off" .value=${this.searchText} @input=${this.onSearchInput} />
          </div>
        </div>
      </fieldset>
      <div class="toolbar-row">
        <fieldset class="order">
          <legend>${m.orderLegend}</legend>
          <div class="choices inline">
            ${(['newest', 'oldest'] as const).map(
              (o) => html`<label class="choice"
                ><input
                  type="radio"
                  name="tz-order"
                  value=${o}
                  .checked=${this.order === o}
                  @change=${() => ((this.order = o), (this.shown = 0))}
                />${o === 'newest' ? m.newestFirst : m.oldestFirst}</label
              >`,
            )}
          </div>
        </fieldset>
        <div class="actions">
          <button class="button secondary" type="button" @click=${() => this.exportCsv(c)}>${m.exportCsv}</button>
          <button class="button secondary" type="button" @click=${() => printElement(this)}>${m.print}</button>
        </div>
      </div>
      <p class="count" role="status">${m.resultCount(view.filtered.length, view.all.length)}</p>
    </div>`;
  }

  private renderList(view: View, c: Case, derived: DerivedClassification | null, m: CaseTimelineMessages): TemplateResult {
    if (view.ordered.length === 0) return html`<p>${m.noMatches}</p>`;
    const limit = this.printing ? view.ordered.length : this.shown || this.page;
    const visible = view.ordered.slice(0, limit);
    const ctx: DetailContext = {
      m,
      locale: this.locale,
      firstDayOfAbsence: (c as HeaderCase).absence?.firstDayOfAbsence,
      normDeadline: derived?.normDeadline,
    };
    const monthFormat = new Intl.DateTimeFormat(this.locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return html`
      ${repeat(
        groupByMonth(visible),
        (g) => g.month,
        (g) => {
          const [y, mo] = g.month.split('-').map(Number);
          const headingId = `tz-month-${g.month}`;
          return html`<h3 class="month" id=${headingId}>${monthFormat.format(Date.UTC(y, mo - 1, 15))}</h3>
            <ol class="events" part="list" aria-labelledby=${headingId}>
              ${repeat(g.entries, (e) => e.key, (e) => this.renderEvent(e, ctx, m))}
            </ol>`;
        },
      )}
      ${limit < view.ordered.length
        ? html`<button class="button secondary more" type="button" @click=${() => this.showMore(view.ordered)}>
            ${m.showMore(limit, view.ordered.length)}
          </button>`
        : nothing}
      ${this.renderOlderStatus(m)}
    `;
  }

  private renderOlderStatus(m: CaseTimelineMessages): TemplateResult | typeof nothing {
    if (!this.connected || this.older === 'done') return nothing;
    if (this.older === 'failed') {
      return html`<div class="older-status" part="older-status" role="alert">
        <p>${m.olderFailed}</p>
        <button class="button secondary" type="button" @click=${() => this.retryOlder()}>${m.retry}</button>
      </div>`;
    }
    return html`<p class="older-status" part="older-status" role="status">${m.loadingOlder(formatNumber(this.loadedEvents?.length ?? 0, this.locale))}</p>`;
  }

  private renderEvent(entry: TimelineEntry, ctx: DetailContext, m: CaseTimelineMessages): TemplateResult {
    const { event } = entry;
    const locale = this.locale;
    const open = this.printing || this.expanded.has(entry.key);
    const detailsId = `tz-details-${entry.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    const typeLabel = labelOf('eventType', event.type, locale);
    const date = formatDate(event.occurredOn, locale);
    const summary = isDefaultSummary(event.summary, event.type) ? '' : (event.summary as string);
    return html`<li
      class="event ${entry.derived ? 'derived' : ''} ${entry.pending ? 'pending' : ''}"
      part="event"
      data-key=${entry.key}
      data-type=${event.type}
      tabindex="-1"
    >
      <div class="event-head">
        <time datetime=${event.occurredOn}>${date}</time>
        <span class="type">${eventIcon(event.type)}<span>${typeLabel}</span></span>
        ${entry.derived ? html`<span class="tag">${m.derived}</span>` : nothing}
        ${entry.pending ? html`<span class="tag">${m.pending}</span>` : nothing}
      </div>
      ${entry.pending ? nothing : html`<p class="who">${this.partyText(entry)}</p>`}
      ${summary ? html`<p class="summary">${summary}</p>` : nothing}
      <button
        class="disclosure"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${detailsId}
        @click=${() => this.toggle(entry.key)}
      >
        <svg class="icon chevron" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="none"
          stroke="currentColor" stroke-width="2"><path d="M9 6l6 6-6 6" /></svg>
        ${m.details}<span class="visually-hidden"> ${m.detailsFor(typeLabel, date)}</span>
      </button>
      <div class="details" id=${detailsId} ?hidden=${!open}>${renderDetails(entry, ctx)}</div>
    </li>`;
  }
}
