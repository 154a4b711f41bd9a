import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { todayInAmsterdam } from '@thuiszitters/domain';
import { corsRefusalText } from '../base/cors.js';
import { errorText } from '../base/errors.js';
import { printElement } from '../base/print-scope.js';
import { errorState } from '../base/states.js';
import { TzElement } from '../base/tz-element.js';
import { referenceDataContext, type ReferenceData } from '../context/contexts.js';
import { buttonStyles, stateStyles } from '../styles/shared.styles.js';
import { caseListStyles } from './case-list.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import {
  applyLocally,
  checkCases,
  isPreset,
  isSort,
  presetSort,
  toQuery,
  type CaseListFilter,
  type CaseListPreset,
  type CaseListSort,
  type ListCase,
} from './list-model.js';
import { caseListMessages, type CaseListMessages } from './messages.js';
import { signalMessages } from './signal-messages.js';
import { clampHeadingLevel } from '../shared/heading.js';
import { renderControls } from './controls-view.js';
import { downloadCaseListCsv } from './export-csv.js';
import { renderActions, renderCount, renderMore, type MoreState } from './footer-views.js';
import { renderLegend } from './legend-view.js';
import { RowFocusController } from './row-focus.js';
import { renderEmpty, renderLoading, renderNoClient } from './state-views.js';
import { renderTable, type RowTextContext } from './table-view.js';

/** Detail of `tz-case-selected`: the case the user chose. */
export interface CaseSelectedDetail {
  caseId: string;
  case: ListCase;
}
/** Detail of `tz-filter-change`: the user changed the view, filters or sort. */
export interface CaseListFilterChangeDetail {
  filter: CaseListFilter;
  sort: CaseListSort;
}

/** The contract's maximum page size for `GET /cases`. */
const MAX_PAGE = 100;

interface Page {
  items: ListCase[];
  nextCursor: string | null;
  total: number | null;
}

let instances = 0;

/**
 * The worklist of an SWV consultant (or a school, or leerplicht): which cases need attention
 * now. A table of cases with pupil reference, school, lead holder, the 3-month norm with days
 * left, last activity and the server's signals (words and icons); saved views (`preset`),
 * school, search and sort; "load more" paging; CSV export of the visible list; print.
 *
 * Connected: put it under a `<tz-provider>` (or set `.client`); it loads `GET /cases` with the
 * view's filters. Controlled: set `.cases` (filtered and sorted in the element by the same rules).
 * Choosing a case emits `tz-case-selected`: open `<tz-case-timeline case-id=…>` beside it.
 *
 * Presets (`preset` attribute): `needs-attention` (open cases with any signal), `no-lead-holder`,
 * `norm-almost-out`, `norm-exceeded`, `no-activity`, `action-overdue`, `open`, `all`.
 *
 * @element tz-case-list
 * @fires tz-case-selected - The user chose a case; `detail` is `{ caseId, case }`.
 * @fires tz-filter-change - The user changed the view, school, search or sort; `detail` is `{ filter, sort }`.
 * @cssprop --tz-case-list-background - Background of the list.
 * @cssprop --tz-case-list-selected-background - Background of the chosen case's row.
 * @cssprop --tz-case-list-norm-running-color - Norm bar while the norm runs (default: accent).
 * @cssprop --tz-case-list-norm-almost-out-color - Norm bar when it is almost out (default: warning).
 * @cssprop --tz-case-list-norm-exceeded-color - Norm bar when exceeded (default: danger, striped).
 * @cssprop --tz-case-list-norm-met-color - Norm bar when met (default: success).
 * @cssprop --tz-case-list-bar-height - Height of the norm bars (default 0.6em).
 * @csspart base - The outer section.
 * @csspart controls - View, school, search and sort.
 * @csspart actions - Export and print.
 * @csspart count - The announced number of cases.
 * @csspart table - The table of cases.
 * @csspart row - One case.
 * @csspart norm-bar - The norm bar of a row.
 * @csspart legend - What the signals mean.
 * @csspart more - The "load more" line.
 */
export class TzCaseListElement extends TzElement {
  static override styles = [...TzElement.styles, buttonStyles, stateStyles, tableStyles, caseListStyles];

  /** The saved view: `needs-attention`, `no-lead-holder`, `norm-almost-out`, `norm-exceeded`, `no-activity`, `action-overdue`, `open` (default) or `all`. */
  @property({ reflect: true }) preset: CaseListPreset = 'open';
  /** Only this school (BRIN + vestiging, e.g. `12AB00`); empty = every school the user may see. */
  @property({ reflect: true }) school = '';
  /** `normDeadline`, `lastActivity`, `-firstDayOfAbsence`, `firstDayOfAbsence` or `-createdAt`; when absent, the preset's own order (most urgent norm first; `no-activity`: longest silence first). */
  @property({ reflect: true }) sort?: CaseListSort;
  /** Further conditions beside the preset (`status`, `signal`, `hasLead`, `normStatus`, `q`), e.g. from `tz-filter-requested`. */
  @property({ attribute: false }) filter: CaseListFilter = {};
  /** Id of the case that is open beside the list (marked in its row). Set by the element on a choice; a host may set it too. */
  @property({ attribute: 'selected-case-id', reflect: true }) selectedCaseId = '';
  /** Cases fetched per request and rows shown per "show more" (at most 100 per request). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;
  /** The date to evaluate on (`YYYY-MM-DD`); default today in Europe/Amsterdam. */
  @property() today = '';
  /** Level of the list's heading (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Hide the school picker (a school that only sees itself). */
  @property({ attribute: 'no-school-picker', type: Boolean }) noSchoolPicker = false;

  /** Controlled mode: every case the list may show; setting it stops the element from fetching. */
  @property({ attribute: false }) cases?: ListCase[];

  @consume({ context: referenceDataContext, subscribe: true })
  @state()
  protected referenceData?: ReferenceData;

  @state() private q = '';
  /** Controlled mode: rows shown. */
  @state() private shown = 0;
  /** Connected mode: pages after the first. */
  @state() private extra: ListCase[] = [];
  @state() private cursor: string | null = null;
  @state() private more: MoreState = 'idle';
  private moreAbort?: AbortController;
  private readonly rowFocus = new RowFocusController(this, 'tbody .open-case');
  private readonly idPrefix = `tz-cl-${++instances}`;

  /** The host's cases as a page, the same object per `.cases` value (the controller checks each value once). */
  private hostPage?: { cases: unknown; page: Page };

  /** Controlled: `.cases`; connected: the first page of `GET /cases` for the filters in force. */
  private readonly data = this.useData<Page, readonly [string]>({
    hostValue: () => {
      if (this.cases === undefined) return undefined;
      if (this.hostPage?.cases !== this.cases) this.hostPage = { cases: this.cases, page: { items: this.cases, nextCursor: null, total: null } };
      return this.hostPage.page;
    },
    check: (page) => checkCases(page.items).problem,
    args: () => [JSON.stringify(this.query())] as const,
    load: async (client, [query], signal) => {
      const page = await client.cases.list(JSON.parse(query) as never, { signal });
      return { items: (page.items ?? []) as ListCase[], nextCursor: page.nextCursor ?? null, total: page.total ?? null };
    },
  });

  private get m(): CaseListMessages {
    return this.messagesOf(caseListMessages);
  }

  private get effectiveToday() {
    return this.today || todayInAmsterdam();
  }

  /** The whole filter in force: preset, school, search and the host's extra conditions. */
  get currentFilter(): CaseListFilter {
    const preset = isPreset(this.preset) ? this.preset : 'open';
    return { ...this.filter, preset, ...(this.school ? { school: this.school } : {}), ...(this.q ? { q: this.q } : {}) };
  }

  private get effectiveSort(): CaseListSort {
    return isSort(this.sort) ? this.sort : presetSort(isPreset(this.preset) ? this.preset : 'open');
  }

  private query() {
    return toQuery(this.currentFilter, this.effectiveSort, Math.min(MAX_PAGE, Math.max(1, Math.round(this.pageSize) || 50)));
  }

  /**
   * Shows the list a dashboard tile asked for (`tz-filter-requested`): sets the preset, school
   * and search from `filter` and keeps the rest as extra conditions.
   */
  applyFilter(filter: CaseListFilter): void {
    const { preset, school, q, ...rest } = filter ?? {};
    this.preset = isPreset(preset) ? preset : 'all';
    this.school = school ?? '';
    this.q = q ?? '';
    this.filter = rest;
  }

  /** Loads the list again (connected mode). */
  retry(): void {
    void this.data.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const filterChanged = ['preset', 'school', 'sort', 'filter', 'q', 'cases', 'client', 'providedClient', 'pageSize'].some((k) => changed.has(k as never));
    if (filterChanged) {
      this.shown = this.pageSize;
      this.extra = [];
      this.cursor = null;
      this.more = 'idle';
      this.moreAbort?.abort();
    }
  }

  /** Controlled mode: the host's cases filtered and sorted, kept until one of the inputs changes. */
  private local?: { cases: unknown; key: string; all: ListCase[] | null };
  private localView(): ListCase[] | null {
    const key = JSON.stringify([this.currentFilter, this.effectiveSort]);
    let local = this.local;
    if (!local || local.cases !== this.cases || local.key !== key) {
      const { cases } = checkCases(this.cases);
      const all = Array.isArray(this.cases) ? applyLocally(cases, this.currentFilter, this.effectiveSort) : null;
      local = this.local = { cases: this.cases, key, all };
    }
    return local.all;
  }

  /** What the table shows now, with the total and whether more can be had. */
  private view(): { rows: ListCase[]; total: number | null; canMore: boolean; badData: boolean } | null {
    if (this.cases !== undefined) {
      const all = this.localView();
      if (!all) return { rows: [], total: 0, canMore: false, badData: true };
      const rows = all.slice(0, Math.max(this.shown, 1));
      return { rows, total: all.length, canMore: rows.length < all.length, badData: false };
    }
    const page = this.data.value;
    if (!page) return null;
    const cursor = this.extra.length ? this.cursor : page.nextCursor;
    const rows = [...page.items, ...this.extra];
    return { rows, total: page.total ?? (cursor ? null : rows.length), canMore: Boolean(cursor), badData: false };
  }

  private async loadMore(firstNew: number) {
    const page = this.data.value;
    const client = this.activeClient;
    const cursor = this.extra.length ? this.cursor : page?.nextCursor;
    if (!client || !cursor) return;
    this.moreAbort?.abort();
    const abort = (this.moreAbort = new AbortController());
    this.more = 'loading';
    try {
      const next = (await client.cases.list({ ...this.query(), cursor } as never, { signal: abort.signal })) as unknown as Page;
      if (abort.signal.aborted) return;
      this.extra = [...this.extra, ...(next.items ?? [])];
      this.cursor = next.nextCursor ?? null;
      this.more = 'idle';
      this.rowFocus.focusAfterUpdate(firstNew);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.more = 'failed';
      corsRefusalText(error, this.locale);
    }
  }

  private onMore(rowsNow: number) {
    if (this.cases !== undefined) {
      this.shown = rowsNow + this.pageSize;
      this.rowFocus.focusAfterUpdate(rowsNow);
    } else {
      void this.loadMore(rowsNow);
    }
  }

  private changed() {
    this.emit('tz-filter-change', { filter: this.currentFilter, sort: this.effectiveSort });
  }

  private onPreset = (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    if (isPreset(value)) this.preset = value;
    this.changed();
  };
  private onSchool = (e: Event) => {
    this.school = (e.target as HTMLSelectElement).value;
    this.changed();
  };
  private onSort = (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    if (isSort(value)) this.sort = value;
    this.changed();
  };
  private onSearch = (e: Event) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector('input')!;
    this.q = input.value.trim();
    this.changed();
  };

  private choose(c: ListCase) {
    this.selectedCaseId = c.id;
    this.emit('tz-case-selected', { caseId: c.id, case: c });
  }

  private schoolNames(): Map<string, string> {
    const map = new Map<string, string>();
    for (const s of this.referenceData?.schools ?? []) map.set(`${s.brin}${s.vestiging}`, s.name);
    return map;
  }

  /** What the rows, the legend and the CSV are written with. */
  private rowTexts(): RowTextContext {
    return { m: this.m, locale: this.locale, today: this.effectiveToday, names: this.schoolNames(), texts: signalMessages[this.locale] };
  }

  private heading(text: string, id: string) {
    const level = clampHeadingLevel(this.headingLevel);
    return html`<div class="heading" id=${id} role="heading" aria-level=${level}>${text}</div>`;
  }

  override render() {
    const m = this.m;
    const headingId = `${this.idPrefix}-heading`;
    return html`<section class="base" part="base" aria-labelledby=${headingId}>
      ${this.heading(m.title, headingId)} ${this.renderControls()} ${this.renderBody()}
    </section>`;
  }

  private renderControls() {
    return renderControls({
      m: this.m,
      idPrefix: this.idPrefix,
      schools: this.referenceData?.schools ?? [],
      showSchoolPicker: !this.noSchoolPicker,
      preset: isPreset(this.preset) ? this.preset : 'open',
      school: this.school,
      q: this.q,
      sort: this.effectiveSort,
      onPreset: this.onPreset,
      onSchool: this.onSchool,
      onSearch: this.onSearch,
      onSort: this.onSort,
    });
  }

  private renderBody() {
    const m = this.m;
    const state = this.data.state;
    switch (state.status) {
      case 'no-client':
        return renderNoClient(m);
      case 'error': {
        const text = errorText(state.error, this.locale, { forbidden: m.errorForbidden, generic: m.errorGeneric });
        return errorState({ title: m.errorTitle, text, retry: state.kind === 'forbidden' ? undefined : { label: m.retry, onRetry: () => this.retry() } });
      }
      case 'invalid':
        // A list with some malformed entries still shows the others (the controller has warned).
        if (!Array.isArray(this.cases)) return errorState({ title: m.errorTitle, text: m.errorBadData });
        break;
      case 'idle':
        return renderLoading(m);
      case 'loading':
        if (!state.previous) return renderLoading(m);
        break;
    }
    const view = this.view();
    if (!view) return renderLoading(m);
    if (view.badData) return errorState({ title: m.errorTitle, text: m.errorBadData });
    const busy = this.data.pending;
    return html`<div class="list" aria-busy=${busy ? 'true' : 'false'}>
      ${renderCount(m, view.rows.length, view.total)}
      ${view.rows.length === 0 ? renderEmpty(m, this.preset === 'needs-attention' && !this.q && !this.school) : this.renderRows(view)}
    </div>`;
  }

  private renderRows(view: { rows: ListCase[]; total: number | null; canMore: boolean }) {
    const texts = this.rowTexts();
    const { m, locale } = texts;
    const rowsNow = view.rows.length;
    const label = this.cases !== undefined && view.total !== null ? m.showMore(Math.min(this.pageSize, view.total - rowsNow)) : m.loadMore;
    return html`${renderActions(
      m,
      () => downloadCaseListCsv(view.rows, this.rowTexts(), this.renderRoot),
      () => printElement(this),
    )}
    ${renderTable(view.rows, {
      ...texts,
      preset: isPreset(this.preset) ? this.preset : 'open',
      sort: this.effectiveSort,
      selectedCaseId: this.selectedCaseId,
      onChoose: (c) => this.choose(c),
    })}
    ${view.canMore || this.more === 'failed' ? renderMore({ m, more: this.more, rowsNow, label, onMore: (n) => this.onMore(n) }) : nothing}
    ${renderLegend(view.rows, m, locale, texts.texts)}`;
  }
}
