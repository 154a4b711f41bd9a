import { css } from 'lit';

/** The chart's layout and looks; its colour tokens are in styles/chart-tokens.styles.ts, its table's base rules in styles/table.styles.ts. */
export const reasonChartStyles = css`
  :host {
    --_chart-gap: var(--tz-reason-chart-gap, var(--_space-m));
    container-type: inline-size;
    background: var(--tz-reason-chart-background, var(--_surface));
    color: var(--_text);
  }
  section.base {
    display: grid;
    /* One column that never grows past the element: a wide table scrolls in its own box. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_chart-gap);
  }
  section.base > * {
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .subheading {
    margin: 0;
    font-size: 1.1em;
    font-weight: 700;
  }
  .period-text {
    margin: 0;
    color: var(--_muted);
  }
  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: var(--_space-m);
    align-items: start;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  label {
    display: block;
    font-weight: 600;
    margin-bottom: var(--_space-xs);
  }
  .radio {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-height: 32px;
    font-weight: 400;
    margin: 0;
  }
  .radio input {
    width: 1.2em;
    height: 1.2em;
    margin: 0;
    accent-color: var(--_accent);
  }
  select,
  input[type='date'],
  .combobox-input {
    width: 100%;
    min-height: 44px;
    padding: 0 var(--_space-s);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .field + .field {
    margin-top: var(--_space-s);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin-bottom: var(--_space-xs);
  }
  .publication-note {
    flex-basis: 100%;
    margin: 0;
    max-width: 60em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .comparison-fixed {
    margin: 0;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
    margin: var(--_space-xs) 0 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .combobox {
    position: relative;
  }
  .combobox-field {
    position: relative;
  }
  .combobox-input {
    padding-inline-end: 2em;
  }
  .combobox-arrow {
    position: absolute;
    inset-inline-end: 0.6em;
    top: 50%;
    transform: translateY(-50%);
    pointer-events: none;
  }
  .listbox {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    max-height: 18em;
    overflow-y: auto;
    margin: 2px 0 0;
    padding: var(--_space-xs) 0;
    list-style: none;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    padding: var(--_space-s);
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    flex-wrap: wrap;
  }
  .option[aria-selected='true'] {
    font-weight: 700;
  }
  .option[aria-selected='true']::before {
    content: '✓';
  }
  .option.active {
    background: var(--_accent);
    color: var(--_accent-contrast);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .option .code {
    font-size: 0.85em;
    opacity: 0.85;
  }
  .no-match {
    margin: var(--_space-xs) 0 0;
    color: var(--_muted);
  }
  .summary {
    margin: 0;
    font-size: 1.05em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .view-toggle[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .view-toggle[aria-pressed='true']::before {
    content: '✓';
  }
  .toolbar .export {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    margin-inline-start: auto;
  }
  .export-label {
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .chart-box {
    width: 100%;
    min-width: 0;
    overflow: visible;
  }
  .chart-svg {
    display: block;
    overflow: visible;
    font-family: inherit;
    font-size: 1em;
  }
  .chart-svg text {
    fill: var(--_text);
  }
  .chart-svg .value {
    font-weight: 700;
  }
  .chart-svg .comparison-value {
    fill: var(--_muted);
    font-size: 0.85em;
  }
  .chart-svg .axis {
    stroke: var(--_chart-axis);
    stroke-width: 1;
  }
  .bar.current,
  .swatch .current {
    fill: var(--_chart-current);
  }
  .bar.comparison,
  .swatch .comparison {
    stroke: var(--_chart-comparison);
    stroke-width: 1;
  }
  .hatch-bg {
    fill: var(--_chart-comparison-bg);
  }
  .hatch-line {
    stroke: var(--_chart-comparison);
  }
  .bar.suppressed,
  .swatch .suppressed {
    stroke: var(--_chart-suppressed);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .dots-bg {
    fill: var(--_surface);
  }
  .dots-dot {
    fill: var(--_chart-suppressed);
  }
  .row {
    outline: none;
  }
  .row .ring {
    fill: none;
    stroke: transparent;
    stroke-width: 3;
  }
  .row:focus-visible .ring,
  .row:focus .ring {
    stroke: var(--_focus);
  }
  .row:hover .ring {
    stroke: var(--_border-subtle);
  }
  caption {
    font-weight: 700;
    padding-bottom: var(--_space-s);
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-top: 2px solid var(--_border);
  }
  .table-wrap {
    /* Positioned, so the visually hidden texts in the cells (position: absolute) scroll with
       the table instead of widening the page. */
    position: relative;
    overflow-x: auto;
  }
  .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .ranking {
    display: grid;
    gap: var(--_space-s);
  }
  .ranking ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-xs);
  }
  .rank-button {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 2px var(--_space-s);
    width: 100%;
    min-height: 44px;
    padding: var(--_space-s);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .rank-button:hover {
    border-color: var(--_accent);
  }
  .rank-name {
    font-weight: 600;
    text-decoration: underline;
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .rank-value {
    font-weight: 700;
    white-space: nowrap;
    text-align: end;
  }
  .rank-bar {
    grid-column: 1 / -1;
    height: 6px;
    background: var(--_chart-current);
    border-radius: 3px;
    min-width: 2px;
  }
  .rank-bar.suppressed {
    background: none;
    border: 1px dashed var(--_chart-suppressed);
  }
  .skeleton-bar {
    height: 1.4em;
    margin-bottom: var(--_space-s);
  }
  @media (forced-colors: active) {
    .bar.current,
    .swatch .current,
    .dots-dot,
    .rank-bar {
      fill: CanvasText;
      background: CanvasText;
      forced-color-adjust: none;
    }
    .bar.comparison,
    .hatch-line,
    .bar.suppressed,
    .swatch .comparison,
    .swatch .suppressed,
    .chart-svg .axis {
      stroke: CanvasText;
    }
    .hatch-bg,
    .dots-bg {
      fill: Canvas;
    }
    .chart-svg text,
    .chart-svg .comparison-value {
      fill: CanvasText;
    }
    .row:focus .ring,
    .row:focus-visible .ring {
      stroke: Highlight;
    }
    .view-toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .option.active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
