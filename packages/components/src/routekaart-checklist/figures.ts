// Live figures from the registry beside the self-assessment of points 1–3 (Tellen, Volgen,
// Kennen): the current number of thuiszitters, the trend of the last months, the top reasons.
import { html, nothing, type TemplateResult } from 'lit';
// styleProps, not a style attribute: a strict CSP (style-src 'self') blocks style attributes.
import { styleProps } from '../base/style-props.js';
import { DEFAULT_REASONS, addDays, addMonths, schoolYearOf, todayInAmsterdam, type IsoDate } from '@thuiszitters/domain';
import type { HeadlineStatistics, ReasonStatistics } from '@thuiszitters/sdk';
import type { DataController } from '../base/data-controller.js';
import { formatNumber, type Locale } from '../i18n/locale.js';
import type { RoutekaartMessages } from './messages.js';

/** Controlled alternative to loading: the statistics the host already has. */
export interface RoutekaartFigures {
  headline?: HeadlineStatistics | null;
  reasons?: ReasonStatistics | null;
}

/** One figure block: what the element shows while loading, after an error, or with data. */
export type FigureState<T> =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'ready'; data: T }
  | { status: 'none' };

/**
 * A figure block's state: none when switched off, the host's figures when it gives `.figures`
 * (none for a part it leaves out), else the state of the load (an error offers a retry).
 */
export function figureStateOf<T>(
  data: DataController<T, readonly []>,
  { noFigures, hostFigures, provided }: { noFigures: boolean; hostFigures: RoutekaartFigures | undefined; provided: T | null | undefined },
): FigureState<T> {
  if (noFigures) return { status: 'none' };
  if (hostFigures !== undefined) return provided ? { status: 'ready', data: provided } : { status: 'none' };
  return (
    data.render<FigureState<T>>({
      ready: ({ value }) => ({ status: 'ready', data: value }),
      error: () => ({ status: 'error', retry: () => void data.run() }),
      loading: () => ({ status: 'loading' }),
    }) ?? { status: 'none' }
  );
}

/** Points that carry figures, and which statistics each needs. */
export const FIGURE_POINTS = { 1: 'active', 2: 'trend', 3: 'reasons' } as const;
export type FigureKind = (typeof FIGURE_POINTS)[keyof typeof FIGURE_POINTS];

/** How many months of the trend the checklist shows (the statistics give twelve). */
export const TREND_MONTHS = 6;

/** The last twelve months up to today: the period whose trend and top reasons we show. */
export function figuresPeriod(today: IsoDate = todayInAmsterdam()): { from: IsoDate; to: IsoDate } {
  return { from: addDays(addMonths(today, -12), 1), to: today };
}

/**
 * The period of the reason figures: the current whole school year, the period reason statistics
 * are published for to every role (an SWV or leerplicht may not ask for arbitrary days).
 */
export function reasonFiguresPeriod(today: IsoDate = todayInAmsterdam()): { from: IsoDate; to: IsoDate } {
  const { from, to } = schoolYearOf(today);
  return { from, to };
}

export interface TopReason {
  reason: string;
  count: number;
}

/** The `n` most frequent reasons; suppressed small cells are left out, never guessed. */
export function topReasons(statistics: ReasonStatistics, n = 3): TopReason[] {
  return statistics.items
    .filter((item) => !item.suppressed && typeof item.count === 'number' && item.count > 0)
    .map((item) => ({ reason: item.reason, count: item.count as number }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
    .slice(0, n);
}

/** The label of a reason code from the provider's taxonomy, else the default taxonomy, else the code. */
export function reasonLabel(code: string, locale: Locale, taxonomy: readonly { code: string; label: { nl: string; en: string } }[] = []): string {
  const found = taxonomy.find((r) => r.code === code) ?? DEFAULT_REASONS.find((r) => r.code === code);
  return found ? found.label[locale] : code;
}

function monthLabel(month: string, locale: Locale): string {
  const [year, mm] = month.split('-').map(Number);
  if (!year || !mm) return month;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, mm - 1, 15)),
  );
}

interface RenderContext {
  m: RoutekaartMessages;
  locale: Locale;
  taxonomy: readonly { code: string; label: { nl: string; en: string } }[];
}

function stateBlock<T>(state: FigureState<T>, ctx: RenderContext, body: (data: T) => TemplateResult): TemplateResult | typeof nothing {
  switch (state.status) {
    case 'none':
      return nothing;
    case 'loading':
      return html`<p class="figure-loading" role="status"><span class="skeleton figure-skeleton" aria-hidden="true"></span>${ctx.m.figuresLoading}</p>`;
    case 'error':
      return html`<div class="figure-error" role="alert">
        <p>${ctx.m.figuresError}</p>
        <button type="button" class="button secondary" @click=${state.retry}>${ctx.m.retry}</button>
      </div>`;
    case 'ready':
      return body(state.data);
  }
}

/** The figure block of point 1, 2 or 3 (nothing for other points or when no figures are available). */
export function renderFigures(
  kind: FigureKind,
  headline: FigureState<HeadlineStatistics>,
  reasons: FigureState<ReasonStatistics>,
  ctx: RenderContext,
): TemplateResult | typeof nothing {
  const state = kind === 'reasons' ? reasons : headline;
  if (state.status === 'none') return nothing;
  const { m, locale } = ctx;
  let content: TemplateResult | typeof nothing;
  if (kind === 'active') {
    content = stateBlock(headline, ctx, (data) => html`<p class="figure-active">
      <span class="figure-label">${m.figuresActive}:</span>
      <strong class="figure-value" data-figure="active">${m.figuresActiveValue(formatNumber(data.figures.active, locale))}</strong>
    </p>`);
  } else if (kind === 'trend') {
    content = stateBlock(headline, ctx, (data) => {
      const months = data.trend.slice(-TREND_MONTHS);
      if (months.length === 0) return html`<p>${m.figuresNoTrend}</p>`;
      return html`<table class="figure-trend" data-figure="trend">
        <caption>${m.figuresTrend}</caption>
        <thead><tr><th scope="col">${m.figuresTrendMonth}</th><th scope="col">${m.figuresTrendCount}</th></tr></thead>
        <tbody>
          ${months.map(
            (point) => html`<tr>
              <th scope="row">${monthLabel(point.month, locale)}</th>
              <td><span class="trend-bar" ${styleProps({ '--_share': shareOf(point.active, months) })} aria-hidden="true"></span>${formatNumber(point.active, locale)}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
    });
  } else {
    content = stateBlock(reasons, ctx, (data) => {
      const top = topReasons(data);
      return html`<p class="figure-label" id="top-reasons-label">${m.figuresTopReasons}</p>
        ${top.length === 0
          ? html`<p>${m.figuresNoReasons}</p>`
          : html`<ol class="figure-reasons" data-figure="reasons" aria-labelledby="top-reasons-label">
              ${top.map((r) => html`<li>${reasonLabel(r.reason, locale, ctx.taxonomy)}: ${m.cases(r.count)}</li>`)}
            </ol>`}`;
    });
  }
  return html`<div class="figures" part="figures" role="group" aria-labelledby="figures-${kind}-heading">
    <p class="figures-heading" id="figures-${kind}-heading">${m.figuresHeading}</p>
    ${content}
  </div>`;
}

function shareOf(value: number, months: readonly { active: number }[]): string {
  const max = Math.max(1, ...months.map((p) => p.active));
  return (value / max).toFixed(3);
}
