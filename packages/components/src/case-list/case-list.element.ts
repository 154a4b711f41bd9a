import { html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { todayInAmsterdam } from '@thuiszitters/domain';
import { corsRefusalText } from '../base/cors.js';
import { errorText } from '../base/errors.js';
import { printElement } from '../base/print-scope.js';
import { errorState } from '../base/states.js';
import { styleProps } from '../base/style-props.js';
import { TzElement } from '../base/tz-element.js';
import { csvSeparator, toCsv, type CsvRow } from '../shared/csv.js';
import { downloadCsv } from '../shared/download.js';
import { referenceDataContext, type ReferenceData } from '../context/contexts.js';
import { labelOf } from '../case-timeline/labels.js';
import { buttonStyles, stateStyles } from '../styles/shared.styles.js';
import { caseListStyles } from './case-list.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import {
  PRESETS,
  SORTS,
  activityText,
  applyLocally,
  checkCases,
  isPreset,
  isSort,
  leadText,
  normCell,
  presetSort,
  schoolText,
  signalText,
  signalsOf,
  toQuery,
  type CaseListFilter,
  type CaseListPreset,
  type CaseListSort,
  type ListCase,
  type SignalCode,
  type SignalTexts,
} from './list-model.js';
import { caseListMessages, type CaseListMessages } from './messages.js';
import { signalMessages } from './signal-messages.js';
import { clampHeadingLevel } from '../shared/heading.js';

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

const signalShapes: Record<SignalCode | 'other', SVGTemplateResult> = {
  normExceeded: svg`<circle cx="12" cy="12" r="9"/><path d="M8 8l8 8M16 8l-8 8"/>`,
  normAlmostOut: svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.5"/>`,
  noLeadHolder: svg`<circle cx="12" cy="8" r="4"/><path d="M5 21c1-4 4-6 7-6s6 2 7 6"/><path d="M3 3l18 18"/>`,
  actionOverdue: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4M10 13l4 4M14 13l-4 4"/>`,
  noActivity: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>`,
  duplicateOpenCase: svg`<rect x="3" y="3" width="13" height="13" rx="1"/><rect x="8" y="8" width="13" height="13" rx="1"/>`,
  other: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v6M12 16.5v.5"/>`,
};
const normShapes: Record<string, SVGTemplateResult> = {
  running: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>`,
  almostOut: signalShapes.normAlmostOut,
  exceeded: signalShapes.normExceeded,
  met: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12l3 3 5-6"/>`,
  notApplicable: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12h8"/>`,
};
const icon = (shape: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2"
    stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`;

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
  @state() private more: 'idle' | 'loading' | 'failed' = 'idle';
  private moreAbort?: AbortController;
  private focusRowAfterUpdate = -1;
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

  protected override updated(): void {
    if (this.focusRowAfterUpdate >= 0) {
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('tbody .open-case');
      buttons[Math.min(this.focusRowAfterUpdate, buttons.length - 1)]?.focus();
      this.focusRowAfterUpdate = -1;
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
      this.focusRowAfterUpdate = firstNew;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.more = 'failed';
      corsRefusalText(error, this.locale);
    }
  }

  private onMore(rowsNow: number) {
    if (this.cases !== undefined) {
      this.shown = rowsNow + this.pageSize;
      this.focusRowAfterUpdate = rowsNow;
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

  private signalTexts(): SignalTexts {
    return signalMessages[this.locale];
  }

  private exportCsv(rows: ListCase[]) {
    const m = this.m;
    const names = this.schoolNames();
    const today = this.effectiveToday;
    const texts = this.signalTexts();
    const table: CsvRow[] = [[m.colPupil, m.colSchool, m.colLead, m.csvNormStatus, m.csvNormDeadline, m.csvDaysLeft, m.csvDaysOver, m.colActivity, m.colSignals, m.csvExplanation]];
    for (const c of rows) {
      const d = c.derived;
      table.push([
        c.pupilRef ?? '',
        schoolText(c, names),
        leadText(c, m) ?? m.noLead,
        d?.normStatus ? labelOf('normStatus', d.normStatus, this.locale) : '',
        d?.normDeadline ?? '',
        d?.daysLeft ?? '',
        d?.daysOverNorm ?? '',
        c.lastActivityOn?.slice(0, 10) ?? activityText(c, today, m, this.locale).text,
        signalsOf(c).map((s) => signalText(s, this.locale, texts).label).join(', '),
        signalsOf(c).map((s) => signalText(s, this.locale, texts).explanation).join(' '),
      ]);
    }
    downloadCsv(toCsv(table, csvSeparator(this.locale)), `${m.csvFileName}-${today}.csv`, this.renderRoot);
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
    const m = this.m;
    const id = this.idPrefix;
    const schools = this.referenceData?.schools ?? [];
    const preset = isPreset(this.preset) ? this.preset : 'open';
    return html`<div class="controls" part="controls" role="group" aria-label=${m.filtersLabel}>
      <div class="field">
        <label for="${id}-preset">${m.presetLabel}</label>
        <select id="${id}-preset" @change=${this.onPreset}>
          ${PRESETS.map((p) => html`<option value=${p} ?selected=${p === preset}>${m.preset(p)}</option>`)}
        </select>
      </div>
      ${this.noSchoolPicker || schools.length === 0
        ? nothing
        : html`<div class="field">
            <label for="${id}-school">${m.schoolLabel}</label>
            <select id="${id}-school" @change=${this.onSchool}>
              <option value="" ?selected=${!this.school}>${m.allSchools}</option>
              ${schools.map((s) => {
                const key = `${s.brin}${s.vestiging}`;
                return html`<option value=${key} ?selected=${key === this.school}>${s.name} (${key})</option>`;
              })}
            </select>
          </div>`}
      <form class="search" role="search" @submit=${this.onSearch}>
        <div class="field">
          <label for="${id}-q">${m.searchLabel}</label>
          <input id="${id}-q" type="search" maxlength="64" autocomplete="off" .value=${this.q} />
        </div>
        <button type="submit" class="button secondary">${m.search}</button>
      </form>
      <div class="field">
        <label for="${id}-sort">${m.sortLabel}</label>
        <select id="${id}-sort" @change=${this.onSort}>
          ${SORTS.map((s) => html`<option value=${s} ?selected=${s === this.effectiveSort}>${m.sort(s)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private renderBody() {
    const m = this.m;
    const state = this.data.state;
    switch (state.status) {
      case 'no-client':
        return html`<div class="state no-client" role="status">
          <p class="state-title">${m.noClientTitle}</p>
          <p>${m.noClientText}</p>
        </div>`;
      case 'error': {
        const text = errorText(state.error, this.locale, { forbidden: m.errorForbidden, generic: m.errorGeneric });
        return errorState({ title: m.errorTitle, text, retry: state.kind === 'forbidden' ? undefined : { label: m.retry, onRetry: () => this.retry() } });
      }
      case 'invalid':
        // A list with some malformed entries still shows the others (the controller has warned).
        if (!Array.isArray(this.cases)) return errorState({ title: m.errorTitle, text: m.errorBadData });
        break;
      case 'idle':
        return this.renderLoading();
      case 'loading':
        if (!state.previous) return this.renderLoading();
        break;
    }
    const view = this.view();
    if (!view) return this.renderLoading();
    if (view.badData) return errorState({ title: m.errorTitle, text: m.errorBadData });
    const busy = this.data.pending;
    return html`<div class="list" aria-busy=${busy ? 'true' : 'false'}>
      ${this.renderCount(view.rows.length, view.total)}
      ${view.rows.length === 0 ? this.renderEmpty() : html`${this.renderActions(view.rows)} ${this.renderTable(view.rows)} ${this.renderMore(view)} ${this.renderLegend(view.rows)}`}
    </div>`;
  }

  private renderCount(shown: number, total: number | null) {
    const m = this.m;
    const shownText = m.countShown(shown, total);
    return html`<p class="count" part="count" role="status">
      ${total === null ? m.countShown(shown, null) : m.count(total)}${total !== null && shownText ? html`<span class="shown">, ${shownText}</span>` : nothing}
    </p>`;
  }

  private renderLoading() {
    return html`<div class="loading" aria-busy="true">
      <div class="state" role="status"><p>${this.m.loading}</p></div>
      ${[1, 2, 3, 4, 5].map(() => html`<div class="skeleton skeleton-row" aria-hidden="true"></div>`)}
    </div>`;
  }

  private renderEmpty() {
    const m = this.m;
    const attention = this.preset === 'needs-attention' && !this.q && !this.school;
    return html`<div class="state empty">
      <p class="state-title">${m.emptyTitle}</p>
      <p>${attention ? m.emptyAttention : m.empty}</p>
    </div>`;
  }

  private renderActions(rows: ListCase[]) {
    const m = this.m;
    return html`<div class="actions" part="actions">
      <button type="button" class="button secondary export" @click=${() => this.exportCsv(rows)}>${m.exportCsv}</button>
      <button type="button" class="button secondary print" @click=${() => printElement(this)}>${m.print}</button>
    </div>`;
  }

  private renderTable(rows: ListCase[]) {
    const m = this.m;
    const names = this.schoolNames();
    const today = this.effectiveToday;
    const texts = this.signalTexts();
    const locale = this.locale;
    const sort = this.effectiveSort;
    const preset = isPreset(this.preset) ? this.preset : 'open';
    const ariaSort = (col: 'norm' | 'activity') =>
      (col === 'norm' && sort === 'normDeadline') || (col === 'activity' && sort === 'lastActivity') ? 'ascending' : nothing;
    return html`<table part="table">
      <caption class="visually-hidden">${m.tableCaption(m.preset(preset))}</caption>
      <thead>
        <tr>
          <th scope="col">${m.colPupil}</th>
          <th scope="col">${m.colSchool}</th>
          <th scope="col">${m.colLead}</th>
          <th scope="col" aria-sort=${ariaSort('norm')}>${m.colNorm}</th>
          <th scope="col" aria-sort=${ariaSort('activity')}>${m.colActivity}</th>
          <th scope="col">${m.colSignals}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (c) => c.id,
          (c) => {
            const current = c.id === this.selectedCaseId;
            const norm = normCell(c, today, m, locale);
            const activity = activityText(c, today, m, locale);
            const lead = leadText(c, m);
            const signals = signalsOf(c);
            return html`<tr part="row" data-case-id=${c.id} aria-current=${current ? 'true' : nothing}>
              <td class="pupil" data-label=${m.colPupil}>
                <button type="button" class="button link open-case" @click=${() => this.choose(c)}>
                  ${c.pupilRef || m.anonymous}${current ? html` <span class="current-tag">(${m.selected})</span>` : nothing}
                </button>
              </td>
              <td data-label=${m.colSchool}>${schoolText(c, names)}</td>
              <td data-label=${m.colLead}>${lead ?? html`<span class="muted">${m.noLead}</span>`}</td>
              <td data-label=${m.colNorm}>
                ${norm
                  ? html`<div class="norm" data-status=${norm.status}>
                      <span class="norm-bar" part="norm-bar" aria-hidden="true"><span class="norm-fill" ${styleProps({ width: `${norm.percent}%` })}></span></span>
                      <span class="norm-text">${icon(normShapes[norm.status] ?? normShapes.running)}${norm.text}</span>
                      ${norm.deadline ? html`<span class="muted small">${m.deadline(norm.deadline)}</span>` : nothing}
                    </div>`
                  : m.unknown}
              </td>
              <td data-label=${m.colActivity}>
                ${activity.text}${activity.date && activity.date !== activity.text ? html`<br /><span class="muted small">${activity.date}</span>` : nothing}
              </td>
              <td data-label=${m.colSignals}>
                ${signals.length
                  ? html`<ul class="signals">
                      ${signals.map((s) => {
                        const t = signalText(s, locale, texts);
                        return html`<li class="signal" data-type=${s.type}>${icon(signalShapes[s.type as SignalCode] ?? signalShapes.other)}${t.label}</li>`;
                      })}
                    </ul>`
                  : html`<span class="muted">${m.noSignals}</span>`}
              </td>
            </tr>`;
          },
        )}
      </tbody>
    </table>`;
  }

  private renderMore(view: { rows: ListCase[]; total: number | null; canMore: boolean }) {
    const m = this.m;
    if (!view.canMore && this.more !== 'failed') return nothing;
    const rowsNow = view.rows.length;
    const label =
      this.cases !== undefined && view.total !== null ? m.showMore(Math.min(this.pageSize, view.total - rowsNow)) : m.loadMore;
    return html`<div class="more" part="more">
      ${this.more === 'failed' ? html`<p class="state error" role="alert">${m.errorMore}</p>` : nothing}
      ${this.more === 'loading' ? html`<p role="status">${m.loadingMore}</p>` : nothing}
      <button type="button" class="button secondary load-more" aria-disabled=${this.more === 'loading' ? 'true' : 'false'}
        @click=${() => this.more !== 'loading' && this.onMore(rowsNow)}>${this.more === 'failed' ? m.retry : label}</button>
    </div>`;
  }

  private renderLegend(rows: ListCase[]) {
    const texts = this.signalTexts();
    const seen = new Map<string, { label: string; explanation: string }>();
    // The general explanation of each type: the server's names one case's days and dates.
    for (const c of rows)
      for (const s of signalsOf(c))
        if (!seen.has(s.type)) {
          const own = signalText(s, this.locale, texts);
          seen.set(s.type, { label: own.label, explanation: texts[s.type as SignalCode]?.explanation ?? own.explanation });
        }
    if (seen.size === 0) return nothing;
    return html`<details class="legend" part="legend">
      <summary>${this.m.legendTitle}</summary>
      <dl>
        ${[...seen].map(
          ([code, t]) => html`<dt>${icon(signalShapes[code as SignalCode] ?? signalShapes.other)}${t.label}</dt>
            <dd>${t.explanation}</dd>`,
        )}
      </dl>
    </details>`;
  }
}
