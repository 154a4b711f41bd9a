// Text widths for the chart's layout: measured on an offscreen canvas in the chart's own font,
// cached per font and text (a school switch re-lays out the same labels).
import type { Measure } from './layout.js';

export class TextMeasure {
  /** `font-size font-family` of the chart text; the element sets it before each layout. */
  font = '16px sans-serif';
  private context?: CanvasRenderingContext2D | null;
  private readonly cache = new Map<string, number>();

  measure: Measure = (text, bold = false) => {
    const font = `${bold ? '700' : '400'} ${this.font}`;
    const key = `${font}|${text}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    this.context ??= document.createElement('canvas').getContext('2d');
    let width: number;
    if (this.context) {
      this.context.font = font;
      // A small margin: canvas and SVG text can differ by a subpixel per glyph.
      width = this.context.measureText(text).width * 1.03 + 1;
    } else {
      width = text.length * (parseFloat(this.font) || 16) * 0.6;
    }
    this.cache.set(key, width);
    return width;
  };
}
