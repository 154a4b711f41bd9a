// The chart colour tokens, for the reason chart and the dashboard's trend bars alike.
// Okabe–Ito based, at least 3:1 against the surface in light and dark.
import { css } from 'lit';

export const chartTokenStyles = css`
  :host {
    --_chart-current: var(--tz-chart-current, light-dark(#0072b2, #56b4e9));
    --_chart-comparison: var(--tz-chart-comparison, light-dark(#b84f00, #e69f00));
    --_chart-comparison-bg: var(--tz-chart-comparison-background, var(--_surface));
    --_chart-suppressed: var(--tz-chart-suppressed, var(--_muted));
    --_chart-axis: var(--tz-chart-axis, var(--_border));
  }
`;
