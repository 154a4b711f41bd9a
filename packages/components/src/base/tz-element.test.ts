import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { TzElement } from './tz-element.js';
import { defineElement } from './define.js';

const messages = { nl: { hello: 'Hallo' }, en: { hello: 'Hello' } };

// The test element's own event, added to the one event map `emit` is typed against.
declare module './events.js' {
  interface TzEventMap {
    'tz-test': { value: number };
  }
}

@customElement('tz-test-greeting')
class TestGreeting extends TzElement {
  override render() {
    return litHtml`<p>${this.messagesOf(messages).hello}</p>`;
  }
  fire() {
    return this.emit('tz-test', { value: 42 });
  }
}

describe('TzElement', () => {
  it('takes its language from the nearest ancestor with lang, across shadow roots', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><tz-test-greeting></tz-test-greeting></div>`);
    const el = wrap.querySelector('tz-test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(el.shadowRoot!.textContent).to.contain('Hello');
    expect(el.hasAttribute('lang')).to.equal(false);
  });

  it('defaults to Dutch and follows its own lang attribute', async () => {
    const el = await fixture<TestGreeting>(html`<tz-test-greeting></tz-test-greeting>`);
    expect(el.shadowRoot!.textContent).to.contain('Hallo');
    el.lang = 'en-GB';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Hello');
    expect(el.getAttribute('lang')).to.equal('en-GB');
  });

  it('re-renders when the document language changes', async () => {
    const el = await fixture<TestGreeting>(html`<tz-test-greeting></tz-test-greeting>`);
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Hello');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('emits bubbling, composed tz- events with a detail', async () => {
    const el = await fixture<TestGreeting>(html`<tz-test-greeting></tz-test-greeting>`);
    let detail: unknown;
    document.addEventListener('tz-test', (e) => (detail = (e as CustomEvent).detail), { once: true });
    el.fire();
    expect(detail).to.deep.equal({ value: 42 });
  });
});

describe('defineElement', () => {
  it('warns instead of throwing when another copy already defined the tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      defineElement('tz-test-twice', First);
      expect(() => defineElement('tz-test-twice', Second)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('tz-test-twice')).to.equal(First);
    expect(warnings.join()).to.contain('tz-test-twice');
  });
});
