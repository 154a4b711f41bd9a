// <story-token-editor>: a Storybook-only helper (not part of the kit) for the theming page.
// Inputs for the common `--tz-*` tokens; every change is set on the preview box around the
// slotted live elements (custom properties inherit through slots), and the CSS to copy is shown.
// Only changed tokens are set, so untouched tokens keep their light/dark defaults.
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';

export interface TokenControl {
  token: `--tz-${string}`;
  label: string;
  kind: 'color' | 'px' | 'font';
  /** The light default from theme.css (the colour input needs a hex value). */
  initial: string;
  min?: number;
  max?: number;
}

export const TOKEN_CONTROLS: TokenControl[] = [
  { token: '--tz-color-accent', label: 'Accentkleur (knoppen, links, balken)', kind: 'color', initial: '#0b4f9c' },
  { token: '--tz-color-text', label: 'Tekstkleur', kind: 'color', initial: '#1a1a1a' },
  { token: '--tz-color-surface', label: 'Achtergrond', kind: 'color', initial: '#ffffff' },
  { token: '--tz-color-border', label: 'Randkleur van invoervelden', kind: 'color', initial: '#6b7280' },
  { token: '--tz-color-danger', label: 'Foutkleur', kind: 'color', initial: '#b3261e' },
  { token: '--tz-color-focus', label: 'Focusrand', kind: 'color', initial: '#1a5ccc' },
  { token: '--tz-radius', label: 'Afronding (px)', kind: 'px', initial: '4', min: 0, max: 24 },
  { token: '--tz-space-m', label: 'Basisruimte (px)', kind: 'px', initial: '16', min: 8, max: 32 },
  { token: '--tz-font-size', label: 'Lettergrootte (px)', kind: 'px', initial: '16', min: 14, max: 24 },
  { token: '--tz-font-family', label: 'Lettertype', kind: 'font', initial: 'system-ui, sans-serif' },
];

const FONTS = [
  { label: 'Systeemletter', value: 'system-ui, sans-serif' },
  { label: 'Schreefletter (Georgia)', value: 'Georgia, serif' },
  { label: 'Verdana', value: 'Verdana, sans-serif' },
  { label: 'Monospace', value: 'ui-monospace, monospace' },
];

@customElement('story-token-editor')
export class StoryTokenEditor extends LitElement {
  static override styles = css`
    :host { display: grid; gap: 1.5em; grid-template-columns: minmax(16em, 22em) minmax(0, 1fr); font-family: system-ui, sans-serif; color: #1a1a1a; }
    @media (max-width: 48em) { :host { grid-template-columns: minmax(0, 1fr); } }
    fieldset { border: 1px solid #6b7280; border-radius: 4px; padding: 0.75em 1em; margin: 0; display: grid; gap: 0.75em; align-content: start; background: #fff; }
    legend { font-weight: 700; padding: 0 0.25em; }
    label { display: grid; gap: 0.25em; font-size: 0.9375em; }
    input[type='color'] { inline-size: 4em; block-size: 2.75em; padding: 0.125em; }
    input[type='number'], select { font: inherit; padding: 0.5em; min-block-size: 2.75em; box-sizing: border-box; border: 1px solid #6b7280; border-radius: 4px; }
    button { font: inherit; min-block-size: 2.75em; padding: 0.5em 1em; border: 1px solid #0b4f9c; border-radius: 4px; background: #fff; color: #0b4f9c; cursor: pointer; }
    :is(input, select, button):focus-visible { outline: 3px solid #1a5ccc; outline-offset: 2px; }
    pre { margin: 0; padding: 0.75em; background: #f3f5f8; color: #1a1a1a; border-radius: 4px; font-size: 0.875em; white-space: pre-wrap; overflow-wrap: anywhere; }
    .preview { display: grid; gap: 2em; min-inline-size: 0; padding: 1em; border: 1px dashed #6b7280; border-radius: 4px; }
  `;

  /** Changed tokens only: token → CSS value. */
  @state() private changed: Record<string, string> = {};

  /** The CSS a host would paste into its stylesheet. */
  get css(): string {
    const lines = Object.entries(this.changed).map(([token, value]) => `  ${token}: ${value};`);
    return lines.length ? `tz-provider {\n${lines.join('\n')}\n}` : '/* Nog niets aangepast: de standaardwaarden van theme.css gelden. */';
  }

  private set(control: TokenControl, raw: string) {
    const value = control.kind === 'px' ? `${Number(raw)}px` : raw;
    this.changed = { ...this.changed, [control.token]: value };
  }

  private control(control: TokenControl) {
    const id = `token-${control.token.slice(2)}`;
    const onInput = (event: Event) => this.set(control, (event.target as HTMLInputElement | HTMLSelectElement).value);
    const current = this.changed[control.token];
    if (control.kind === 'font') {
      return html`<label for=${id}>${control.label}
        <select id=${id} data-token=${control.token} @change=${onInput}>
          ${FONTS.map((f) => html`<option value=${f.value} ?selected=${(current ?? control.initial) === f.value}>${f.label}</option>`)}
        </select></label>`;
    }
    if (control.kind === 'px') {
      return html`<label for=${id}>${control.label}
        <input id=${id} type="number" data-token=${control.token} min=${control.min ?? 0} max=${control.max ?? 64}
          .value=${current ? String(parseFloat(current)) : control.initial} @input=${onInput} /></label>`;
    }
    return html`<label for=${id}>${control.label}
      <input id=${id} type="color" data-token=${control.token} .value=${current ?? control.initial} @input=${onInput} /></label>`;
  }

  override render() {
    return html`
      <div>
        <fieldset>
          <legend>Tokens</legend>
          ${TOKEN_CONTROLS.map((c) => this.control(c))}
          <button type="button" @click=${() => (this.changed = {})}>Standaardwaarden</button>
        </fieldset>
        <h2 style="font-size:1em">CSS voor uw LVS</h2>
        <pre aria-live="polite"><code>${this.css}</code></pre>
      </div>
      <div class="preview" part="preview" style=${styleMap(this.changed)}><slot></slot></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-token-editor': StoryTokenEditor;
  }
}
