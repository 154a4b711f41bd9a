import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
// styleProps, not a style attribute: a strict CSP (style-src 'self') blocks style attributes.
import { styleProps } from '../base/style-props.js';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { isReasonCode, reason as taxonomyReason, type Period } from '@thuiszitters/domain';
import type { ReasonStatistics, SchoolStatistics } from '@thuiszitters/sdk';
import { errorKind, errorText } from '../base/errors.js';
import { TzElement } from '../base/tz-element.js';
import { errorState, loadingState, statusState } from '../base/states.js';
import { PeriodSelection } from '../shared/period-selection.js';
import { referenceDataContext, type ReferenceData } from '../context/contexts.js';
import { csvBlob, downloadBlob } from '../shared/download.js';
import { heading } from '../shared/heading.js';
import { buttonStyles, stateStyles } from '../styles/shared.styles.js';
import { chartTokenStyles } from '../styles/chart-tokens.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import { comparisonPeriod, periodQuery, resolveToday } from '../shared/period.js';
import type { ReasonScope } from '../shared/selection.js';
import { BarKeys } from './bar-keys.js';
import { ChartWidth } from './chart-width.js';
import { checkReasonStatistics, checkSchoolStatistics, reasonRows, type ChartRow } from './chart-model.js';
import { renderChartView } from './chart-view.js';
import { chartPeriod, type ChartPeriod } from './chart-period.js';
import { comparisonChoices } from './comparison-choices.js';
import { controlActions, renderControls, renderSchoolYearControls, type ControlsView } from './controls.js';
import { serializeSvg } from './export.js';
import { exportFileName, imageBlob, reasonCsv, type ExportFormat } from './export-files.js';
import type { ChartLayout } from './layout.js';
import { TextMeasure } from './measure.js';
import { reasonChartMessages, type ReasonChartMessages } from './messages.js';
import { publicationProblem, schoolTooSmall } from './publication.js';
import { focusAfterChoice, renderBackToRegion, renderRanking } from './ranking.js';
import { reasonChartStyles } from './reason-chart.styles.js';
import { SchoolCombobox, type SchoolOption } from './school-combobox.js';
import { SchoolOptions } from './school-options.js';
import { summarySentence } from './summary.js';
import { renderReasonTable } from './table-view.js';
import { renderToolbar } from './toolbar.js';
import { ChartTexts } from './texts.js';

export type { PeriodChangeDetail, PublicationUnit, ReasonScope, ReasonScopeChangeDetail, SchoolSelectedDetail } from '../shared/selection.js';
export type { ExportDetail, ExportFormat } from './export-files.js';

let instances = 0;

/**
 * Why pupils are at home: a horizontal bar chart of reasons, for the whole region or one school,
 * for a period against a comparison period. Connected (loads through the SDK client of
 * `<tz-provider>` or `.client`) or controlled (set `.data`, and optionally `.schools`).
 * The element holds the properties, the data and the composition; the views, texts, controls,
 * keyboard handling and exports are the modules beside it.
 *
 * @element tz-reason-chart
 * @fires tz-school-selected - A school (or the whole region: `school` null) was chosen in the picker or the ranking.
 * @fires tz-period-change - The period preset, custom dates or comparison changed; detail has both periods.
 * @fires tz-reason-scope-change - Switched between the main reason and all reasons mentioned.
 * @fires tz-chart-export - Cancelable; before a download starts. `detail` has `format`, `filename` and the `blob`. Call preventDefault() to handle the file yourself.
 * @cssprop --tz-chart-current - Fill of the bars of the chosen period.
 * @cssprop --tz-chart-comparison - Colour of the (hatched) bars of the comparison period.
 * @cssprop --tz-chart-comparison-background - Background between the hatch lines.
 * @cssprop --tz-chart-suppressed - Dashed outline and dots of suppressed small numbers.
 * @cssprop --tz-chart-axis - The zero line.
 * @cssprop --tz-reason-chart-gap - Space between the parts of the element.
 * @cssprop --tz-reason-chart-background - Background of the element (the surface colour by default, so dark mode works on any page).
 * @csspart base - The outer section.
 * @csspart controls - The scope, school and period controls.
 * @csspart school-picker - The school combobox.
 * @csspart summary - The sentence that sums up the chart.
 * @csspart chart - The SVG chart.
 * @csspart table - The table view.
 * @csspart ranking - The per-school ranking.
 */
export class TzReasonChartElement extends PeriodSelection(TzElement) {
  static override styles = [...TzElement.styles, buttonStyles, stateStyles, chartTokenStyles, tableStyles, reasonChartStyles];

  /** The chosen school as `BRIN + vestiging` (e.g. `12AB00`); absent = the whole region. */
  @property({ reflect: true }) school: string | null = null;

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  /** Level of the element's heading (1–6); the chart's subheading is one lower. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hide the school picker (e.g. for a school that only sees itself). */
  @property({ attribute: 'no-school-picker', type: Boolean }) noSchoolPicker = false;

  /** Hide the per-school ranking of the region view. */
  @property({ attribute: 'no-ranking', type: Boolean }) noRanking = false;

  /** Controlled mode: the reason statistics to show. Setting it stops the element from fetching. */
  @property({ attribute: false }) data?: ReasonStatistics;

  /** Controlled mode: per-school statistics for the ranking (and the picker's names). */
  @property({ attribute: false }) schools?: SchoolStatistics;

  @consume({ context: referenceDataContext, subscribe: true })
  @state()
  protected referenceData?: ReferenceData;

  /** Set when the server answered that this caller gets whole school years only. */
  @state() protected learnedSchoolYears = false;

  private readonly idPrefix = `tz-rc-${++instances}`;
  private readonly chartWidth = new ChartWidth(this);
  private readonly textMeasure = new TextMeasure();
  private readonly options = new SchoolOptions();
  private readonly bars = new BarKeys(this, () => this.rows.length);
  private lastLayout?: ChartLayout;
  private rowsMemo?: { data: ReasonStatistics; locale: string; reasons: unknown; rows: ChartRow[] };

  private readonly actions = controlActions(this, {
    period: () => this.emitPeriodChange(),
    scope: (reasonScope) => this.emit('tz-reason-scope-change', { reasonScope }),
  });

  private readonly combobox = new SchoolCombobox(
    this,
    () => this.schoolOptions(),
    () => this.shownSchool,
    (code) => this.selectSchool(code),
    `${this.idPrefix}-school`,
  );

  private readonly reasonsData = this.useData({
    hostValue: () => this.data,
    check: checkReasonStatistics,
    args: () => {
      const q = this.currentQuery();
      return q ? ([this.school, q.from, q.to, q.compareFrom, q.compareTo, this.effectiveScope] as const) : null;
    },
    load: async (client, [school, from, to, compareFrom, compareTo, reasonScope], signal) => {
      try {
        return await client.statistics.reasons({ from, to, compareFrom, compareTo, reasonScope, ...(school ? { school } : {}) }, { signal });
      } catch (error) {
        // The server publishes whole school years only to this caller: switch and ask again
        // (the changed arguments start the next run; until then the loading state stays).
        if (publicationProblem(error) && !this.schoolYearsOnly) {
          this.learnSchoolYears();
          return undefined;
        }
        throw error;
      }
    },
  });

  private readonly schoolsData = this.useData({
    hostValue: () => this.schools,
    check: checkSchoolStatistics,
    args: () => {
      // Only the region view shows the ranking; the school list of the picker comes from reference data.
      const q = !this.noRanking && this.data === undefined ? this.currentQuery() : null;
      return q ? ([q.from, q.to, q.compareFrom, q.compareTo] as const) : null;
    },
    load: (client, [from, to, compareFrom, compareTo], signal) => client.statistics.schools({ from, to, compareFrom, compareTo }, { signal }),
  });

  private get m(): ReasonChartMessages {
    return this.messagesOf(reasonChartMessages);
  }

  private get texts(): ChartTexts {
    return new ChartTexts(this.m, this.locale, this.todayIso);
  }

  private get todayIso(): string {
    return resolveToday(this.today);
  }

  // ---- period ------------------------------------------------------------------------------

  /** True when only whole school years and the main reason may be asked for (set, learned or in the data). */
  get schoolYearsOnly(): boolean {
    const shown = this.data ?? this.reasonsData?.loaded;
    return this.publication === 'school-year' || this.learnedSchoolYears || shown?.publication?.periodUnit === 'schoolYear';
  }

  private get effectiveScope(): ReasonScope {
    return this.schoolYearsOnly ? 'primary' : this.reasonScope;
  }

  private learnSchoolYears() {
    this.learnedSchoolYears = true;
    // A preset that is no longer offered falls back to this school year; the dashboard follows.
    if (this.period === 'last-3-months' || this.period === 'custom') {
      this.period = 'this-school-year';
      this.emitPeriodChange();
    }
  }

  /** Period and comparison as chosen (see chart-period.ts). */
  private get chosen(): ChartPeriod {
    return chartPeriod(this, this.schoolYearsOnly, this.todayIso);
  }

  /** The selected period, or null when a custom period is incomplete or reversed. */
  get selectedPeriod(): Period | null {
    return this.chosen.period;
  }

  /** The comparison period of the selected period. */
  get selectedComparisonPeriod(): Period | null {
    const { period, comparison } = this.chosen;
    return period ? comparisonPeriod(period, comparison) : null;
  }

  private currentQuery() {
    const { period, comparison } = this.chosen;
    return period ? periodQuery(period, comparison) : null;
  }

  // ---- lifecycle -------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('school') || changed.has('reasonScope') || changed.has('period')) this.bars.reset();
  }

  // ---- data --------------------------------------------------------------------------------

  /** The reason statistics on screen (host data first), or undefined while none. */
  get statistics(): ReasonStatistics | undefined {
    return this.data !== undefined ? this.data : this.reasonsData.loaded;
  }

  private get schoolStatistics(): SchoolStatistics | undefined {
    return this.schools !== undefined ? this.schools : this.schoolsData.loaded;
  }

  private reasonLabel = (code: string): string => {
    const fromServer = this.referenceData?.reasons.find((r) => r.code === code);
    if (fromServer) return fromServer.label[this.locale];
    return isReasonCode(code) ? taxonomyReason(code).label[this.locale] : code;
  };

  /** Schools for the picker, by name (see school-options.ts). */
  private schoolOptions(): SchoolOption[] {
    const input = { schools: this.referenceData?.schools, stats: this.schoolStatistics, school: this.school, locale: this.locale };
    return this.options.get({ ...input, wholeRegion: this.m.wholeRegion });
  }

  private schoolName(code: string | null): string | null {
    if (!code) return null;
    return this.schoolOptions().find((o) => o.code === code)?.name ?? code;
  }

  /** The school on screen: the chosen one, else the one host data is about. */
  private get shownSchool(): string | null {
    return this.school ?? (this.data && typeof this.data.school === 'string' ? this.data.school : null);
  }

  /** The rows on screen (chart, table and CSV all use these), most mentioned first. */
  get rows(): ChartRow[] {
    const data = this.statistics;
    if (!data || checkReasonStatistics(data)) return [];
    return this.rowsOf(data);
  }

  /** Rows of a response, computed once per response, language and taxonomy. */
  private rowsOf(data: ReasonStatistics): ChartRow[] {
    const memo = this.rowsMemo;
    const reasons = this.referenceData?.reasons;
    if (memo && memo.data === data && memo.locale === this.locale && memo.reasons === reasons) return memo.rows;
    const rows = reasonRows(data, this.reasonLabel, this.locale);
    this.rowsMemo = { data, locale: this.locale, reasons, rows };
    return rows;
  }

  /** The summary sentence of the chart. */
  get summary(): string {
    const data = this.statistics;
    return data ? summarySentence(data, this.rows, this.texts) : '';
  }

  // ---- actions -------------------------------------------------------------------------------

  /** Switches to a school (or the region with null) and tells the host. */
  selectSchool(code: string | null): void {
    const school = code || null;
    if (school === this.shownSchool) return;
    this.school = school;
    this.emit('tz-school-selected', { school, name: this.schoolName(school) });
  }

  /** A choice in the ranking or "back": then focus moves on (see ranking.ts). */
  private selectFromList(code: string | null) {
    this.selectSchool(code);
    void this.updateComplete.then(() => focusAfterChoice(this.renderRoot, code));
  }

  private emitPeriodChange() {
    const period = this.selectedPeriod;
    const comparison = this.selectedComparisonPeriod;
    if (!period || !comparison) return;
    this.emit('tz-period-change', { preset: this.period, comparison: this.comparison, period, comparisonPeriod: comparison });
  }

  private toggleView() {
    this.view = this.view === 'table' ? 'chart' : 'table';
  }

  /** Loads again (connected mode). */
  retry(): void {
    void this.reasonsData.run();
    if (this.schoolsData.state.status === 'error') void this.schoolsData.run();
  }

  // ---- export ----------------------------------------------------------------------------------

  /** CSV of the rows shown, with the period in the column headers and the server's totals. */
  toCsv(): string {
    const data = this.statistics;
    return data ? reasonCsv(data, this.rows, this.m, this.locale) : '';
  }

  /** The chart as a standalone SVG document (token colours inlined), or '' when no chart is shown. */
  toSvg(): string {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.chart-svg');
    if (!svg) return '';
    return serializeSvg(svg, getComputedStyle(this).getPropertyValue('--_surface').trim() || undefined);
  }

  /** Exports what is shown; fires the cancelable `tz-chart-export` first. */
  async export(format: ExportFormat): Promise<void> {
    let blob: Blob | null;
    if (format === 'csv') {
      blob = csvBlob(this.toCsv());
    } else {
      // The image is of the chart: show it first when the table is on screen.
      if (this.view === 'table') {
        this.view = 'chart';
        await this.updateComplete;
      }
      blob = await imageBlob(format, this.toSvg(), this.lastLayout);
    }
    if (!blob) return;
    const filename = exportFileName(this.m.fileBase, this.school, this.statistics, format);
    if (this.emit('tz-chart-export', { format, filename, blob }, { cancelable: true })) downloadBlob(blob, filename, this.renderRoot);
  }

  // ---- rendering -------------------------------------------------------------------------------

  override render() {
    const headingId = `${this.idPrefix}-heading`;
    // Focusable: after a school is chosen in the ranking, focus moves to the chart's heading.
    return html`<section class="base" part="base" aria-labelledby=${headingId}>
      ${heading({ level: this.headingLevel, className: 'heading', id: headingId, focusable: true }, this.m.title)} ${this.renderControls()}
      <div class="body" aria-busy=${this.reasonsData.pending ? 'true' : 'false'}>${this.renderBody()}</div>
      ${this.renderRanking()}
    </section>`;
  }

  private renderControls() {
    const m = this.m;
    const chosen = this.chosen;
    const view: ControlsView = {
      id: this.idPrefix,
      m,
      period: this.period,
      from: this.from,
      to: this.to,
      reasonScope: this.reasonScope,
      customInvalid: this.period === 'custom' && !chosen.period && Boolean(this.from && this.to),
      comparison: chosen.comparison,
      comparisonChoices: comparisonChoices(chosen.period, chosen.schoolYears, m),
      schoolPicker: this.noSchoolPicker
        ? nothing
        : this.combobox.render({ label: m.schoolLabel, hint: m.schoolHint, noMatch: m.noSchoolMatch, count: m.schoolOptionsCount }),
      ...this.actions,
    };
    return this.schoolYearsOnly ? renderSchoolYearControls(view) : renderControls(view);
  }

  private renderBody(): TemplateResult | typeof nothing {
    const m = this.m;
    const noClient = () => statusState(m.noClient);
    const error = (text: string, canRetry: boolean) =>
      errorState({ title: m.errorTitle, text, retry: canRetry ? { label: m.retry, onRetry: () => this.retry() } : undefined });
    const skeleton = [80, 62, 45, 30].map((w) => html`<div class="skeleton skeleton-bar" ${styleProps({ width: `${w}%` })}></div>`);
    return (
      this.reasonsData.render<TemplateResult | typeof nothing>({
        invalid: () => error(m.errorBadData, false),
        'no-client': noClient,
        idle: () => (this.activeClient ? nothing : noClient()),
        loading: ({ previous }) => (previous ? this.renderData(previous) : loadingState(m.loading, skeleton)),
        ready: ({ value }) => this.renderData(value),
        error: ({ error: e }) =>
          error(
            schoolTooSmall(e) && errorKind(e) !== 'cors'
              ? m.errorSchoolTooSmall
              : errorText(e, this.locale, { forbidden: m.errorForbidden, generic: m.errorGeneric }),
            !publicationProblem(e),
          ),
      }) ?? nothing
    );
  }

  private renderData(data: ReasonStatistics) {
    const m = this.m;
    const t = this.texts;
    const rows = this.rowsOf(data);
    const where = data.school ? (this.schoolName(data.school) ?? data.school) : m.regionName;
    const scope = data.reasonScope === 'all' ? m.scopeAll : m.scopePrimary;
    const sub = { level: this.headingLevel + 1, className: 'subheading', id: `${this.idPrefix}-sub`, focusable: true };
    const header = html`${heading(sub, m.chartHeading(scope, where))}
      <p class="period-text">${t.period(data.period)} · ${m.legendComparison.toLowerCase()}: ${t.period(data.comparisonPeriod)}</p>`;
    if (!rows.length) {
      return html`${header}
        <div class="state empty" role="status">
          <p class="state-title">${m.emptyTitle}</p>
          <p>${m.emptyText}</p>
        </div>`;
    }
    const anySuppressed = rows.some((r) => r.suppressed || r.comparisonSuppressed);
    return html`${header}
      <p class="summary" part="summary" aria-live="polite">${this.summary}</p>
      ${renderToolbar({ m, table: this.view === 'table', onToggle: () => this.toggleView(), onExport: (format) => void this.export(format) })}
      ${this.view === 'table' ? renderReasonTable(data, rows, t) : this.renderChart(data, rows, t)}
      ${anySuppressed ? html`<p class="note suppressed-note">${m.suppressedNote(t.num(data.suppressionThreshold))}</p>` : nothing}`;
  }

  private renderChart(data: ReasonStatistics, rows: ChartRow[], t: ChartTexts) {
    const { template, layout } = renderChartView(data, rows, t, {
      idPrefix: this.idPrefix,
      width: this.chartWidth.value || 640,
      style: getComputedStyle(this),
      measure: this.textMeasure,
      activeIndex: this.bars.active,
      onKeyDown: this.bars.onKeyDown,
      onFocusIn: this.bars.onFocusIn,
    });
    this.lastLayout = layout;
    return template;
  }

  private renderRanking() {
    if (this.shownSchool) return this.noSchoolPicker ? nothing : renderBackToRegion(this.m.backToRegion, () => this.selectFromList(null));
    const stats = this.noRanking ? undefined : this.schoolStatistics;
    if (!stats || checkSchoolStatistics(stats)) return nothing;
    return renderRanking(stats, {
      id: `${this.idPrefix}-ranking`,
      headingLevel: this.headingLevel + 1,
      t: this.texts,
      onSelect: (school) => this.selectFromList(school),
    });
  }
}
