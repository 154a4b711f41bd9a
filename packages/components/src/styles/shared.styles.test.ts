// The shared host styles shield an element from a host page's global CSS: universal rules that
// match the element itself, and inherited text settings of the containers around it.
import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { TzElement } from '../base/tz-element.js';

@customElement('tz-test-shielded')
class TestShielded extends TzElement {
  override render() {
    return litHtml`<p>Tekst</p>`;
  }
}

const HOSTILE = `
  html { font-size: 62.5%; }
  * { box-sizing: content-box; line-height: 1; font-family: serif; }
  .lvs { letter-spacing: 0.2em; word-spacing: 1em; font-style: italic; font-weight: bold; text-transform: uppercase; text-indent: 3em; white-space: nowrap; font-size: 11px; }
`;

describe('hostStyles against a hostile host page', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE;
    document.head.append(sheet);
  });
  afterEach(() => sheet.remove());

  it('keeps the kit’s own text settings inside the shadow root', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div class="lvs"><tz-test-shielded></tz-test-shielded></div>`);
    const el = wrap.querySelector('tz-test-shielded') as TestShielded;
    await el.updateComplete;
    const p = getComputedStyle(el.shadowRoot!.querySelector('p')!);
    expect(p.fontSize).to.equal('16px');
    expect(p.lineHeight).to.equal('24px');
    expect(p.fontFamily).not.to.equal('serif');
    expect(p.letterSpacing).to.equal('normal');
    expect(p.wordSpacing).to.equal('0px');
    expect(p.fontStyle).to.equal('normal');
    expect(p.fontWeight).to.equal('400');
    expect(p.textTransform).to.equal('none');
    expect(p.textIndent).to.equal('0px');
    expect(p.whiteSpace).to.equal('normal');
    expect(getComputedStyle(el).boxSizing).to.equal('border-box');
  });

  it('still lets the host theme text through the tokens', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div class="lvs" style="--tz-line-height: 2; --tz-font-size: 20px; --tz-font-family: monospace"><tz-test-shielded></tz-test-shielded></div>`,
    );
    const el = wrap.querySelector('tz-test-shielded') as TestShielded;
    await el.updateComplete;
    const p = getComputedStyle(el.shadowRoot!.querySelector('p')!);
    expect(p.fontSize).to.equal('20px');
    expect(p.lineHeight).to.equal('40px');
    expect(p.fontFamily).to.equal('monospace');
  });
});

describe('hostStyles colour tokens', () => {
  const textColour = async (style: string) => {
    const wrap = await fixture<HTMLDivElement>(html`<div style=${style}><tz-test-shielded></tz-test-shielded></div>`);
    const el = wrap.querySelector('tz-test-shielded') as TestShielded;
    await el.updateComplete;
    return getComputedStyle(el.shadowRoot!.querySelector('p')!).color;
  };

  it('reads -light in the light scheme and -dark in the dark scheme (what theme.css sets)', async () => {
    const perScheme = '--tz-color-text-light: #102030; --tz-color-text-dark: #a0b0c0;';
    expect(await textColour(perScheme)).to.equal('rgb(16, 32, 48)');
    expect(await textColour(`${perScheme} --tz-color-scheme: dark`)).to.equal('rgb(160, 176, 192)');
  });

  it('uses the plain token in both schemes, over the per-scheme ones', async () => {
    const both = '--tz-color-text: #400000; --tz-color-text-light: #102030; --tz-color-text-dark: #a0b0c0;';
    expect(await textColour(both)).to.equal('rgb(64, 0, 0)');
    expect(await textColour(`${both} --tz-color-scheme: dark`)).to.equal('rgb(64, 0, 0)');
  });

  it('keeps its defaults per scheme when nothing is set', async () => {
    expect(await textColour('')).to.equal('rgb(26, 26, 26)');
    expect(await textColour('--tz-color-scheme: dark')).to.equal('rgb(236, 236, 236)');
  });
});
