// Keeps keyboard users in place after "more": once the new rows are rendered, the first of them
// (or the last row, if fewer came) gets the focus instead of the focus falling back to the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class RowFocusController implements ReactiveController {
  private index = -1;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  /** Focus row `index` after the next update. */
  focusAfterUpdate(index: number): void {
    this.index = index;
  }

  hostUpdated(): void {
    if (this.index < 0) return;
    const buttons = this.host.renderRoot.querySelectorAll<HTMLElement>(this.selector);
    buttons[Math.min(this.index, buttons.length - 1)]?.focus();
    this.index = -1;
  }
}
