import { html, css } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createClient, type ThuiszittersClient } from '@thuiszitters/sdk';
import { warnCorsRefusal } from '../base/cors.js';
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

  /**
   * Returns the bearer token for each request; called again once after a 401 with
   * `{ refresh: true }`. Until it is set, requests wait for it (set it in any order with
   * `base-url`), unless `no-token` says the API needs none.
   */
  @property({ attribute: false }) getToken?: (request?: { refresh: boolean }) => string | null | undefined | Promise<string | null | undefined>;

  /** The API needs no bearer token (e.g. a same-origin proxy that adds it): requests do not wait for `getToken`. */
  @property({ type: Boolean, attribute: 'no-token' }) noToken = false;

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
  /** Requests made before a token getter (or `no-token`) arrived wait on this. */
  private tokenGetterArrived?: () => void;
  private tokenGetterReady = new Promise<void>((resolve) => (this.tokenGetterArrived = resolve));

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (this.getToken || this.noToken) this.tokenGetterArrived?.();
    // A first getter completes the waiting requests of the current client; another getter after
    // that (another user) gets a new client, so the elements load again with it.
    const getterReplaced = changed.has('getToken') && changed.get('getToken') !== undefined;
    if (changed.has('client') || changed.has('baseUrl') || getterReplaced) {
      this.providedClientValue = this.client ?? this.makeClient();
    }
    if (changed.has('lang')) this.providedLocaleValue = toLocale(this.lang) ?? undefined;
  }

  override updated(): void {
    const client = this.providedClientValue;
    // Data a host set itself (ready, never loaded here) stays; data loaded for an older client
    // (another base URL or user) is loaded again.
    const ours = this.loadedFor !== undefined || this.referenceData.status !== 'ready';
    if (client && !this.noReferenceData && this.loadedFor !== client && ours) {
      this.loadedFor = client;
      void this.loadReferenceData(client);
    }
  }

  private makeClient(): ThuiszittersClient | undefined {
    if (!this.baseUrl) return undefined;
    // Read per request, so a getter set (or replaced) later is used without a new client. A page
    // that sets base-url in its HTML and getToken from its own script a moment later (the README's
    // pattern) would otherwise send the first requests without a token and get 401s.
    const getToken = async (request: { refresh: boolean }) => {
      if (!this.getToken && !this.noToken) await this.tokenGetterReady;
      return (await this.getToken?.(request)) ?? null;
    };
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
      warnCorsRefusal(error);
      this.emit('tz-reference-data-error', { error });
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}
