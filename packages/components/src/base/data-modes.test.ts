// One suite for the two modes of every data element (as Shoelace runs one form-control suite
// against every control): host data first, else loaded through the client, with the same
// states everywhere (see base/data-controller.ts). Real reference server behind the client;
// failures and slowness are injected at the network edge, never by timing.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import type { ThuiszittersClient } from '@thuiszitters/sdk';
import '../case-list/define.js';
import '../case-timeline/define.js';
import '../dashboard/define.js';
import '../melding-form/define.js';
import '../reason-chart/define.js';
import '../routekaart-checklist/define.js';
import { flakyFetch, testApi } from '../test-support/api.js';

type El = HTMLElement & { client?: ThuiszittersClient; updateComplete: Promise<boolean> };

interface ElementSpec {
  tag: string;
  /** Connected mode: attributes that make the element load (beyond the client). */
  connect: () => Promise<Record<string, string>>;
  /** A request this element makes for its own data (not a composed child's). */
  request: RegExp;
  /** Shown once the loaded data is on screen. */
  ready: string;
  /** Controlled mode with data of the wrong shape. */
  badHost: Record<string, unknown>;
}

async function schoolCaseId(): Promise<string> {
  const page = await (await testApi()).client('school').cases.list({ limit: 1 });
  return page.items[0].id;
}

const SPECS: ElementSpec[] = [
  { tag: 'tz-dashboard', connect: async () => ({}), request: /\/statistics\/headline/, ready: '.tiles', badHost: { headline: { figures: {} } } },
  { tag: 'tz-reason-chart', connect: async () => ({}), request: /\/statistics\/reasons/, ready: '.subheading', badHost: { data: { items: 'none' } } },
  {
    tag: 'tz-routekaart-checklist',
    connect: async () => ({ organisation: (await testApi()).organisations.swv }),
    request: /\/routekaart/,
    ready: '#heading',
    badHost: { assessment: { id: 7 } },
  },
  { tag: 'tz-case-list', connect: async () => ({}), request: /\/cases(\?|$)/, ready: 'table', badHost: { cases: { items: 'none' } } },
  { tag: 'tz-case-timeline', connect: async () => ({ 'case-id': await schoolCaseId() }), request: /\/cases\//, ready: 'header.case-header', badHost: { case: { id: 7 } } },
  { tag: 'tz-melding-form', connect: async () => ({ 'case-id': await schoolCaseId() }), request: /\/cases\//, ready: 'form', badHost: { case: { id: 7 } } },
];

const root = (el: Element) => el.shadowRoot!;

async function place(spec: ElementSpec, attrs: Record<string, string>, props: Record<string, unknown> = {}): Promise<El> {
  const el = document.createElement(spec.tag) as El;
  el.setAttribute('lang', 'nl');
  el.setAttribute('today', '2026-03-15');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  wrap.append(el);
  await el.updateComplete;
  return el;
}

/** Holds every request until `release()`, so the loading state is observable without timing. */
function heldFetch() {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const fetchHeld = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    await released;
    return fetch(request);
  }) as typeof fetch;
  return { fetch: fetchHeld, release };
}

for (const spec of SPECS) {
  describe(`${spec.tag}: host data first, else the client (shared suite)`, () => {
    it('connected without a client: a calm state, no error and no crash', async () => {
      const el = await place(spec, await spec.connect());
      await waitUntil(() => root(el).querySelector('.state'), 'a state is shown');
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    });

    it('connected: a dropped connection shows an error with a retry that loads again', async () => {
      const api = await testApi();
      const flaky = flakyFetch();
      flaky.failNext(1000, 'before', (_method, url) => spec.request.test(url));
      const role = spec.tag === 'tz-case-timeline' || spec.tag === 'tz-melding-form' ? 'school' : 'swv';
      const el = await place(spec, await spec.connect(), { client: api.client(role, { fetch: flaky.fetch }) });
      const retry = await waitUntil(() => root(el).querySelector<HTMLButtonElement>('[role="alert"] button'), 'error with retry');
      flaky.failNext(0);
      (root(el).querySelector<HTMLButtonElement>('[role="alert"] button') ?? retry).click();
      await waitUntil(() => root(el).querySelector(spec.ready), 'data after retry');
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    });

    it('controlled with data of the wrong shape: warns naming the element, shows an error, loads nothing of its own', async () => {
      const api = await testApi();
      const flaky = flakyFetch();
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (msg: string) => warnings.push(String(msg));
      try {
        const el = await place(spec, {}, { ...spec.badHost, client: api.client('school', { fetch: flaky.fetch }) });
        await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error state');
        expect(warnings.some((w) => w.startsWith(`[thuiszitters] <${spec.tag}>`))).to.equal(true);
        expect(flaky.calls.filter((c) => spec.request.test(c.url))).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });
  });
}
