// The dashboard's layout and looks: tiles, trend bars, context figures and the report form.
// The trend bars' colour is the chart token (styles/chart-tokens.styles.ts), shared with the chart.
import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    --_gap: var(--tz-dashboard-gap, var(--_space-l));
    container-type: inline-size;
    background: var(--tz-dashboard-background, var(--_surface));
  }
  section.base {
    display: grid;
    gap: var(--_gap);
  }
  .heading {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  .definition-line {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .period-line {
    margin: 0;
    color: var(--_muted);
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tile {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding: var(--_space-m);
    border: 1px solid var(--tz-dashboard-tile-border, var(--_border-subtle));
    border-radius: var(--_radius);
    background: var(--tz-dashboard-tile-background, var(--_surface-alt));
    min-width: 0;
  }
  .tile-label {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .tile-value {
    margin: 0;
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .tile-unit {
    font-size: 0.5em;
    font-weight: 600;
  }
  .tile-change {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .tile-was {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .tile-link {
    margin: 0;
  }
  .tile-note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sparkline {
    display: block;
    margin-top: var(--_space-xs);
  }
  .spark-bar {
    fill: var(--_chart-current);
    opacity: 0.55;
  }
  .spark-bar.last {
    opacity: 1;
  }
  .trend-axis {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.8em;
  }
  .context {
    display: grid;
    gap: var(--_space-s);
  }
  .subheading {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  .national-title {
    margin: var(--_space-s) 0 0;
    font-weight: 600;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: var(--_space-s) var(--_space-m);
    margin: 0;
  }
  dl > div {
    min-width: 0;
  }
  dt {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0;
    font-size: 1.3em;
    font-weight: 700;
  }
  .source {
    display: block;
    font-size: 0.75em;
    font-weight: 400;
    color: var(--_muted);
  }
  .skeleton-tile {
    height: 7em;
  }
  .report-form {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s, 0.5rem);
  }
  .report-note,
  .report-status {
    margin: 0;
    color: var(--_muted);
  }
  .report-error {
    margin: 0;
    color: var(--_danger, light-dark(#b00020, #ff8a80));
  }
  @media (forced-colors: active) {
    .spark-bar {
      fill: CanvasText;
      opacity: 1;
    }
    .spark-bar.last {
      fill: Highlight;
    }
  }
`;
