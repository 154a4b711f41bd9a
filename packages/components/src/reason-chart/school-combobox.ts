// A searchable school picker after the ARIA 1.2 combobox pattern (editable, list autocomplete):
// the input keeps focus, aria-activedescendant points at the active option.
// Keys: ArrowDown/ArrowUp open and move, Home/End jump (while open), Enter selects, Escape closes
// (a second Escape clears the text). Typing filters on name and BRIN code.
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';

export interface SchoolOption {
  /** `BRIN + vestiging` (e.g. `12AB00`), or null for the whole region. */
  code: string | null;
  name: string;
}

export interface ComboboxTexts {
  label: string;
  hint: string;
  noMatch: string;
  count: (n: number) => string;
}

type Host = ReactiveControllerHost & HTMLElement;

export class SchoolCombobox implements ReactiveController {
  private query = '';
  /** True once the user typed since the last choice: only then the list is filtered. */
  private dirty = false;
  open = false;
  activeIndex = -1;

  constructor(
    private readonly host: Host,
    private readonly getOptions: () => SchoolOption[],
    private readonly getSelected: () => string | null,
    private readonly onSelect: (code: string | null) => void,
    private readonly idPrefix: string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.open || this.activeIndex < 0) return;
    const option = this.host.shadowRoot?.getElementById(this.optionId(this.activeIndex));
    option?.scrollIntoView?.({ block: 'nearest' });
  }

  /** Options that match what the user typed (all of them right after a choice). */
  visibleOptions(): SchoolOption[] {
    const options = this.getOptions();
    const q = this.query.trim().toLocaleLowerCase();
    if (!this.dirty || !q) return options;
    return options.filter((o) => o.name.toLocaleLowerCase().includes(q) || (o.code ?? '').toLocaleLowerCase().includes(q));
  }

  private selectedName(): string {
    const code = this.getSelected();
    return this.getOptions().find((o) => o.code === code)?.name ?? code ?? '';
  }

  private optionId(i: number) {
    return `${this.idPrefix}-option-${i}`;
  }

  private openList(active: 'selected' | 'first' | 'last') {
    const options = this.visibleOptions();
    this.open = true;
    const selected = options.findIndex((o) => o.code === this.getSelected());
    this.activeIndex = active === 'last' ? options.length - 1 : active === 'selected' && selected >= 0 ? selected : options.length ? 0 : -1;
    this.host.requestUpdate();
  }

  private close(restore: boolean) {
    this.open = false;
    this.activeIndex = -1;
    if (restore) {
      this.dirty = false;
      this.query = '';
    }
    this.host.requestUpdate();
  }

  private choose(option: SchoolOption | undefined) {
    if (!option) return;
    this.open = false;
    this.activeIndex = -1;
    this.dirty = false;
    this.query = '';
    this.host.requestUpdate();
    this.onSelect(option.code);
  }

  private onKeyDown = (event: KeyboardEvent) => {
    const options = this.visibleOptions();
    const last = options.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open || event.altKey) this.openList('selected');
        else this.activeIndex = Math.min(this.activeIndex + 1, last);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) this.openList('last');
        else this.activeIndex = Math.max(this.activeIndex - 1, 0);
        break;
      case 'Home':
      case 'End':
        if (!this.open) return;
        event.preventDefault();
        this.activeIndex = event.key === 'Home' ? 0 : last;
        break;
      case 'Enter':
        if (!this.open) return;
        event.preventDefault();
        this.choose(options[this.activeIndex]);
        return;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          this.close(false);
        } else {
          // APG: Escape on a closed combobox clears the text box (blur restores the current choice).
          event.preventDefault();
          this.query = '';
          this.dirty = true;
          this.host.requestUpdate();
        }
        return;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  private onInput = (event: InputEvent) => {
    this.query = (event.target as HTMLInputElement).value;
    this.dirty = true;
    this.open = true;
    this.activeIndex = this.visibleOptions().length ? 0 : -1;
    this.host.requestUpdate();
  };

  private onBlur = () => {
    if (this.open || this.dirty) this.close(true);
  };

  /** Select the shown name on focus, so typing replaces it. */
  private onFocus = (event: FocusEvent) => {
    (event.target as HTMLInputElement).select();
  };

  private onClick = () => {
    if (this.open) this.close(false);
    else this.openList('selected');
  };

  render(texts: ComboboxTexts) {
    const options = this.visibleOptions();
    const selected = this.getSelected();
    const inputId = `${this.idPrefix}-input`;
    const listId = `${this.idPrefix}-listbox`;
    const hintId = `${this.idPrefix}-hint`;
    const active = this.open && this.activeIndex >= 0 ? this.optionId(this.activeIndex) : undefined;
    return html`<div class="combobox" part="school-picker">
      <label for=${inputId}>${texts.label}</label>
      <div class="hint" id=${hintId}>${texts.hint}</div>
      <div class="combobox-field">
        <input
          id=${inputId}
          class="combobox-input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${listId}
          aria-describedby=${hintId}
          aria-activedescendant=${active ?? nothing}
          .value=${live(this.dirty ? this.query : this.selectedName())}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${this.onBlur}
          @focus=${this.onFocus}
          @click=${this.onClick}
        />
        <span class="combobox-arrow" aria-hidden="true">▾</span>
      </div>
      <ul id=${listId} class="listbox" role="listbox" aria-label=${texts.label} ?hidden=${!this.open}>
        ${options.map(
          (o, i) => html`<li
            id=${this.optionId(i)}
            role="option"
            class=${classMap({ option: true, active: i === this.activeIndex })}
            aria-selected=${o.code === selected ? 'true' : 'false'}
            data-code=${o.code ?? ''}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.choose(o)}
          >
            ${o.name}${o.code ? html` <span class="code">${o.code}</span>` : nothing}
          </li>`,
        )}
      </ul>
      ${this.open && !options.length ? html`<p class="no-match">${texts.noMatch}</p>` : nothing}
      <span class="visually-hidden" role="status">${this.open ? texts.count(options.length) : ''}</span>
    </div>`;
  }
}
