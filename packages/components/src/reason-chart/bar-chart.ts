// The SVG of the chart, drawn from a ChartLayout. Colours come from CSS classes (tokens), the
// comparison bar is hatched and thinner and suppressed cells are dashed outlines with text,
// so nothing is told by colour alone. Each row is one keyboard stop (roving tabindex).
import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartLayout, RowText } from './layout.js';

export interface BarChartRow extends RowText {
  key: string;
  suppressed: boolean;
  comparisonSuppressed: boolean;
  /** The accessible name of the bar: label and every value in words. */
  name: string;
}

export interface BarChartOptions {
  layout: ChartLayout;
  rows: BarChartRow[];
  activeIndex: number;
  label: string;
  /** Prefix for the pattern ids (unique per element, so exported SVGs stay valid). */
  idPrefix: string;
}

const px = (n: number) => Math.round(n * 10) / 10;

function patterns(prefix: string): SVGTemplateResult {
  return svg`<defs>
    <pattern id="${prefix}-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
      <rect class="hatch-bg" width="5" height="5"></rect>
      <line class="hatch-line" x1="0" y1="0" x2="0" y2="5" stroke-width="3"></line>
    </pattern>
    <pattern id="${prefix}-dots" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect class="dots-bg" width="6" height="6"></rect>
      <circle class="dots-dot" cx="3" cy="3" r="1.2"></circle>
    </pattern>
  </defs>`;
}

export function renderBarChart(options: BarChartOptions): TemplateResult {
  const { layout, rows, activeIndex, idPrefix } = options;
  // The <svg> element itself belongs in an html template; its contents are svg fragments.
  return html`<svg
    class="chart-svg"
    part="chart"
    xmlns="http://www.w3.org/2000/svg"
    width="${layout.width}"
    height="${layout.height}"
    viewBox="0 0 ${layout.width} ${layout.height}"
    role="group"
    aria-label="${options.label}"
  >
    ${patterns(idPrefix)}
    ${layout.rows.map((row, i) => {
      const r = rows[i];
      const barWidth = Math.max(row.bar.width, r.value === '0' ? 0 : 1);
      // The row is moved as a whole (one attribute) and its parts use y relative to its bars' top
      // (always a multiple of 0.5 px, so rounding gives the same picture): on a school switch, a
      // row that shifts or gets another number of label lines keeps its bar and value attributes.
      const anchor = row.bar.y;
      const y = (n: number) => px(n - anchor);
      return svg`<g
        class="row"
        role="img"
        tabindex="${i === activeIndex ? 0 : -1}"
        aria-label="${r.name}"
        data-key="${r.key}"
        data-index="${i}"
        transform="translate(0 ${px(anchor)})"
      >
        <line class="axis" x1="${px(row.bar.x)}" x2="${px(row.bar.x)}" y1="${y(row.bar.y - 3)}" y2="${y(row.comparisonBar.y + row.comparisonBar.height + 3)}"></line>
        <rect class="ring" x="${px(row.ring.x)}" y="${y(row.ring.y)}" width="${px(row.ring.width)}" height="${px(row.ring.height)}" rx="4"></rect>
        ${row.labelLines.map(
          (line) => svg`<text class="label" x="${px(line.x)}" y="${y(line.y)}" dominant-baseline="central">${line.text}</text>`,
        )}
        ${r.suppressed
          ? svg`<rect class="bar suppressed" x="${px(row.bar.x)}" y="${y(row.bar.y)}" width="${px(barWidth)}" height="${row.bar.height}" fill="url(#${idPrefix}-dots)"></rect>`
          : svg`<rect class="bar current" x="${px(row.bar.x)}" y="${y(row.bar.y)}" width="${px(barWidth)}" height="${row.bar.height}"></rect>`}
        <rect
          class="bar comparison ${r.comparisonSuppressed ? 'suppressed' : ''}"
          x="${px(row.comparisonBar.x)}"
          y="${y(row.comparisonBar.y)}"
          width="${px(Math.max(row.comparisonBar.width, r.comparison === '0' ? 0 : 1))}"
          height="${row.comparisonBar.height}"
          fill="url(#${idPrefix}-${r.comparisonSuppressed ? 'dots' : 'hatch'})"
        ></rect>
        <text class="value" x="${px(row.valueX)}" y="${y(row.valueY)}" dominant-baseline="central">${r.value}</text>
        ${r.change
          ? svg`<text class="change" x="${px(row.changeX)}" y="${y(row.valueY)}" dominant-baseline="central">${r.change}</text>`
          : nothing}
        <text class="comparison-value" x="${px(row.comparisonX)}" y="${y(row.comparisonY)}" dominant-baseline="central">${r.comparison}</text>
      </g>`;
    })}
  </svg>`;
}
