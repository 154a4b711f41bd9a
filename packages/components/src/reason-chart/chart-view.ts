// The chart view: the legend, and the rows laid out at the element's width and font and drawn
// as the SVG bar chart (bar-chart.ts), each bar named in words for screen readers.
import { html, type TemplateResult } from 'lit';
import type { ReasonStatistics } from '@thuiszitters/sdk';
import { renderBarChart, type BarChartRow } from './bar-chart.js';
import { placeholderValue, scaleMax, type ChartRow } from './chart-model.js';
import { layoutChart, type ChartLayout } from './layout.js';
import type { TextMeasure } from './measure.js';
import type { ChartTexts } from './texts.js';

export interface ChartViewOptions {
  idPrefix: string;
  /** Width of the chart area in CSS pixels. */
  width: number;
  /** The element's computed style: the chart's font. */
  style: CSSStyleDeclaration;
  measure: TextMeasure;
  activeIndex: number;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocusIn: (event: FocusEvent) => void;
}

/** Lays out and draws the chart; `layout` is its size, for the PNG export. */
export function renderChartView(data: ReasonStatistics, rows: ChartRow[], t: ChartTexts, o: ChartViewOptions): { template: TemplateResult; layout: ChartLayout } {
  const threshold = data.suppressionThreshold;
  const bars = barRows(data, rows, t);
  o.measure.font = `${o.style.fontSize} ${o.style.fontFamily}`;
  const max = scaleMax(rows, threshold);
  const placeholder = placeholderValue(threshold, max);
  const layout = layoutChart({
    width: o.width,
    fontSize: parseFloat(o.style.fontSize) || 16,
    rows: bars,
    values: rows.map((r) => [r.suppressed ? placeholder : (r.count ?? 0), r.comparisonSuppressed ? placeholder : (r.comparisonCount ?? 0)]),
    max,
    measure: o.measure.measure,
  });
  const template = html`${renderLegend(t, o.idPrefix)}
    <div class="chart-box" @keydown=${o.onKeyDown} @focusin=${o.onFocusIn}>
      ${renderBarChart({
        layout,
        rows: bars,
        activeIndex: Math.min(o.activeIndex, rows.length - 1),
        idPrefix: o.idPrefix,
        label: t.m.chartLabel(t.m.title, t.period(data.period)),
      })}
    </div>`;
  return { template, layout };
}

function renderLegend(t: ChartTexts, idPrefix: string) {
  return html`<ul class="legend" aria-hidden="true">
    <li>
      <svg class="swatch" width="28" height="14"><rect class="current" width="28" height="14"></rect></svg>${t.m.legendCurrent}
    </li>
    <li>
      <svg class="swatch" width="28" height="14"><rect class="comparison" x="0.5" y="3.5" width="27" height="7" fill="url(#${idPrefix}-hatch)"></rect></svg>${t.m.legendComparison}
    </li>
  </ul>`;
}

function barRows(data: ReasonStatistics, rows: ChartRow[], t: ChartTexts): BarChartRow[] {
  const threshold = data.suppressionThreshold;
  const than = t.comparisonName(data);
  return rows.map((row) => ({
    key: row.key,
    label: row.label,
    suppressed: row.suppressed,
    comparisonSuppressed: row.comparisonSuppressed,
    value: t.count(row.count, threshold),
    comparison: t.count(row.comparisonCount, threshold),
    change: row.change === null ? '' : t.change(row.change),
    name: t.m.barName(
      row.label,
      t.spokenCount(row.count, threshold),
      t.spokenCount(row.comparisonCount, threshold),
      row.change === null ? t.m.changeUnknown : t.describeChange(row.change, than),
    ),
  }));
}
