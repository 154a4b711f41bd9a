// Reopening a closed case from the timeline: a button, an inline confirmation (no modal, so the
// page keeps its reading order), and focus that always lands somewhere sensible: on the question
// when it opens, back on the button when cancelled or failed, on the result message when done.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ReopenMessages } from './reopen-messages.js';

type Phase = 'idle' | 'confirming' | 'busy';

/** What the element does on confirm; resolves to the message to show, and whether it succeeded. */
export type ReopenHandler = () => Promise<{ ok: boolean; message: string }>;

interface ReopenHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const ID = {
  button: 'tz-reopen',
  question: 'tz-reopen-question',
  confirm: 'tz-reopen-confirm',
  result: 'tz-reopen-result',
};

export class ReopenController implements ReactiveController {
  phase: Phase = 'idle';
  result: { ok: boolean; message: string } | null = null;
  private focusTarget?: string;

  constructor(
    private readonly host: ReopenHost,
    private readonly onConfirm: ReopenHandler,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (!this.focusTarget) return;
    // The button is gone when the case turned out to be open already: the message takes focus then.
    const el = this.host.renderRoot.querySelector<HTMLElement>(`#${this.focusTarget}`) ?? this.host.renderRoot.querySelector<HTMLElement>(`#${ID.result}`);
    this.focusTarget = undefined;
    el?.focus();
  }

  /** A new case was loaded: forget the last result. */
  reset(): void {
    this.phase = 'idle';
    this.result = null;
  }

  private set(phase: Phase, focus?: string): void {
    this.phase = phase;
    this.focusTarget = focus;
    this.host.requestUpdate();
  }

  private ask(): void {
    this.result = null;
    this.set('confirming', ID.question);
  }

  private cancel(): void {
    this.set('idle', ID.button);
  }

  private async confirm(): Promise<void> {
    this.set('busy');
    const result = await this.onConfirm();
    this.result = result;
    // Done: the button is gone (the case is open), the message takes focus. Failed: back to the button.
    this.set('idle', result.ok ? ID.result : ID.button);
  }

  /** The control for a case; `closed` says whether it can be reopened now. */
  render(closed: boolean, pupilRef: string, m: ReopenMessages): TemplateResult | typeof nothing {
    const result = this.result
      ? html`<p id=${ID.result} class=${this.result.ok ? 'add-ok' : 'add-failure'} tabindex="-1" role=${this.result.ok ? 'status' : 'alert'}>${this.result.message}</p>`
      : nothing;
    if (!closed) return this.result ? html`<div class="reopen" part="reopen">${result}</div>` : nothing;
    if (this.phase === 'idle') {
      return html`<div class="reopen" part="reopen">
        ${result}
        <button id=${ID.button} class="button secondary" type="button" @click=${() => this.ask()}>${m.reopen}</button>
      </div>`;
    }
    const busy = this.phase === 'busy';
    return html`<div
      class="reopen"
      part="reopen"
      role="group"
      aria-labelledby=${ID.question}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape' && !busy) {
          e.stopPropagation();
          this.cancel();
        }
      }}
    >
      <p id=${ID.question} tabindex="-1">${m.reopenQuestion(pupilRef)}</p>
      <div class="actions">
        <button id=${ID.confirm} class="button" type="button" ?disabled=${busy} aria-describedby=${ID.question} @click=${() => this.confirm()}>
          ${busy ? m.reopening : m.reopenConfirm}
        </button>
        <button class="button secondary" type="button" ?disabled=${busy} @click=${() => this.cancel()}>${m.reopenCancel}</button>
      </div>
      ${busy ? html`<p class="visually-hidden" role="status">${m.reopening}</p>` : nothing}
    </div>`;
  }
}
