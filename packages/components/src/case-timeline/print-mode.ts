// Whether the page is being printed: printing renders the whole case with every detail open
// (the print stylesheet hides the controls). Follows beforeprint/afterprint and the print media query.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintModeController implements ReactiveController {
  printing = false;
  private query?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly set = (printing: boolean) => {
    this.printing = printing;
    this.host.requestUpdate();
  };
  private readonly onBeforePrint = () => this.set(true);
  private readonly onAfterPrint = () => this.set(false);
  private readonly onChange = (e: MediaQueryListEvent) => this.set(e.matches);

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.query = window.matchMedia?.('print');
    this.query?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.query?.removeEventListener('change', this.onChange);
  }
}
