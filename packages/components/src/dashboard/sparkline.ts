// A small bar sparkline of the monthly trend, with its text alternative (first, last, highest).
import { html, svg } from 'lit';
import type { TrendPoint } from '@thuiszitters/sdk';

export interface SparklineTexts {
  summary: (first: string, firstValue: string, last: string, lastValue: string, high: string, highValue: string) => string;
  month: (yearMonth: string) => string;
  num: (n: number) => string;
}

export function trendSummary(points: TrendPoint[], t: SparklineTexts): string {
  const first = points[0];
  const last = points[points.length - 1];
  const high = points.reduce((a, b) => (b.active > a.active ? b : a), first);
  return t.summary(t.month(first.month), t.num(first.active), t.month(last.month), t.num(last.active), t.month(high.month), t.num(high.active));
}

const WIDTH = 120;
const HEIGHT = 36;

/** Bars in a fixed viewBox that stretches to the tile's width (the summary is the accessible name). */
export function renderSparkline(points: TrendPoint[], label: string) {
  const max = Math.max(1, ...points.map((p) => p.active));
  const step = WIDTH / Math.max(points.length, 1);
  const barWidth = Math.max(step - 2, 1);
  return html`<svg
    class="sparkline"
    part="sparkline"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    preserveAspectRatio="none"
    width="100%"
    height="${HEIGHT}"
  >
    ${points.map((p, i) => {
      const h = Math.max((p.active / max) * (HEIGHT - 2), p.active > 0 ? 1.5 : 0.5);
      return svg`<rect class=${i === points.length - 1 ? 'spark-bar last' : 'spark-bar'} data-month=${p.month} data-active=${p.active} x=${i * step + 1} y=${HEIGHT - h} width=${barWidth} height=${h}></rect>`;
    })}
  </svg>`;
}
