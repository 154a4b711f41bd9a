import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { referenceDataContext, type ReferenceData } from '../context/contexts.js';
import { resolveProfile, type Period } from '@thuiszitters/domain';
import type { HeadlineStatistics, ReasonStatistics, SchoolStatistics } from '@thuiszitters/sdk';
import { errorText } from '../base/errors.js';
import { TzElement } from '../base/tz-element.js';
import { PeriodSelection } from '../shared/period-selection.js';
import { formatCount, formatLongDate } from '../shared/format.js';
import { buttonStyles, stateStyles } from '../styles/shared.styles.js';
import { periodTexts } from '../i18n/common.js';
import { isComparisonMode, isPeriodPreset, periodQuery, resolvePeriod, resolveToday } from '../shared/period.js';
import type { PeriodChangeDetail, ReasonScope, SchoolSelectedDetail } from '../shared/selection.js';
import { comparisonName } from '../shared/wording.js';
import { dashboardMessages, type DashboardMessages } from './messages.js';
import { trendSummary } from './sparkline.js';
import { checkHeadline, headlineTiles } from './tiles.js';
import { errorState, loadingState, statusState } from '../base/states.js';
import { heading } from '../shared/heading.js';
import { chartTokenStyles } from '../styles/chart-tokens.styles.js';
import { dashboardStyles } from './dashboard.styles.js';
import { renderContext, type ContextFigure } from './context-view.js';
import { renderTiles } from './tiles-view.js';
import { dashboardWhere, titleMessages, type DashboardArea } from './title.js';
import { isReportKind, ReportDownload, type ReportKind } from './reports.js';
import type { CaseListFilter } from '../shared/case-list-filter.js';

/** Detail of `tz-filter-requested`: the case list a tile stands for (hand it to `<tz-case-list>.applyFilter()`). */
export interface FilterRequestedDetail {
  filter: CaseListFilter;
  /** The tile that asked (`active`, `offerWithinNormShare`). */
  tile: string;
}

export type { ContextFigure };

let instances = 0;

/**
 * The headline figures of thuiszitters for the region or one school, against a comparison
 * period, with the monthly trend, context figures and the reason chart below. The chart's
 * school and period controls drive the whole dashboard.
 *
 * @element tz-dashboard
 * @fires tz-school-selected - (from the composed chart) a school or the region was chosen.
 * @fires tz-period-change - (from the composed chart) the period or comparison changed.
 * @fires tz-report-export - Cancelable; before a report CSV is downloaded. `detail` has `report`, `filename` and the `blob`.
 * @fires tz-filter-requested - With `list-links`: a tile's "show the cases" link was chosen; `detail` is `{ filter, tile }`, the filter for `<tz-case-list>.applyFilter()` (the open cases, or those past the norm; of the chosen school when one is).
 * @cssprop --tz-dashboard-tile-background - Background of the figure tiles.
 * @cssprop --tz-dashboard-tile-border - Border colour of the figure tiles.
 * @cssprop --tz-dashboard-gap - Space between the parts.
 * @cssprop --tz-chart-current - Fill of the trend bars (shared with the reason chart).
 * @csspart base - The outer section.
 * @csspart tiles - The list of figure tiles.
 * @csspart tile - One tile.
 * @csspart sparkline - The trend bars.
 * @csspart context - The context figures.
 * @csspart chart - The composed `<tz-reason-chart>`.
 * @csspart report - The report download (attribute `report`).
 */
export class TzDashboardElement extends PeriodSelection(TzElement) {
  static override styles = [...TzElement.styles, buttonStyles, stateStyles, chartTokenStyles, dashboardStyles];

  /** The chosen school (`BRIN + vestiging`); absent = the whole region. Shared with the chart. */
  @property({ reflect: true }) school: string | null = null;
  /** Level of the dashboard's heading (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /**
   * Whose cases the user sees, for the title: `region` (an SWV; default) or `municipality`
   * (leerplicht). A chosen school (`school`) always names that school.
   */
  @property({ reflect: true }) area: DashboardArea = 'region';
  /** The name of the area for the title, e.g. `Voorbeeldstad`; the region falls back to the SWV's name from the provider. */
  @property({ attribute: 'area-name' }) areaName?: string;
  /** Hide the school picker and ranking (a school that only sees itself). */
  @property({ attribute: 'no-school-picker', type: Boolean }) noSchoolPicker = false;

  /**
   * Tiles that stand for a list of cases (active, offer within the norm) get a link that emits
   * `tz-filter-requested`; set it when the page shows a `<tz-case-list>` to answer it.
   */
  @property({ attribute: 'list-links', type: Boolean }) listLinks = false;

  /** Controlled mode: the headline figures. Setting it stops the dashboard from fetching them. */
  @property({ attribute: false }) headline?: HeadlineStatistics;
  /** Controlled mode: reason statistics for the composed chart. */
  @property({ attribute: false }) reasons?: ReasonStatistics;
  /** Controlled mode: per-school statistics for the chart's ranking. */
  @property({ attribute: false }) schools?: SchoolStatistics;
  /** Extra context figures from the host, shown after the registry's own. */
  @property({ attribute: false }) context?: ContextFigure[];
  /**
   * A report the user's organisation delivers, offered as a CSV download on a reference date:
   * `inspectie` (an SWV's thuiszitter overview) or `leerplicht` (a municipality's leerplicht count).
   */
  @property({ reflect: true }) report: ReportKind | null = null;

  private readonly reportDownload = new ReportDownload(this);

  @consume({ context: referenceDataContext, subscribe: true })
  @state()
  protected referenceData?: ReferenceData;

  /** Name of the chosen school as the chart reported it. */
  @state() protected selectedSchoolName: string | null = null;

  private readonly idPrefix = `tz-db-${++instances}`;

  private readonly headlineData = this.useData({
    hostValue: () => this.headline,
    check: checkHeadline,
    args: () => {
      const q = this.currentQuery();
      return q ? ([this.school, q.from, q.to, q.compareFrom, q.compareTo] as const) : null;
    },
    load: (client, [school, from, to, compareFrom, compareTo], signal) =>
      client.statistics.headline({ from, to, compareFrom, compareTo, ...(school ? { school } : {}) }, { signal }),
  });

  private get m(): DashboardMessages {
    return this.messagesOf(dashboardMessages);
  }

  private get todayIso(): string {
    return resolveToday(this.today);
  }

  private currentQuery() {
    const preset = isPeriodPreset(this.period) ? this.period : 'this-school-year';
    const period = resolvePeriod(preset, this.todayIso, { from: this.from, to: this.to });
    return period ? periodQuery(period, isComparisonMode(this.comparison) ? this.comparison : 'previous') : null;
  }

  /** The headline figures on screen (host data first). */
  get statistics(): HeadlineStatistics | undefined {
    return this.headline !== undefined ? this.headline : this.headlineData.loaded;
  }

  // The chart's controls drive the dashboard; their events also reach the host (they bubble on).
  private onSchoolSelected = (event: CustomEvent<SchoolSelectedDetail>) => {
    this.school = event.detail.school;
    this.selectedSchoolName = event.detail.name;
  };

  private onPeriodChange = (event: CustomEvent<PeriodChangeDetail>) => {
    this.period = event.detail.preset;
    this.comparison = event.detail.comparison;
    if (event.detail.preset === 'custom') {
      this.from = event.detail.period.from;
      this.to = event.detail.period.to;
    }
  };

  private onScopeChange = (event: CustomEvent<{ reasonScope: ReasonScope }>) => {
    this.reasonScope = event.detail.reasonScope;
  };

  /** Loads the headline figures again (connected mode). */
  retry(): void {
    void this.headlineData.run();
  }

  private num = (n: number, options?: Intl.NumberFormatOptions) => formatCount(n, this.locale, options);

  private periodText(p: Period) {
    return periodTexts[this.locale].periodRange(formatLongDate(p.from, this.locale), formatLongDate(p.to, this.locale));
  }

  private month = (yearMonth: string) => {
    const d = new Date(`${yearMonth}-15T12:00:00Z`);
    if (Number.isNaN(d.getTime())) return yearMonth;
    return new Intl.DateTimeFormat(this.locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
  };

  override render() {
    const m = this.m;
    const headingId = `${this.idPrefix}-heading`;
    return html`<section class="base" part="base" aria-labelledby=${headingId}>
      ${heading({ level: this.headingLevel, className: 'heading', id: headingId }, m.title(this.where()))}
      <div class="figures" aria-busy=${this.headlineData.pending ? 'true' : 'false'}>${this.renderFigures()}</div>
      <tz-reason-chart
        part="chart"
        exportparts="chart: chart-svg, table, ranking, summary, controls, school-picker"
        school=${this.school ?? nothing}
        period=${this.period}
        from=${this.from ?? nothing}
        to=${this.to ?? nothing}
        comparison=${this.comparison}
        reason-scope=${this.reasonScope}
        publication=${this.publication}
        today=${this.today ?? nothing}
        heading-level=${Math.min(this.headingLevel + 1, 6)}
        ?no-school-picker=${this.noSchoolPicker}
        ?no-ranking=${this.noSchoolPicker}
        .client=${this.client}
        .data=${this.reasons}
        .schools=${this.schools}
        @tz-school-selected=${this.onSchoolSelected}
        @tz-period-change=${this.onPeriodChange}
        @tz-reason-scope-change=${this.onScopeChange}
      ></tz-reason-chart>
      ${isReportKind(this.report) ? this.reportDownload.render(this.report, this.idPrefix, this.headingLevel + 1, this.activeClient, this.todayIso) : nothing}
    </section>`;
  }

  /** What the title names (see title.ts). */
  private where(): string {
    return dashboardWhere(
      { schoolName: this.schoolName(), area: this.area, areaName: this.areaName, swvName: this.referenceData?.profile?.name },
      this.messagesOf(titleMessages),
    );
  }

  /** The chosen school's name: from reference data, the chart's event or the ranking; else its code. */
  private schoolName(): string | null {
    const code = this.school;
    if (!code) return null;
    const known = this.referenceData?.schools.find((s) => `${s.brin}${s.vestiging}` === code)?.name;
    const ranked = Array.isArray(this.schools?.items) ? this.schools.items.find((s) => s.school === code)?.name : undefined;
    return known ?? ranked ?? (this.selectedSchoolName && this.selectedSchoolName !== code ? this.selectedSchoolName : code);
  }

  private renderFigures() {
    const m = this.m;
    const loading = () => loadingState(m.loading, [1, 2, 3, 4, 5].map(() => html`<div class="skeleton skeleton-tile"></div>`), 'tiles');
    return this.headlineData.render({
      invalid: () => errorState({ title: m.errorTitle, text: m.errorBadData }),
      'no-client': () => statusState(m.noClient),
      idle: loading,
      loading: ({ previous }) => (previous ? this.renderHeadline(previous) : loading()),
      ready: ({ value }) => this.renderHeadline(value),
      error: ({ error }) =>
        errorState({
          title: m.errorTitle,
          text: errorText(error, this.locale, { forbidden: m.errorForbidden, generic: m.errorGeneric }),
          retry: { label: m.retry, onRetry: () => this.retry() },
        }),
    });
  }

  private renderHeadline(data: HeadlineStatistics) {
    const m = this.m;
    const chartMessages = periodTexts[this.locale];
    const than = comparisonName(data.period, data.comparisonPeriod, this.todayIso, chartMessages, (p) => this.periodText(p));
    const tiles = headlineTiles(data.figures, data.comparison, than, m, this.num);
    const trendLabel = data.trend.length
      ? trendSummary(data.trend, { summary: m.trendSummary, month: this.month, num: (n) => this.num(n) })
      : m.trendEmpty;
    const nobody = data.figures.active === 0 && data.figures.newInPeriod === 0 && data.figures.closedWithSolution === 0;
    const profile = this.referenceData?.profile;
    const p = profile ? resolveProfile(profile) : null;
    return html`<p class="period-line">${m.periodLine(this.periodText(data.period), than)}</p>
      ${p
        ? html`<p class="definition-line" part="definition">${m.definitionLine({
            days: p.lrvThresholdDays,
            atLeast: p.lrvComparison === 'atLeast',
            schoolWeeks: p.absenceCounting === 'schoolWeeks',
            region: p.holidayRegion,
            absoluteDays: p.absoluteThresholdDays,
            planned: p.offerMeetsNorm === 'planned',
          })}</p>`
        : nothing}
      ${renderTiles(tiles, {
        m,
        id: `${this.idPrefix}-figures`,
        trend: data.trend,
        trendLabel,
        month: this.month,
        listLinks: this.listLinks ? { school: this.school } : null,
        onList: (filter, tile) => this.emit('tz-filter-requested', { filter, tile }),
      })}
      ${nobody ? html`<p class="state nobody" role="status">${m.nobody}</p>` : nothing} ${renderContext(data, {
          m,
          id: `${this.idPrefix}-context`,
          headingLevel: this.headingLevel + 1,
          hostFigures: this.context,
          num: (n) => this.num(n),
        })}`;
  }
}
