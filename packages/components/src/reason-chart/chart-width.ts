// The width the chart is drawn at: the element's own width, measured before the first render
// (so the chart is right at once) and then followed with a ResizeObserver.
import type { ReactiveController, ReactiveElement } from 'lit';

export class ChartWidth implements ReactiveController {
  /** Width in CSS pixels; 0 until measured. */
  value = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      // Next frame: re-rendering inside the callback would change our height in the same frame.
      if (width !== this.value)
        requestAnimationFrame(() => {
          if (width === this.value) return;
          this.value = width;
          this.host.requestUpdate();
        });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdate(): void {
    if (!this.host.hasUpdated && this.host.isConnected) this.value = Math.floor(this.host.getBoundingClientRect().width);
  }
}
