// Shared helpers of the melding-form browser tests: reach into the shadow root and fill fields
// the way the browser does (value + input + change + blur), so the element's own listeners run.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import './define.js';
import type { TzMeldingFormElement } from './melding-form.element.js';

export const TODAY = '2026-11-20';

// Drafts live in sessionStorage by default and the tests of a file share one tab: every test
// starts as a fresh tab, so one test's draft never shows up in the next.
beforeEach(() => {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('tz-melding-form:draft:')) sessionStorage.removeItem(key);
});
export const PUPIL = 'LVS-TEST-0001';

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export function text(el: Element, selector = ':host > *'): string {
  const root = el.shadowRoot!;
  const nodes = selector === ':host > *' ? [root] : [...root.querySelectorAll(selector)];
  return nodes.map((n) => (n.textContent ?? '').replace(/\s+/g, ' ')).join(' ').trim();
}

/** Types a value into a text/date/month input, select or textarea and leaves the field. */
export async function fill(el: TzMeldingFormElement, key: string, value: string): Promise<void> {
  const control = $<HTMLInputElement>(el, `#f-${key}`);
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  control.blur();
  await el.updateComplete;
}

/** Clicks the radio (or checkbox) of a field with the given value. */
export async function pick(el: TzMeldingFormElement, key: string, value: string): Promise<void> {
  $<HTMLInputElement>(el, `input[name="${key}"][value="${value}"]`).click();
  await el.updateComplete;
}

/** Clicks a single checkbox by its field key. */
export async function tick(el: TzMeldingFormElement, key: string): Promise<void> {
  $<HTMLInputElement>(el, `#f-${key}`).click();
  await el.updateComplete;
}

export async function mountForm(template?: TemplateResult): Promise<TzMeldingFormElement> {
  const el = await fixture<TzMeldingFormElement>(
    template ??
      html`<tz-melding-form
        pupil-ref=${PUPIL}
        today=${TODAY}
        birth-year-month="2012-03"
        school="12AB00"
        school-type="vo"
        municipality="GM0599"
      ></tz-melding-form>`,
  );
  await el.updateComplete;
  return el;
}

/** Answers every required question that the default prefill leaves open. */
export async function completeRequired(el: TzMeldingFormElement, firstDay = '2026-09-07'): Promise<void> {
  await pick(el, 'enrolled', 'yes');
  await fill(el, 'firstDayOfAbsence', firstDay);
  await pick(el, 'authorised', 'no');
  await fill(el, 'primaryReason', 'schoolweigering');
}

/**
 * A fetch that holds every POST until `release()` (or until its request is aborted), counting
 * them: a send that stays under way for as long as a test needs it to.
 */
export function holdPosts(): { fetch: typeof fetch; posts: () => number; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let posts = 0;
  const held = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.method === 'POST') {
      posts++;
      const aborted = new Promise<never>((_, reject) => request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      await Promise.race([gate, aborted]);
    }
    return fetch(request);
  }) as typeof fetch;
  return { fetch: held, posts: () => posts, release };
}
