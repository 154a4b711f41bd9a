import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { styleMap } from 'lit/directives/style-map.js';
import { styleProps } from './style-props.js';

// A page with `style-src 'self'` blocks style attributes. This page gets such a policy through a
// <meta> tag, then we check that styleProps sets styles without a violation (and that the check
// can fail: Lit's styleMap writes the attribute on first render and is blocked).
describe('styleProps under a strict CSP', () => {
  const violations: Array<{ directive: string; target: EventTarget | null }> = [];
  const onViolation = (e: SecurityPolicyViolationEvent) => violations.push({ directive: e.violatedDirective, target: e.target });

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src-attr 'none'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', onViolation);
  });
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));
  beforeEach(() => (violations.length = 0));

  // Violation reports arrive as queued tasks, in order. Instead of waiting a fixed time for one
  // that might come late, provoke a known violation afterwards and wait for that: anything the
  // element under test caused would have been reported before it.
  async function reportsSoFar(): Promise<EventTarget[]> {
    const marker = await fixture<HTMLDivElement>(html`<div style=${styleMap({ width: '1px' })}></div>`);
    await waitUntil(() => violations.some((v) => v.target === marker), 'the marker violation is reported');
    return violations.filter((v) => v.target !== marker).map((v) => v.target!);
  }

  it('sets properties and custom properties through the CSSOM, with no violation', async () => {
    const el = await fixture<HTMLDivElement>(html`<div ${styleProps({ width: '40%', '--_share': 0.5 })}></div>`);
    expect(el.style.width).to.equal('40%');
    expect(el.style.getPropertyValue('--_share')).to.equal('0.5');
    expect(await reportsSoFar()).to.deep.equal([]);
  });

  it('removes a property that is no longer given, on the same element', async () => {
    const { render } = await import('lit');
    const host = document.createElement('div');
    document.body.append(host);
    const view = (props: Record<string, string | undefined>) => html`<div ${styleProps(props)}></div>`;
    render(view({ width: '40%', height: '2px' }), host);
    const first = host.querySelector('div')!;
    expect(first.style.height).to.equal('2px');
    render(view({ width: '10%', height: undefined }), host);
    expect(host.querySelector('div')).to.equal(first);
    expect(first.style.width).to.equal('10%');
    expect(first.style.height).to.equal('');
    host.remove();
  });

  it('the policy is really enforced here: styleMap on first render is blocked', async () => {
    const el = await fixture(html`<div style=${styleMap({ width: '40%' })}></div>`);
    await waitUntil(() => violations.some((v) => v.target === el), 'violation reported');
    expect(violations.find((v) => v.target === el)!.directive).to.equal('style-src-attr');
  });
});
