import { html, css } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createClient, type ThuiszittersClient } from '@thuiszitters/sdk';
import { TzElement } from '../base/tz-element.js';
import { clientContext, localeContext, referenceDataContext, type ReferenceData } from '../context/contexts.js';
import { toLocale, type Locale } from '../i18n/locale.js';

const EMPTY: ReferenceData = { status: 'idle', reasons: [], schools: [], profile: null };

/**
 * Wraps the elements of one page section and provides them, by context, with an SDK client,
 * the language and the reference data (reason taxonomy, schools, definition profile), loaded once.
 *
 * @element tz-provider
 * @slot - The elements that use this provider.
 * @fires tz-reference-data-error - Reference data could not be loaded; `detail.error` is the SDK error.
 */
export class TzProviderElement extends TzElement {
  static override styles = [
    ...TzElement.styles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** Base URL of the API, e.g. `https://lvs.example.nl/thuiszitters/v1`. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** Returns the bearer token for each request; called again once after a 401. */
  @property({ attribute: false }) getToken?: () => string | null | undefined | Promise<string | null | undefined>;

  /** Skip loading reference data (for hosts that pass it in through `.referenceData`). */
  @property({ type: Boolean, attribute: 'no-reference-data' }) noReferenceData = false;

  @provide({ context: clientContext })
  @state()
  protected providedClientValue?: ThuiszittersClient;

  @provide({ context: localeContext })
  @state()
  protected providedLocaleValue?: Locale;

  /** Reference data shared by all elements; set it to skip loading. */
  @provide({ context: referenceDataContext })
  @property({ attribute: false })
  referenceData: ReferenceData = EMPTY;

  private loadedFor?: ThuiszittersClient;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('client') || changed.has('baseUrl') || changed.has('getToken')) {
      this.providedClientValue = this.client ?? this.makeClient();
    }
    if (changed.has('lang')) this.providedLocaleValue = toLocale(this.lang) ?? undefined;
  }

  override updated(): void {
    const client = this.providedClientValue;
    if (client && !this.noReferenceData && this.loadedFor !== client && this.referenceData.status !== 'ready') {
      this.loadedFor = client;
      void this.loadReferenceData(client);
    }
  }

  private makeClient(): ThuiszittersClient | undefined {
    if (!this.baseUrl) return undefined;
    const getToken = () => this.getToken?.() ?? null;
    return createClient({ baseUrl: this.baseUrl, getToken });
  }

  /** Loads reasons, schools and the definition profile in parallel; elements render meanwhile. */
  async loadReferenceData(client = this.providedClientValue): Promise<void> {
    if (!client) return;
    this.referenceData = { ...this.referenceData, status: 'loading' };
    try {
      const [reasons, schools, profile] = await Promise.all([
        client.reference.reasons(),
        client.reference.schools(),
        client.reference.definitionProfile(),
      ]);
      if (client !== this.providedClientValue) return; // a newer client took over meanwhile
      this.referenceData = { status: 'ready', reasons: reasons.items, schools: schools.items, profile };
    } catch (error) {
      if (client !== this.providedClientValue) return;
      this.referenceData = { ...EMPTY, status: 'error', error };
      this.emit('tz-reference-data-error', { error });
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}
