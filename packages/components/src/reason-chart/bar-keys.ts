// Keyboard use of the chart's bars: one Tab stop (roving tabindex); arrows, Home and End move
// between the rows, and focus follows.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class BarKeys implements ReactiveController {
  /** Index of the row that takes the Tab stop. */
  active = 0;

  constructor(
    private readonly host: Host,
    private readonly count: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Back to the first row (new data, school, scope or period); call before the render. */
  reset(): void {
    this.active = 0;
  }

  onKeyDown = (event: KeyboardEvent): void => {
    const count = this.count();
    if (!count) return;
    const next = target(event.key, this.active, count);
    if (next === null) return;
    event.preventDefault();
    this.active = next;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<SVGGElement>(`.row[data-index="${next}"]`)?.focus());
  };

  /** A click or screen-reader focus on a row makes it the Tab stop. */
  onFocusIn = (event: FocusEvent): void => {
    const index = Number((event.target as Element).getAttribute?.('data-index'));
    if (Number.isInteger(index) && index !== this.active) {
      this.active = index;
      this.host.requestUpdate();
    }
  };
}

function target(key: string, active: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(active + 1, count - 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(active - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
