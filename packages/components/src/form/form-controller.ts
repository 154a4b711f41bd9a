// The state every form of the kit keeps, once: what the user changed (on top of base values the
// element owns), what was "committed" on change/blur, field errors (a rule's code or the
// server's reason), errors that match no field, and whether the error summary shows. Validation
// runs on blur (one field, plus the fields already in error) and on submit (all of them); a
// refused submit shows the summary and moves focus to it (GOV.UK / NL Design System pattern).
// Modelled on Shoelace's FormControlController (one controller per host, the host renders).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mapInvalidParams, type InvalidParam } from '@thuiszitters/sdk';

/** A field's error: a code of the element's own rules, or the server's reason sentence. */
export type FieldError<C extends string = string> = { code: C } | { server: string };

export interface FormControllerOptions<V extends object, C extends string> {
  /** The values before the user's edits (a prefill, a loaded record, defaults). */
  base: () => V;
  /** Fields in screen order (the summary follows it). */
  order: readonly (keyof V & string)[];
  /** One field's rule against all values (some rules compare fields). */
  validateField: (key: keyof V & string, values: V) => FieldError<C> | undefined;
  /** Every rule, on submit; defaults to `validateField` over `order`. */
  validateAll?: (values: V) => Partial<Record<keyof V & string, FieldError<C>>>;
  /** Is the field on screen now (hidden fields' errors are kept but not shown). */
  isRelevant?: (key: keyof V & string, values: V) => boolean;
  /**
   * Which blur checks a field: `changed` (default) once the user changed it or it shows an error;
   * `every`: each time focus leaves it, so an empty required field says so at once (the
   * timeline's add-event form, a short form whose fields all start empty).
   */
  validateOnBlur?: 'changed' | 'every';
  /** Contract paths (dotted, JSON pointers are converted by the SDK) → fields. */
  serverPaths?: Readonly<Record<string, keyof V & string>>;
  /** The id of a field's control (summary links point at it). Default `f-<key>`. */
  fieldId?: (key: keyof V & string) => string;
  /** The element to focus when the summary appears. Default `#summary-title`. */
  summarySelector?: string;
  /**
   * Where a refused submit moves focus: `summary` (default) shows the error summary and focuses
   * it; `field` shows no summary and focuses the first field in error (a small inline form, such
   * as the Routekaart's two evidence fields, whose errors sit right beside its button).
   */
  invalidFocus?: 'summary' | 'field';
  /**
   * Whether a blur checks a field the user emptied again (default true). False: a blank text
   * field is checked on blur only while it already shows an error, so leaving an optional "add"
   * form empty is no error before its button is pressed.
   */
  checkBlankOnBlur?: boolean;
}

export type Errors<V extends object, C extends string> = Partial<Record<keyof V & string, FieldError<C>>>;

export class FormController<V extends object, C extends string = string> implements ReactiveController {
  /** What the user changed: the draft. */
  edits: Partial<V> = {};
  /** The edits as of the last change/blur (live feedback follows these, not every keystroke). */
  committed: Partial<V> = {};
  errors: Errors<V, C> = {};
  /** Server reasons that match no field (still listed in the summary). */
  otherErrors: string[] = [];
  showSummary = false;
  readonly touched = new Set<keyof V & string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: FormControllerOptions<V, C>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get values(): V {
    return { ...this.options.base(), ...this.edits };
  }

  /** The base values with the committed edits. */
  get committedValues(): V {
    return { ...this.options.base(), ...this.committed };
  }

  fieldId(key: keyof V & string): string {
    return this.options.fieldId ? this.options.fieldId(key) : `f-${key}`;
  }

  /** The field a control belongs to (every control of the kit carries `data-field`). */
  fieldOf(target: EventTarget | null): (keyof V & string) | undefined {
    const key = (target as HTMLElement | null)?.dataset?.field;
    return key && (this.options.order as readonly string[]).includes(key) ? (key as keyof V & string) : undefined;
  }

  set(next: Partial<V>): void {
    this.edits = next;
    this.host.requestUpdate();
  }

  commit(): void {
    this.committed = this.edits;
    this.host.requestUpdate();
  }

  /** Starts over (or from restored edits, e.g. a draft). */
  clear(edits: Partial<V> = {}): void {
    this.edits = edits;
    this.committed = edits;
    this.errors = {};
    this.otherErrors = [];
    this.showSummary = false;
    this.touched.clear();
    this.host.requestUpdate();
  }

  /** On blur: commits, and checks the field once it was changed or shows an error (or always: `validateOnBlur`). */
  blur(event: FocusEvent): void {
    const key = this.fieldOf(event.target);
    if (!key) return;
    if (this.fieldOf(event.relatedTarget) === key) return; // still inside the same radio/checkbox group
    if (this.options.validateOnBlur === 'every') {
      this.commit();
      this.touched.add(key);
      this.revalidate(key);
      return;
    }
    this.commit();
    const value = (this.values as Record<string, unknown>)[key];
    const skipBlank = this.options.checkBlankOnBlur === false && typeof value === 'string' && value.trim() === '';
    if (skipBlank && !this.errors[key]) return;
    if (key in this.edits || this.errors[key]) {
      this.touched.add(key);
      this.revalidate(key);
    }
  }

  /** Validates one field, and re-checks the fields that already show an error. */
  revalidate(key: keyof V & string): void {
    const values = this.values;
    const errors: Errors<V, C> = { ...this.errors };
    for (const k of new Set<keyof V & string>([key, ...(Object.keys(errors) as (keyof V & string)[])])) {
      if (k !== key && errors[k] && 'server' in (errors[k] as FieldError<C>)) continue; // the server's verdict stands until that field changes
      const error = this.options.validateField(k, values);
      if (error) errors[k] = error;
      else delete errors[k];
    }
    this.errors = errors;
    this.host.requestUpdate();
  }

  /**
   * On submit: every rule. True when the values may be sent; else the summary shows and takes
   * focus (`onInvalid` runs first, e.g. to emit an event with the errors).
   */
  async validate(onInvalid?: () => void): Promise<boolean> {
    const values = this.values;
    this.commit();
    this.otherErrors = [];
    this.errors = this.options.validateAll ? this.options.validateAll(values) : this.validateEach(values);
    if (Object.keys(this.errors).length > 0) {
      onInvalid?.();
      if (this.options.invalidFocus === 'field') await this.focusFirstError();
      else await this.showErrorSummary();
      return false;
    }
    this.showSummary = false;
    this.host.requestUpdate();
    return true;
  }

  private validateEach(values: V): Errors<V, C> {
    const errors: Errors<V, C> = {};
    for (const key of this.options.order) {
      const error = this.options.validateField(key, values);
      if (error) errors[key] = error;
    }
    return errors;
  }

  /** The server's `invalidParams` on the fields (its reason kept; the element words it), the rest listed as is. */
  async showServerErrors(invalidParams: readonly InvalidParam[]): Promise<void> {
    const mapped = mapInvalidParams(invalidParams, (this.options.serverPaths ?? {}) as Record<string, string>);
    const errors: Errors<V, C> = {};
    const other: string[] = [];
    for (const [key, reason] of Object.entries(mapped)) {
      if ((this.options.order as readonly string[]).includes(key)) errors[key as keyof V & string] = { server: reason };
      else other.push(`${key}: ${reason}`);
    }
    this.errors = errors;
    this.otherErrors = other;
    await this.showErrorSummary();
  }

  /** Errors of the fields on screen, in screen order, worded by `messageOf`. */
  visibleErrors(messageOf: (key: keyof V & string, error: FieldError<C>) => string, values = this.values): [keyof V & string, string][] {
    const relevant = this.options.isRelevant ?? (() => true);
    return this.options.order.filter((key) => this.errors[key] && relevant(key, values)).map((key) => [key, messageOf(key, this.errors[key]!)]);
  }

  /** The message beside a field, while it is on screen and has an error. */
  errorOf(key: keyof V & string, messageOf: (key: keyof V & string, error: FieldError<C>) => string, values = this.values): string | undefined {
    const relevant = this.options.isRelevant ?? (() => true);
    const error = this.errors[key];
    return error && relevant(key, values) ? messageOf(key, error) : undefined;
  }

  async showErrorSummary(): Promise<void> {
    this.showSummary = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focus(this.options.summarySelector ?? '#summary-title');
  }

  /** Focuses the first field (in screen order) that shows an error, once it is rendered. */
  private async focusFirstError(): Promise<void> {
    this.showSummary = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const first = this.options.order.find((key) => this.errors[key]);
    if (first) this.focusField(first);
  }

  hideSummary(): void {
    this.showSummary = false;
    this.host.requestUpdate();
  }

  /** Moves focus to a field (the summary's links). */
  focusField(key: keyof V & string): void {
    this.focus(`#${this.fieldId(key)}`);
  }

  focus(selector: string): void {
    const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }
}
