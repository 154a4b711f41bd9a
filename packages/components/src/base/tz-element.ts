// The one base class of every <tz-*> element: language, SDK client from context, typed events,
// and a safe way to report bad host data (warn, never throw into the host page).
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ThuiszittersClient } from '@thuiszitters/sdk';
import { clientContext, localeContext } from '../context/contexts.js';
import { resolveLocale, toLocale, type Locale, type MessageTable, type Translations } from '../i18n/locale.js';
import { KIT_VERSION } from './define.js';
import { hostStyles } from '../styles/shared.styles.js';
import { bsnWarningStyles } from './bsn-warning.js';
import { DataController, type DataHost, type DataOptions } from './data-controller.js';

// One observer for all elements: re-render when the document's language changes.
const liveElements = new Set<TzElement>();
let documentLangObserver: MutationObserver | undefined;
function watchDocumentLang(el: TzElement, on: boolean) {
  if (on) liveElements.add(el);
  else liveElements.delete(el);
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  if (!documentLangObserver && liveElements.size > 0) {
    documentLangObserver = new MutationObserver(() => liveElements.forEach((e) => e.requestUpdate()));
    documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  } else if (documentLangObserver && liveElements.size === 0) {
    documentLangObserver.disconnect();
    documentLangObserver = undefined;
  }
}

export abstract class TzElement extends LitElement {
  /** The kit version that defined this element; read by defineElement() to warn about a second copy. */
  static kitVersion = KIT_VERSION;
  // The BSN warning can appear under any free-text field of any element.
  static override styles = [hostStyles, bsnWarningStyles];

  /**
   * The language of this element (`nl` or `en`); inherited from the nearest ancestor when absent.
   * No initial value on purpose: an empty `lang=""` would cut the inheritance.
   */
  @property({ reflect: true }) override lang!: string;

  /**
   * A ready SDK client. Overrides the one provided by a surrounding `<tz-provider>`,
   * so an element also works without a provider.
   */
  @property({ attribute: false }) client?: ThuiszittersClient;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient?: ThuiszittersClient;

  @consume({ context: localeContext, subscribe: true })
  @state()
  protected providedLocale?: Locale;

  /** The client in use: own property first, then the provider's. */
  protected get activeClient(): ThuiszittersClient | undefined {
    return this.client ?? this.providedClient;
  }

  /** The language resolved once per update: resolving walks up the DOM, templates ask often. */
  private localeDuringUpdate?: Locale;

  /** The active language: own `lang`, else the provider's, else the nearest `lang` in the page. */
  get locale(): Locale {
    return this.localeDuringUpdate ?? toLocale(this.lang) ?? this.providedLocale ?? resolveLocale(this);
  }

  protected override update(changed: PropertyValues<this>): void {
    this.localeDuringUpdate = undefined;
    this.localeDuringUpdate = this.locale;
    try {
      super.update(changed);
    } finally {
      this.localeDuringUpdate = undefined;
    }
  }

  /** Picks the message table of the active language. */
  protected messagesOf<T extends MessageTable>(translations: Translations<T>): T {
    return translations[this.locale] as T;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchDocumentLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchDocumentLang(this, false);
  }

  /**
   * Dispatches a `tz-` event that bubbles and crosses shadow roots. Returns false when a
   * listener called preventDefault() (the events we make cancelable say so in their docs).
   */
  protected emit<T>(name: `tz-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
    const event = new CustomEvent<T>(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    return this.dispatchEvent(event);
  }

  /**
   * One piece of data in the element's two modes: the host's value first, else loaded through
   * the client (see DataController). Call it in a field initialiser.
   */
  protected useData<T, A extends readonly unknown[]>(options: DataOptions<T, A>): DataController<T, A> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    const host: DataHost = {
      addController: (c) => el.addController(c),
      removeController: (c) => el.removeController(c),
      requestUpdate: () => el.requestUpdate(),
      get updateComplete() {
        return el.updateComplete;
      },
      get dataClient() {
        return el.activeClient;
      },
      warnBadData: (field, problem) => el.warnBadData(field, problem),
    };
    return new DataController<T, A>(host, options);
  }

  /** Host data that does not fit the schema: a console warning naming the field, never an exception. */
  protected warnBadData(field: string, problem: string): void {
    console.warn(`[thuiszitters] <${this.localName}> ${field}: ${problem}`);
  }
}
