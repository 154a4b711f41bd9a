// The one-script-tag entry (dist/thuiszitters.js): a tiny module that watches the page for
// <tz-*> tags and imports only the code those elements need, as Shoelace's and Web Awesome's
// autoloaders do. Each import below is a separate chunk beside this file (same origin, so it
// works under `script-src 'self'`); lit, the SDK and the domain rules land in shared chunks
// that are fetched once. Hosts that want one file use dist/thuiszitters.bundle.js instead.

/** Tag → the module that registers it (and everything it renders inside itself). */
const loaders: Record<string, () => Promise<unknown>> = {
  'tz-provider': () => import('./provider/define.js'),
  'tz-melding-form': () => import('./melding-form/define.js'),
  'tz-case-timeline': () => import('./case-timeline/define.js'),
  'tz-reason-chart': () => import('./reason-chart/define.js'),
  'tz-dashboard': () => import('./dashboard/define.js'),
  'tz-routekaart-checklist': () => import('./routekaart-checklist/define.js'),
  'tz-case-list': () => import('./case-list/define.js'),
};

const requested = new Map<string, Promise<unknown>>();
const observed = new WeakSet<Node>();
const selector = Object.keys(loaders).join(',');

function load(tag: string): Promise<unknown> {
  let pending = requested.get(tag);
  if (!pending) {
    pending = loaders[tag]().catch((error: unknown) => {
      requested.delete(tag); // a later discovery may try again (e.g. after a network blip)
      console.error(`[thuiszitters] could not load <${tag}>:`, error);
    });
    requested.set(tag, pending);
  }
  return pending;
}

/**
 * Loads every kit element that is in `root` and not defined yet. The provider goes first:
 * an element asks for its API client (a `context-request` event) when it connects, and only a
 * provider that is already defined can answer.
 * The document and the kit's own shadow roots are watched by themselves; a host that puts kit
 * tags inside shadow roots of its own calls `discover(thatShadowRoot)` (exported by this module).
 */
export async function discover(root: Document | ShadowRoot | Element): Promise<void> {
  const kitElements = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) kitElements.push(root);
  const fresh = [...new Set(kitElements.map((el) => el.localName))].filter((tag) => !customElements.get(tag) && !requested.has(tag));
  if (fresh.includes('tz-provider') || requested.has('tz-provider')) await load('tz-provider');
  await Promise.all(fresh.map(load));
  // Kit elements render into shadow roots; watch those too, so a tag an element renders there is found.
  for (const el of kitElements) void watchShadowRootOf(el);
}

async function watchShadowRootOf(el: Element): Promise<void> {
  if (observed.has(el)) return;
  observed.add(el);
  await customElements.whenDefined(el.localName);
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  if (el.shadowRoot) observe(el.shadowRoot);
}

function observe(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(root, { childList: true, subtree: true });
  void discover(root);
}

if (typeof document !== 'undefined') observe(document);
