// <tz-case-timeline>: the element: its properties, where its data comes from (host or server),
// and how the views compose. The views, the form, the event pages and the writes are modules here.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { deriveCase, type CaseFacts, type DerivedClassification, type DerivationProfile } from '@thuiszitters/domain';
import type { Case, CaseEvent, InvalidParam } from '@thuiszitters/sdk';
import { statusOf } from '../base/errors.js';
import { TzElement } from '../base/tz-element.js';
import { realTimers, type Timers } from '../base/timers.js';
import { printElement } from '../base/print-scope.js';
import { referenceDataContext, type ReferenceData } from '../context/contexts.js';
import { buttonStyles, stateStyles } from '../styles/shared.styles.js';
import { formStyles } from '../form/form.styles.js';
import { resolveToday } from '../shared/period.js';
import { AddEventFormController } from './add-event-form.js';
import { storeEvent } from './add-event.js';
import { renderHeader, type HeaderCase } from './case-header.js';
import { timelineStyles } from './case-timeline.styles.js';
import { summaryText, type EntryTextContext } from './entry-text.js';
import type { EventPayload } from './event-draft.js';
import { renderEventList } from './event-list-view.js';
import { EventPages } from './event-pages.js';
import { downloadTimelineCsv } from './export-csv.js';
import { labelOf } from './labels.js';
import { messages, type CaseTimelineMessages } from './messages.js';
import { PrintModeController } from './print-mode.js';
import { reopenCase } from './reopen-case.js';
import { ReopenController } from './reopen-control.js';
import { reopenMessages } from './reopen-messages.js';
import { reopenStyles } from './reopen.styles.js';
import { renderLoadError, renderLoading, renderState } from './state-views.js';
import { renderToolbar } from './toolbar-view.js';
import {
  NO_FILTER,
  buildEntries,
  checkCase,
  checkEvents,
  filterEntries,
  orderEntries,
  withDerivedEvents,
  type DataProblem,
  type Order,
  type TimelineEntry,
  type TimelineEvent,
  type TimelineFilter,
} from './timeline-model.js';

export type {
  CaseTimelineAddDetail,
  CaseTimelineAddedDetail,
  CaseTimelineAddErrorDetail,
  CaseTimelineReopenDetail,
  CaseTimelineReopenedDetail,
} from './events.js';

const SEARCH_DEBOUNCE_MS = 250;

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
  @state() private addOk = '';
  @state() private addFailure = '';
  @state() private addForbidden = false;

  private searchTimer?: unknown;
  private focusAfterUpdate?: string;
  private warned?: unknown;
  private memo?: { inputs: unknown[]; view: View };

  private readonly print = new PrintModeController(this);
  /** Connected mode: the loaded events (newest page first, older ones in the background), updated optimistically on add. */
  private readonly pages = new EventPages(this);
  private readonly reopen = new ReopenController(this, () => this.reopenCase());
  private readonly form = new AddEventFormController(
    this,
    () => this.todayIso,
    (payload, key) => this.submitEvent(payload, key),
  );

  private readonly caseData = this.useData({
    args: () => (this.connected ? ([this.caseId] as const) : null),
    load: async (client, [caseId], signal) => {
      this.caseData.clear();
      this.pages.reset();
      const [found, newest] = await Promise.all([client.cases.get(caseId, { signal }), EventPages.newest(client, caseId, signal)]);
      if (signal.aborted) return undefined; // a newer load (other case or client) took over
      this.addForbidden = false;
      this.pages.startWith(newest, client, caseId, signal);
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

  private get texts(): EntryTextContext {
    return { m: this.messagesOf(messages), locale: this.locale, schools: this.referenceData?.schools };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.searchTimer !== undefined) TzCaseTimelineElement.timers.clear(this.searchTimer);
  }

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
      return { case: this.loadedCase, events: this.pages.events ?? [] };
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

  private view(c: Case, events: TimelineEvent[]): View {
    const inputs = [c, events, this.todayIso, this.referenceData?.profile, this.pages.pending, this.filter, this.order, this.locale];
    if (this.memo && this.memo.inputs.every((v, i) => v === inputs[i])) return this.memo.view;
    const merged = withDerivedEvents(events, c as unknown as CaseFacts, this.profile, this.todayIso);
    const all = buildEntries(merged, this.pages.pending);
    const filtered = filterEntries(all, this.filter, (e) => summaryText(e, this.locale));
    const ordered = orderEntries(filtered, this.order);
    const view = { all, filtered, ordered };
    this.memo = { inputs, view };
    return view;
  }

  // ── adding and reopening ──────────────────────────────────────────────────

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
    try {
      await storeEvent(client, current, this.pages, payload, idempotencyKey, {
        added: (event) => this.emit('tz-event-added', { event }),
        caseChanged: (c) => (this.loadedCase = c),
      });
      this.addOk = m.added(typeLabel);
      return true;
    } catch (error) {
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

  private async reopenCase(): Promise<{ ok: boolean; message: string }> {
    const rm = this.messagesOf(reopenMessages);
    if (!this.connected) {
      const c = this.case as { id?: string; version?: number } | undefined;
      this.emit('tz-case-reopen', { caseId: c?.id ?? '', version: c?.version ?? 0 });
      return { ok: true, message: rm.reopenRequested };
    }
    const client = this.activeClient;
    const current = this.loadedCase;
    if (!client || !current) return { ok: false, message: rm.reopenFailed };
    const outcome = await reopenCase(client, current, this.pages, rm);
    if (outcome.case) this.loadedCase = outcome.case;
    if (outcome.ok && outcome.case) this.emit('tz-case-reopened', { case: outcome.case });
    return { ok: outcome.ok, message: outcome.message };
  }

  // ── user actions ──────────────────────────────────────────────────────────

  private setFilter(patch: Partial<TimelineFilter>): void {
    this.filter = { ...this.filter, ...patch };
    this.shown = 0;
  }

  private onSearchInput = (e: Event): void => {
    this.searchText = (e.target as HTMLInputElement).value;
    // Filter after a pause in typing, not on every key: one re-render per search, not per letter.
    const timers = TzCaseTimelineElement.timers;
    if (this.searchTimer !== undefined) timers.clear(this.searchTimer);
    this.searchTimer = timers.set(() => this.setFilter({ query: this.searchText }), SEARCH_DEBOUNCE_MS);
  };

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

  private showMore(ordered: readonly TimelineEntry[]): void {
    const from = this.shown || this.page;
    this.shown = from + this.page;
    // Focus the first newly shown event, so keyboard and screen-reader users continue there.
    this.focusAfterUpdate = ordered[from]?.key;
  }

  private exportCsv(c: Case): void {
    // Never a partial file: while older events of a long case are still coming, export once they are in.
    this.pages.whenComplete(() => {
      const view = this.view(c, this.pages.events ?? (this.events as TimelineEvent[] | undefined) ?? []);
      downloadTimelineCsv(view.ordered, c, this.todayIso, this.texts, this.renderRoot);
    });
  }

  // ── rendering ─────────────────────────────────────────────────────────────

  override render() {
    const m = this.messagesOf(messages);
    if (this.connected) {
      // Often only for a moment (a provider's client arrives by context after the first render),
      // so this state is not announced; firstUpdated() warns in the console when it stays.
      const state = this.caseData.state;
      if (state.status === 'no-client') return renderState(m.noClientTitle, m.noClientText, false, undefined, true);
      if (state.status === 'error') return renderLoadError(state.error, m, this.locale, () => this.reload());
      if (!this.loadedCase) return renderLoading(m);
    }
    const data = this.currentData();
    if (data === null) return renderState(m.noCaseTitle, m.noCaseText);
    if ('problem' in data) return renderState(m.badDataTitle, m.badDataText, true);
    return this.renderTimeline(data.case, data.events, m);
  }

  private renderTimeline(c: Case, events: TimelineEvent[], m: CaseTimelineMessages): TemplateResult {
    const locale = this.locale;
    const derived = this.derive(c);
    const view = this.view(c, events);
    const showForm = this.canAdd && !this.addForbidden;
    return html`<div class="wrap">
      ${renderHeader(c as HeaderCase, derived, m, locale)}
      ${showForm ? this.reopen.render((c as HeaderCase).status === 'closed', (c as HeaderCase).pupilRef ?? '', this.messagesOf(reopenMessages)) : nothing}
      <section class="timeline" aria-labelledby="tz-events-heading">
        <h2 id="tz-events-heading">${m.eventsHeading}</h2>
        ${view.all.length === 0 ? renderState(m.emptyTitle, m.emptyText) : html`${this.renderToolbar(view, c)} ${this.renderList(view, c, derived)}`}
      </section>
      ${showForm
        ? this.form.render(m, locale, this.addOk, this.addFailure)
        : this.addForbidden
          ? html`<p class="add-failure" id="tz-add-forbidden" tabindex="-1" role="alert">${this.addFailure || m.addForbidden}</p>`
          : nothing}
    </div>`;
  }

  private renderToolbar(view: View, c: Case): TemplateResult {
    return renderToolbar({
      ...this.texts,
      all: view.all,
      filteredCount: view.filtered.length,
      filter: this.filter,
      searchText: this.searchText,
      order: this.order,
      onFilter: (patch) => this.setFilter(patch),
      onSearchInput: this.onSearchInput,
      onOrder: (order) => ((this.order = order), (this.shown = 0)),
      onExport: () => this.exportCsv(c),
      onPrint: () => printElement(this),
    });
  }

  private renderList(view: View, c: Case, derived: DerivedClassification | null): TemplateResult {
    const texts = this.texts;
    const printing = this.print.printing;
    const { older } = this.pages;
    return renderEventList({
      ...texts,
      ordered: view.ordered,
      limit: printing ? view.ordered.length : this.shown || this.page,
      printing,
      expanded: this.expanded,
      details: { m: texts.m, locale: texts.locale, firstDayOfAbsence: (c as HeaderCase).absence?.firstDayOfAbsence, normDeadline: derived?.normDeadline },
      onToggle: (key) => this.toggle(key),
      onShowMore: () => this.showMore(view.ordered),
      older: this.connected && older !== 'done' ? { state: older, loaded: this.pages.events?.length ?? 0, onRetry: () => this.pages.retryOlder() } : undefined,
    });
  }
}
