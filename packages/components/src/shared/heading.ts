// A heading at a level the host chooses (`heading-level`): a div with role="heading", since a
// real <hN> cannot take its level from a property. Levels are clamped to 1–6.
import { html, nothing, type TemplateResult } from 'lit';

/** A whole level from 1 to 6; anything that is not a number becomes `fallback`. */
export function clampHeadingLevel(level: number, fallback = 2): number {
  return Math.min(Math.max(Math.round(level) || fallback, 1), 6);
}

export interface HeadingOptions {
  level: number;
  className: string;
  id: string;
  /** tabindex -1: the element moves focus to this heading (e.g. after a choice removed the focused button). */
  focusable?: boolean;
  /** Level used when `level` is not a number (default 2). */
  fallback?: number;
}

export function heading({ level, className, id, focusable = false, fallback }: HeadingOptions, text: unknown): TemplateResult {
  const ariaLevel = clampHeadingLevel(level, fallback);
  return html`<div class=${className} id=${id} role="heading" aria-level=${ariaLevel} tabindex=${focusable ? '-1' : nothing}>${text}</div>`;
}
