// Geometry of the bar chart for a given container width. Pure: text widths come from a
// `measure` function (canvas measureText in the browser), so labels are wrapped by real widths
// and the label column, bars and values can never overlap, from 320 px to any width.

export type Measure = (text: string, bold?: boolean) => number;

export interface RowText {
  label: string;
  /** Count as shown, e.g. "34" or "< 5". */
  value: string;
  /** Change as shown, e.g. "▲ 6" (empty when unknown). */
  change: string;
  /** Comparison count as shown, e.g. "28" or "< 5". */
  comparison: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RowLayout {
  top: number;
  height: number;
  labelLines: { text: string; x: number; y: number }[];
  bar: Box;
  comparisonBar: Box;
  valueX: number;
  valueY: number;
  changeX: number;
  comparisonX: number;
  comparisonY: number;
  /** Area of the focus ring. */
  ring: Box;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Narrow widths put each label on its own lines above its bars. */
  stacked: boolean;
  barX: number;
  barMaxWidth: number;
  rows: RowLayout[];
}

export interface LayoutOptions {
  width: number;
  fontSize: number;
  rows: RowText[];
  /** Per row: [count, comparison count] as bar lengths in data units (suppressed = the threshold). */
  values: [number, number][];
  max: number;
  measure: Measure;
}

/** Below this width labels go above their bars. */
export const STACK_BELOW = 560;
const PAD = 4;
const GAP = 12;
const ROW_GAP = 14;
const MAIN_BAR = 20;
const COMPARISON_BAR = 8;
const BAR_GAP = 3;

/** Splits text into lines no wider than `maxWidth`; a word longer than a line is cut by characters. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export function layoutChart(options: LayoutOptions): ChartLayout {
  const { fontSize, rows, values, measure } = options;
  const width = Math.max(options.width, 200);
  const lineHeight = Math.round(fontSize * 1.3);
  const small = (text: string) => measure(text) * 0.85;
  const stacked = width < STACK_BELOW;

  // The value column fits the widest "count  change" and comparison text, so it never touches a bar.
  const valueWidth = Math.max(...rows.map((r) => measure(r.value, true)), 0);
  const changeWidth = Math.max(...rows.map((r) => measure(r.change)), 0);
  const comparisonWidth = Math.max(...rows.map((r) => small(r.comparison)), 0);
  const valueColumn = Math.ceil(Math.max(valueWidth + (changeWidth ? 8 + changeWidth : 0), comparisonWidth)) + 2;

  const labelColumn = stacked ? width - 2 * PAD : Math.round(Math.min(Math.max(width * 0.34, 140), 340));
  const barX = stacked ? PAD : PAD + labelColumn + GAP;
  const barMaxWidth = Math.max(width - barX - GAP - valueColumn - PAD, 24);
  const scale = (v: number) => (options.max > 0 ? (v / options.max) * barMaxWidth : 0);
  const valueX = barX + barMaxWidth + GAP;
  const barBlock = MAIN_BAR + BAR_GAP + COMPARISON_BAR;

  let top = PAD + 2;
  const laidOut = rows.map((row, i): RowLayout => {
    const lines = wrapText(row.label, labelColumn - (stacked ? 0 : 2), measure);
    const labelHeight = lines.length * lineHeight;
    const height = stacked ? labelHeight + 4 + barBlock : Math.max(labelHeight, barBlock);
    const barTop = stacked ? top + labelHeight + 4 : top + (height - barBlock) / 2;
    const labelTop = stacked ? top : top + (height - labelHeight) / 2;
    const [count, comparison] = values[i];
    const layout: RowLayout = {
      top,
      height,
      labelLines: lines.map((text, n) => ({ text, x: PAD, y: labelTop + n * lineHeight + lineHeight / 2 })),
      bar: { x: barX, y: barTop, width: scale(count), height: MAIN_BAR },
      comparisonBar: { x: barX, y: barTop + MAIN_BAR + BAR_GAP, width: scale(comparison), height: COMPARISON_BAR },
      valueX,
      valueY: barTop + MAIN_BAR / 2,
      changeX: valueX + Math.ceil(valueWidth) + 8,
      comparisonX: valueX,
      comparisonY: barTop + MAIN_BAR + BAR_GAP + COMPARISON_BAR / 2 + 2,
      ring: { x: 1, y: top - 5, width: width - 2, height: height + 10 },
    };
    top += height + ROW_GAP;
    return layout;
  });
  return { width, height: Math.ceil(top - ROW_GAP + PAD + 4), stacked, barX, barMaxWidth, rows: laidOut };
}
