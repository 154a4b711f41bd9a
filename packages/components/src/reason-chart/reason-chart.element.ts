import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
// styleProps, not a style attribute: a strict CSP (style-src 'self') blocks style attributes.
import { styleProps } from '../base/style-props.js';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { isReasonCode, lastSchoolYear, reason as taxonomyReason, thisSchoolYear, todayInAmsterdam, type Period } from '@thuiszitters/domain';
import type { ReasonStatistics, SchoolStatistics } from '@thuiszitters/sdk';
import { errorKind, errorText } from '../base/errors.js';
import { TzElement } from '../base/tz-element.js';
import { referenceDataContext, type ReferenceData } from '../context/contexts.js';
import type { Locale } from '../i18n/locale.js';
import { formatCount, formatLongDate } from './format.js';
import { buttonStyles, stateStyles } from '../styles/shared.styles.js';
import { renderBarChart, type BarChartRow } from './bar-chart.js';
import { checkReasonStatistics, checkSchoolStatistics, collator, placeholderValue, reasonRows, scaleMax, schoolRows, type ChartRow } from './chart-model.js';
import { downloadBlob, serializeSvg, svgToPng, toCsv } from './export.js';
import { layoutChart, type ChartLayout, type Measure } from './layout.js';
import { reasonChartMessages, type ReasonChartMessages } from './messages.js';
import {
  comparisonPeriod,
  isComparisonMode,
  isPeriodPreset,
  isSchoolYearPreset,
  periodQuery,
  resolvePeriod,
  type ComparisonMode,
  type PeriodPreset,
} from './period.js';
import { reasonChartStyles } from './reason-chart.styles.js';
import { comparisonChoices, effectiveComparison, renderComparisonSelect } from './comparison-choices.js';
import { SchoolCombobox, type SchoolOption } from './school-combobox.js';
import { comparisonName, describeChange, formatChange } from './wording.js';
import { errorState } from '../base/states.js';

export type ReasonScope = 'primary' | 'all';
/** Which periods the caller may ask reason statistics for (the server's disclosure control). */
export type PublicationUnit = 'day' | 'school-year';

/** The server's problem type for a period or filter its disclosure control does not publish. */
const PUBLICATION_PROBLEM = 'https://thuiszitters.nl/problems/publication-period';
function publicationProblem(error: unknown): { invalidParams?: { name: string }[] } | null {
  const problem = (error as { problem?: { type?: string; invalidParams?: { name: string }[] } } | undefined)?.problem;
  return problem?.type === PUBLICATION_PROBLEM ? problem : null;
}
export type ExportFormat = 'csv' | 'svg' | 'png';

export interface SchoolSelectedDetail {
  /** `BRIN + vestiging`, or null for the whole region. */
  school: string | null;
  name: string | null;
}
export interface PeriodChangeDetail {
  preset: PeriodPreset;
  comparison: ComparisonMode;
  period: Period;
  comparisonPeriod: Period;
}
export interface ReasonScopeChangeDetail {
  reasonScope: ReasonScope;
}
export interface ExportDetail {
  format: ExportFormat;
  filename: string;
  blob: Blob;
}

let instances = 0;

/**
 * Why pupils are at home: a horizontal bar chart of reasons, for the whole region or one school,
 * for a period against a comparison period. Connected (loads through the SDK client of
 * `<tz-provider>` or `.client`) or controlled (set `.data`, and optionally `.schools`).
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
export class TzReasonChartElement extends TzElement {
  static override styles = [...TzElement.styles, buttonStyles, stateStyles, reasonChartStyles];

  /** The chosen school as `BRIN + vestiging` (e.g. `12AB00`); absent = the whole region. */
  @property({ reflect: true }) school: string | null = null;

  /** Period preset: `this-school-year` (default), `last-school-year`, `last-3-months` or `custom` (uses `from`/`to`). */
  @property({ reflect: true }) period: PeriodPreset = 'this-school-year';

  /** Start of a custom period (`YYYY-MM-DD`). */
  @property({ reflect: true }) from?: string;

  /** End of a custom period (`YYYY-MM-DD`, inclusive). */
  @property({ reflect: true }) to?: string;

  /** Comparison: `previous` (the period of the same length before, default) or `last-year`. */
  @property({ reflect: true }) comparison: ComparisonMode = 'previous';

  /** `primary` (default): the main reason of each case; `all`: every reason mentioned. */
  @property({ attribute: 'reason-scope', reflect: true }) reasonScope: ReasonScope = 'primary';

  /** The date presets are computed from (`YYYY-MM-DD`); today in the Netherlands when absent. */
  @property() today?: string;

  /**
   * `day` (default): any period. `school-year`: only whole school years and the main reason, as
   * the server publishes reasons to roles without access to the cases (SWV, leerplicht). The
   * element also switches by itself when the server says so.
   */
  @property({ reflect: true }) publication: PublicationUnit = 'day';

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

  /** Width of the chart area in CSS pixels, from a ResizeObserver on the element. */
  @state() protected chartWidth = 0;
  /** Set when the server answered that this caller gets whole school years only. */
  @state() protected learnedSchoolYears = false;
  @state() protected activeBar = 0;

  private readonly idPrefix = `tz-rc-${++instances}`;
  private resizeObserver?: ResizeObserver;
  private measureContext?: CanvasRenderingContext2D | null;
  private readonly measureCache = new Map<string, number>();
  private lastLayout?: ChartLayout;

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

  private today_(): string {
    return this.today ?? todayInAmsterdam();
  }

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

  /** The selected period, or null when a custom period is incomplete or reversed. */
  get selectedPeriod(): Period | null {
    const preset = isPeriodPreset(this.period) ? this.period : 'this-school-year';
    if (this.schoolYearsOnly) return preset === 'last-school-year' ? lastSchoolYear(this.today_()) : thisSchoolYear(this.today_());
    return resolvePeriod(preset, this.today_(), { from: this.from, to: this.to });
  }

  private get comparisonMode(): ComparisonMode {
    return effectiveComparison(this.comparison, this.schoolYearsOnly || isSchoolYearPreset(isPeriodPreset(this.period) ? this.period : 'this-school-year'));
  }

  /** The comparison options for the selected period (school years by name, see comparison-choices.ts). */
  private comparisonChoices() {
    const preset = isPeriodPreset(this.period) ? this.period : 'this-school-year';
    return comparisonChoices(this.selectedPeriod, this.schoolYearsOnly || isSchoolYearPreset(preset), this.m);
  }

  /** The comparison period of the selected period. */
  get selectedComparisonPeriod(): Period | null {
    const period = this.selectedPeriod;
    return period ? comparisonPeriod(period, this.comparisonMode) : null;
  }

  private currentQuery() {
    const period = this.selectedPeriod;
    return period ? periodQuery(period, this.comparisonMode) : null;
  }

  // ---- lifecycle -------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = Math.floor(entries[entries.length - 1].contentRect.width);
        // Next frame: re-rendering inside the callback would change our height in the same frame.
        if (width !== this.chartWidth) requestAnimationFrame(() => (this.chartWidth = width));
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Measure once before the first render so the chart is drawn at the right width at once.
    if (!this.hasUpdated && this.isConnected) this.chartWidth = Math.floor(this.getBoundingClientRect().width);
    if (changed.has('data') || changed.has('school') || changed.has('reasonScope') || changed.has('period')) this.activeBar = 0;
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

  private schoolOptionsMemo?: { schools: unknown; stats: unknown; school: string | null; locale: string; options: SchoolOption[] };

  /**
   * Schools for the picker: the region's schools from reference data and the statistics, by name.
   * Asked several times per render (picker, names): built once per list, school and language.
   */
  private schoolOptions(): SchoolOption[] {
    const memo = this.schoolOptionsMemo;
    const schools = this.referenceData?.schools;
    const stats = this.schoolStatistics;
    if (memo && memo.schools === schools && memo.stats === stats && memo.school === this.school && memo.locale === this.locale) return memo.options;
    const options = this.buildSchoolOptions();
    this.schoolOptionsMemo = { schools, stats, school: this.school, locale: this.locale, options };
    return options;
  }

  private buildSchoolOptions(): SchoolOption[] {
    const byCode = new Map<string, string>();
    for (const s of this.referenceData?.schools ?? []) byCode.set(`${s.brin}${s.vestiging}`, s.name);
    const stats = this.schoolStatistics;
    if (stats && Array.isArray(stats.items)) for (const s of stats.items) if (!byCode.has(s.school)) byCode.set(s.school, s.name);
    if (this.school && !byCode.has(this.school)) byCode.set(this.school, this.school);
    const schools = [...byCode].map(([code, name]) => ({ code, name }));
    // One school needs no collator (building one costs milliseconds of the first render).
    if (schools.length > 1) {
      const compare = collator(this.locale).compare;
      schools.sort((a, b) => compare(a.name, b.name));
    }
    return [{ code: null, name: this.m.wholeRegion }, ...schools];
  }

  private schoolName(code: string | null): string | null {
    if (!code) return null;
    return this.schoolOptions().find((o) => o.code === code)?.name ?? code;
  }

  /** The school on screen: the chosen one, else the one host data is about. */
  private get shownSchool(): string | null {
    return this.school ?? (this.data && typeof this.data.school === 'string' ? this.data.school : null);
  }

  private rowsMemo?: { data: ReasonStatistics; locale: string; reasons: unknown; rows: ChartRow[] };

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

  // ---- actions -------------------------------------------------------------------------------

  /** Switches to a school (or the region with null) and tells the host. */
  selectSchool(code: string | null): void {
    const school = code || null;
    if (school === this.shownSchool) return;
    this.school = school;
    this.emit<SchoolSelectedDetail>('tz-school-selected', { school, name: this.schoolName(school) });
  }

  /**
   * A click in the ranking or on "back" removes the button that had focus: put focus where the
   * user continues, never on the page body. After choosing a school that is the chart's heading
   * (it names the school): the ranking below the chart is gone, so focus there would leave the
   * chart scrolled out of view. Back to the region: the ranking's heading.
   */
  private selectFromList(code: string | null) {
    this.selectSchool(code);
    void this.updateComplete.then(() => {
      const target = code
        ? (this.renderRoot.querySelector<HTMLElement>('.subheading') ?? this.renderRoot.querySelector<HTMLElement>('.back-to-region'))
        : (this.renderRoot.querySelector<HTMLElement>('.ranking [role="heading"]') ?? this.renderRoot.querySelector<HTMLElement>('.combobox-input'));
      target?.focus();
    });
  }

  private emitPeriodChange() {
    const period = this.selectedPeriod;
    const comparison = this.selectedComparisonPeriod;
    if (!period || !comparison) return;
    this.emit<PeriodChangeDetail>('tz-period-change', {
      preset: this.period,
      comparison: this.comparison,
      period,
      comparisonPeriod: comparison,
    });
  }

  private onPresetChange(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    if (!isPeriodPreset(value)) return;
    if (value === 'custom' && (!this.from || !this.to)) {
      // Start a custom period from what was shown, so the date fields are never empty.
      const current = this.selectedPeriod;
      this.from = current?.from;
      this.to = current?.to;
    }
    this.period = value;
    this.emitPeriodChange();
  }

  private onComparisonChange(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    if (!isComparisonMode(value)) return;
    this.comparison = value;
    this.emitPeriodChange();
  }

  private onCustomDate(which: 'from' | 'to', event: Event) {
    this[which] = (event.target as HTMLInputElement).value || undefined;
    if (this.selectedPeriod) this.emitPeriodChange();
  }

  private onScopeChange(scope: ReasonScope) {
    if (scope === this.reasonScope) return;
    this.reasonScope = scope;
    this.emit<ReasonScopeChangeDetail>('tz-reason-scope-change', { reasonScope: scope });
  }

  private toggleView() {
    this.view = this.view === 'table' ? 'chart' : 'table';
  }

  /** Loads again (connected mode). */
  retry(): void {
    void this.reasonsData.run();
    if (this.schoolsData.state.status === 'error') void this.schoolsData.run();
  }

  // ---- text ------------------------------------------------------------------------------

  private num(n: number) {
    return formatCount(n, this.locale);
  }

  private countText(count: number | null, threshold: number) {
    return count === null ? this.m.fewerThan(this.num(threshold)) : this.num(count);
  }

  private spokenCount(count: number | null, threshold: number) {
    return count === null
      ? this.m.pupils(this.m.fewerThanSpoken(this.num(threshold)), false)
      : this.m.pupils(this.num(count), count === 1);
  }

  private periodText(p: Period) {
    return this.m.periodRange(formatLongDate(p.from, this.locale), formatLongDate(p.to, this.locale));
  }

  private comparisonNameOf(data: ReasonStatistics) {
    return comparisonName(data.period, data.comparisonPeriod, this.today_(), this.m, (p) => this.periodText(p));
  }

  /** The summary sentence of the chart. */
  get summary(): string {
    const data = this.statistics;
    if (!data) return '';
    const rows = this.rows;
    const m = this.m;
    const t = data.suppressionThreshold;
    if (!rows.length || (data.total === 0 && rows.every((r) => r.count === 0))) return m.summaryEmpty;
    const top = rows[0];
    if (top.count === null) return m.summaryAllSuppressed(this.num(t));
    const than = this.comparisonNameOf(data);
    const change = top.change === null ? '' : describeChange(top.change, than, m, (n) => this.num(n));
    const shared = rows.length > 1 && rows[1].count === top.count;
    const label = shortLabel(top.label);
    const sentence = (shared ? m.summaryTopShared : m.summaryTop)(label, this.spokenCount(top.count, t), change);
    return `${sentence} ${m.summaryTotal(this.spokenCount(data.total ?? null, t))}`;
  }

  private barRows(data: ReasonStatistics, rows: ChartRow[]): BarChartRow[] {
    const t = data.suppressionThreshold;
    const than = this.comparisonNameOf(data);
    return rows.map((row) => ({
      key: row.key,
      label: row.label,
      suppressed: row.suppressed,
      comparisonSuppressed: row.comparisonSuppressed,
      value: this.countText(row.count, t),
      comparison: this.countText(row.comparisonCount, t),
      change: row.change === null ? '' : formatChange(row.change, this.m, (n) => this.num(n)),
      name: this.m.barName(
        row.label,
        this.spokenCount(row.count, t),
        this.spokenCount(row.comparisonCount, t),
        row.change === null ? this.m.changeUnknown : describeChange(row.change, than, this.m, (n) => this.num(n)),
      ),
    }));
  }

  // ---- measuring -----------------------------------------------------------------------------

  /** `font-size font-family` of the chart text, read once per chart render. */
  private fontSpec = '16px sans-serif';

  private measure: Measure = (text, bold = false) => {
    const font = `${bold ? '700' : '400'} ${this.fontSpec}`;
    const key = `${font}|${text}`;
    const cached = this.measureCache.get(key);
    if (cached !== undefined) return cached;
    this.measureContext ??= document.createElement('canvas').getContext('2d');
    let width: number;
    if (this.measureContext) {
      this.measureContext.font = font;
      // A small margin: canvas and SVG text can differ by a subpixel per glyph.
      width = this.measureContext.measureText(text).width * 1.03 + 1;
    } else {
      width = text.length * (parseFloat(this.fontSpec) || 16) * 0.6;
    }
    this.measureCache.set(key, width);
    return width;
  };

  // ---- keyboard on the bars --------------------------------------------------------------------

  private onBarKeyDown(event: KeyboardEvent) {
    const count = this.rows.length;
    if (!count) return;
    let next = this.activeBar;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(this.activeBar + 1, count - 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(this.activeBar - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.activeBar = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>(`.row[data-index="${next}"]`)?.focus());
  }

  private onBarFocus(event: FocusEvent) {
    const index = Number((event.target as Element).getAttribute?.('data-index'));
    if (Number.isInteger(index) && index !== this.activeBar) this.activeBar = index;
  }

  // ---- export ----------------------------------------------------------------------------------

  /** CSV of the rows shown, with the period in the column headers and the server's totals. */
  toCsv(): string {
    const data = this.statistics;
    if (!data) return '';
    const m = this.m;
    const t = data.suppressionThreshold;
    const rows = this.rows.map((r) => [
      r.label,
      r.key,
      this.csvCount(r.count, t),
      this.csvCount(r.comparisonCount, t),
      r.change === null ? '' : r.change,
    ]);
    const total = [m.total, '', this.csvCount(data.total ?? null, t), this.csvCount(data.comparisonTotal ?? null, t), ''];
    return toCsv({
      delimiter: this.locale === 'nl' ? ';' : ',',
      header: [
        m.colReason,
        'code',
        `${m.colCount} ${data.period.from} – ${data.period.to}`,
        `${m.colCount} ${data.comparisonPeriod.from} – ${data.comparisonPeriod.to}`,
        m.colChange,
      ],
      rows: [...rows, total],
    });
  }

  private csvCount(count: number | null, threshold: number) {
    return count === null ? `< ${threshold}` : count;
  }

  /** The chart as a standalone SVG document (token colours inlined), or '' when no chart is shown. */
  toSvg(): string {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.chart-svg');
    if (!svg) return '';
    return serializeSvg(svg, getComputedStyle(this).getPropertyValue('--_surface').trim() || undefined);
  }

  private fileName(ext: string) {
    const data = this.statistics;
    const where = this.school ?? 'regio';
    return `${this.m.fileBase}-${where}-${data?.period.from ?? ''}-${data?.period.to ?? ''}.${ext}`;
  }

  /** Exports what is shown; fires the cancelable `tz-chart-export` first. */
  async export(format: ExportFormat): Promise<void> {
    let blob: Blob;
    if (format === 'csv') {
      blob = new Blob(['\uFEFF', this.toCsv()], { type: 'text/csv;charset=utf-8' });
    } else {
      if (this.view === 'table') {
        this.view = 'chart';
        await this.updateComplete;
      }
      const svgText = this.toSvg();
      if (!svgText) return;
      if (format === 'svg') blob = new Blob([svgText], { type: 'image/svg+xml' });
      else blob = await svgToPng(svgText, this.lastLayout?.width ?? 640, this.lastLayout?.height ?? 400);
    }
    const filename = this.fileName(format);
    if (this.emit<ExportDetail>('tz-chart-export', { format, filename, blob }, { cancelable: true })) {
      downloadBlob(blob, filename, this.renderRoot as ShadowRoot);
    }
  }

  // ---- rendering -------------------------------------------------------------------------------

  private heading(level: number, cls: string, id: string, text: string) {
    const clamped = Math.min(Math.max(Math.round(level) || 2, 1), 6);
    // tabindex -1: the chart's heading takes focus after a school is chosen in the ranking.
    return html`<div class=${cls} id=${id} role="heading" aria-level=${clamped} tabindex="-1">${text}</div>`;
  }

  override render() {
    const m = this.m;
    const headingId = `${this.idPrefix}-heading`;
    return html`<section class="base" part="base" aria-labelledby=${headingId}>
      ${this.heading(this.headingLevel, 'heading', headingId, m.title)} ${this.renderControls()}
      <div class="body" aria-busy=${this.isLoading() ? 'true' : 'false'}>${this.renderBody()}</div>
      ${this.renderRanking()}
    </section>`;
  }

  private isLoading() {
    return this.reasonsData.pending;
  }

  private renderControls() {
    const m = this.m;
    const id = this.idPrefix;
    const customInvalid = this.period === 'custom' && !this.selectedPeriod && Boolean(this.from && this.to);
    if (this.schoolYearsOnly) return this.renderSchoolYearControls();
    return html`<div class="controls" part="controls">
      <fieldset>
        <legend>${m.scopeLegend}</legend>
        ${(['primary', 'all'] as const).map(
          (scope) => html`<label class="radio">
            <input
              type="radio"
              name="${id}-scope"
              value=${scope}
              .checked=${this.reasonScope === scope}
              @change=${() => this.onScopeChange(scope)}
            />
            ${scope === 'primary' ? m.scopePrimary : m.scopeAll}
          </label>`,
        )}
      </fieldset>
      ${this.noSchoolPicker
        ? nothing
        : this.combobox.render({ label: m.schoolLabel, hint: m.schoolHint, noMatch: m.noSchoolMatch, count: m.schoolOptionsCount })}
      <div>
        <div class="field">
          <label for="${id}-period">${m.periodLabel}</label>
          <select id="${id}-period" class="period-select" @change=${this.onPresetChange}>
            ${(
              [
                ['this-school-year', m.presetThisSchoolYear],
                ['last-school-year', m.presetLastSchoolYear],
                ['last-3-months', m.presetLast3Months],
                ['custom', m.presetCustom],
              ] as const
            ).map(([value, label]) => html`<option value=${value} ?selected=${this.period === value}>${label}</option>`)}
          </select>
        </div>
        ${this.period === 'custom'
          ? html`<div class="field">
                <label for="${id}-from">${m.customFrom}</label>
                <input
                  id="${id}-from"
                  class="custom-from"
                  type="date"
                  .value=${this.from ?? ''}
                  aria-invalid=${customInvalid ? 'true' : 'false'}
                  aria-describedby=${customInvalid ? `${id}-custom-error` : nothing}
                  @change=${(e: Event) => this.onCustomDate('from', e)}
                />
              </div>
              <div class="field">
                <label for="${id}-to">${m.customTo}</label>
                <input
                  id="${id}-to"
                  class="custom-to"
                  type="date"
                  .value=${this.to ?? ''}
                  aria-invalid=${customInvalid ? 'true' : 'false'}
                  aria-describedby=${customInvalid ? `${id}-custom-error` : nothing}
                  @change=${(e: Event) => this.onCustomDate('to', e)}
                />
              </div>
              ${customInvalid ? html`<p class="field-error" id="${id}-custom-error">${m.customInvalid}</p>` : nothing}`
          : nothing}
        ${renderComparisonSelect(`${id}-comparison`, this.comparisonMode, this.comparisonChoices(), this.onComparisonChange, m.comparisonLabel)}
      </div>
    </div>`;
  }

  /** Controls when only whole school years may be asked for: two presets, and why. */
  private renderSchoolYearControls() {
    const m = this.m;
    const id = this.idPrefix;
    const preset = this.period === 'last-school-year' ? 'last-school-year' : 'this-school-year';
    return html`<div class="controls" part="controls">
      ${this.noSchoolPicker
        ? nothing
        : this.combobox.render({ label: m.schoolLabel, hint: m.schoolHint, noMatch: m.noSchoolMatch, count: m.schoolOptionsCount })}
      <div>
        <div class="field">
          <label for="${id}-period">${m.periodLabel}</label>
          <select id="${id}-period" class="period-select" aria-describedby="${id}-publication" @change=${this.onPresetChange}>
            ${(
              [
                ['this-school-year', m.presetWholeSchoolYear],
                ['last-school-year', m.presetLastSchoolYear],
              ] as const
            ).map(([value, label]) => html`<option value=${value} ?selected=${preset === value}>${label}</option>`)}
          </select>
        </div>
        ${renderComparisonSelect(`${id}-comparison`, this.comparisonMode, this.comparisonChoices(), this.onComparisonChange, m.comparisonLabel)}
      </div>
      <p class="publication-note" id="${id}-publication">${m.publicationNote}</p>
    </div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const m = this.m;
    const noClient = () => html`<div class="state" role="status"><p>${m.noClient}</p></div>`;
    return (
      this.reasonsData.render<TemplateResult | typeof nothing>({
        invalid: () => this.renderError(m.errorBadData, false),
        'no-client': noClient,
        idle: () => (this.activeClient ? nothing : noClient()),
        loading: ({ previous }) => (previous ? this.renderData(previous) : this.renderLoading()),
        ready: ({ value }) => this.renderData(value),
        error: ({ error }) =>
          this.renderError(
            publicationProblem(error)?.invalidParams?.some((p) => p.name === 'school') && errorKind(error) !== 'cors'
              ? m.errorSchoolTooSmall
              : errorText(error, this.locale, { forbidden: m.errorForbidden, generic: m.errorGeneric }),
            !publicationProblem(error),
          ),
      }) ?? nothing
    );
  }

  private renderLoading() {
    return html`<div class="loading">
      <div class="state" role="status"><p>${this.m.loading}</p></div>
      <div aria-hidden="true">
        ${[80, 62, 45, 30].map((w) => html`<div class="skeleton skeleton-bar" ${styleProps({ width: `${w}%` })}></div>`)}
      </div>
    </div>`;
  }

  private renderError(text: string, canRetry: boolean) {
    const retry = canRetry ? { label: this.m.retry, onRetry: () => this.retry() } : undefined;
    return errorState({ title: this.m.errorTitle, text, retry });
  }

  private renderData(data: ReasonStatistics) {
    const m = this.m;
    const rows = this.rowsOf(data);
    const subId = `${this.idPrefix}-sub`;
    const where = data.school ? (this.schoolName(data.school) ?? data.school) : m.regionName;
    const scope = data.reasonScope === 'all' ? m.scopeAll : m.scopePrimary;
    const header = html`${this.heading(this.headingLevel + 1, 'subheading', subId, m.chartHeading(scope, where))}
      <p class="period-text">
        ${this.periodText(data.period)} · ${m.legendComparison.toLowerCase()}: ${this.periodText(data.comparisonPeriod)}
      </p>`;
    if (!rows.length) {
      return html`${header}
        <div class="state empty" role="status">
          <p class="state-title">${m.emptyTitle}</p>
          <p>${m.emptyText}</p>
        </div>`;
    }
    const anySuppressed = rows.some((r) => r.suppressed || r.comparisonSuppressed);
    const table = this.view === 'table';
    return html`${header}
      <p class="summary" part="summary" aria-live="polite">${this.summary}</p>
      <div class="toolbar">
        <button type="button" class="button secondary view-toggle" aria-pressed=${table ? 'true' : 'false'} @click=${this.toggleView}>
          ${m.showTable}
        </button>
        <div class="export" role="group" aria-label=${m.exportLabel}>
          <span class="export-label" aria-hidden="true">${m.exportLabel}:</span>
          <button type="button" class="button secondary export-csv" aria-label=${m.exportCsvName} @click=${() => this.export('csv')}>
            ${m.exportCsv}
          </button>
          <button type="button" class="button secondary export-svg" aria-label=${m.exportSvgName} @click=${() => this.export('svg')}>
            ${m.exportSvg}
          </button>
          <button type="button" class="button secondary export-png" aria-label=${m.exportPngName} @click=${() => this.export('png')}>
            ${m.exportPng}
          </button>
        </div>
      </div>
      ${table ? this.renderTable(data, rows) : this.renderChart(data, rows)}
      ${anySuppressed ? html`<p class="note suppressed-note">${m.suppressedNote(this.num(data.suppressionThreshold))}</p>` : nothing}`;
  }

  private renderLegend() {
    const m = this.m;
    const p = this.idPrefix;
    return html`<ul class="legend" aria-hidden="true">
      <li>
        <svg class="swatch" width="28" height="14"><rect class="current" width="28" height="14"></rect></svg>${m.legendCurrent}
      </li>
      <li>
        <svg class="swatch" width="28" height="14"><rect class="comparison" x="0.5" y="3.5" width="27" height="7" fill="url(#${p}-hatch)"></rect></svg>${m.legendComparison}
      </li>
    </ul>`;
  }

  private renderChart(data: ReasonStatistics, rows: ChartRow[]) {
    const t = data.suppressionThreshold;
    const barRows = this.barRows(data, rows);
    const width = this.chartWidth || 640;
    const style = getComputedStyle(this);
    this.fontSpec = `${style.fontSize} ${style.fontFamily}`;
    const max = scaleMax(rows, t);
    const placeholder = placeholderValue(t, max);
    const layout = layoutChart({
      width,
      fontSize: parseFloat(style.fontSize) || 16,
      rows: barRows,
      values: rows.map((r) => [r.suppressed ? placeholder : (r.count ?? 0), r.comparisonSuppressed ? placeholder : (r.comparisonCount ?? 0)]),
      max,
      measure: this.measure,
    });
    this.lastLayout = layout;
    const active = Math.min(this.activeBar, rows.length - 1);
    return html`${this.renderLegend()}
      <div class="chart-box" @keydown=${this.onBarKeyDown} @focusin=${this.onBarFocus}>
        ${renderBarChart({
          layout,
          rows: barRows,
          activeIndex: active,
          idPrefix: this.idPrefix,
          label: this.m.chartLabel(this.m.title, this.periodText(data.period)),
        })}
      </div>`;
  }

  private renderTable(data: ReasonStatistics, rows: ChartRow[]) {
    const m = this.m;
    const t = data.suppressionThreshold;
    const than = this.comparisonNameOf(data);
    const change = (c: number | null) =>
      c === null
        ? html`<span aria-hidden="true">–</span><span class="visually-hidden">${m.changeUnknown}</span>`
        : html`<span aria-hidden="true">${formatChange(c, m, (n) => this.num(n))}</span
            ><span class="visually-hidden">${describeChange(c, than, m, (n) => this.num(n))}</span>`;
    return html`<div class="table-wrap">
      <table part="table">
        <caption>
          ${m.tableCaption(m.title, this.periodText(data.period), this.periodText(data.comparisonPeriod))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.colReason}</th>
            <th scope="col" class="number">${m.colCount}</th>
            <th scope="col" class="number">${m.colComparison}</th>
            <th scope="col" class="number">${m.colChange}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr data-key=${r.key}>
              <th scope="row">${r.label}</th>
              <td class="number count">${this.countText(r.count, t)}</td>
              <td class="number comparison">${this.countText(r.comparisonCount, t)}</td>
              <td class="number change">${change(r.change)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${m.total}</th>
            <td class="number total">${this.countText(data.total ?? null, t)}</td>
            <td class="number comparison-total">${this.countText(data.comparisonTotal ?? null, t)}</td>
            <td></td>
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  private renderRanking() {
    const m = this.m;
    if (this.shownSchool) {
      return this.noSchoolPicker
        ? nothing
        : html`<div><button type="button" class="button link back-to-region" @click=${() => this.selectFromList(null)}>${m.backToRegion}</button></div>`;
    }
    if (this.noRanking) return nothing;
    const stats = this.schoolStatistics;
    if (!stats) return nothing;
    if (checkSchoolStatistics(stats)) return nothing;
    const rows = schoolRows(stats, this.locale);
    const t = stats.suppressionThreshold;
    const max = scaleMax(rows, t);
    const id = `${this.idPrefix}-ranking`;
    const than = m.namePrevious;
    return html`<section class="ranking" part="ranking" aria-labelledby=${id}>
      <div class="subheading" id=${id} role="heading" aria-level=${Math.min(Math.max(this.headingLevel + 1, 1), 6)} tabindex="-1">
        ${m.rankingTitle}
      </div>
      <p class="note">${m.rankingHint}</p>
      ${rows.length
        ? html`<ol>
            ${rows.map((r) => {
              const width = ((r.suppressed ? placeholderValue(t, max) : (r.count ?? 0)) / max) * 100;
              return html`<li>
                <button type="button" class="rank-button" data-school=${r.key} @click=${() => this.selectFromList(r.key)}>
                  <span class="rank-name">${r.label}</span>
                  <span class="rank-value"
                    ><span aria-hidden="true"
                      >${this.countText(r.count, t)}${r.change === null ? '' : ` ${formatChange(r.change, m, (n) => this.num(n))}`}</span
                    ><span class="visually-hidden"
                      >${this.spokenCount(r.count, t)}${r.change === null ? '' : `, ${describeChange(r.change, than, m, (n) => this.num(n))}`}</span
                    ></span
                  >
                  <span class="rank-bar ${r.suppressed ? 'suppressed' : ''}" ${styleProps({ width: `${width}%` })} aria-hidden="true"></span>
                </button>
              </li>`;
            })}
          </ol>`
        : html`<p>${m.rankingEmpty}</p>`}
    </section>`;
  }
}

/** "Psychische problematiek (angst, depressie, stress)" → "Psychische problematiek" for a sentence. */
function shortLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '') || label;
}
