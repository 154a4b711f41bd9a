// One panel look (styles/shared.styles.ts `panelLook`): the melding form's sections and the
// timeline's header are the same bordered card, whichever element draws them.
import { expect, fixture, html } from '@open-wc/testing';
import '../case-timeline/define.js';
import { makeCase, storyEvents } from '../case-timeline/test-helpers.js';
import { mountForm } from '../melding-form/test-helpers.js';

const LOOK = ['display', 'row-gap', 'padding-top', 'border-top-width', 'border-top-style', 'border-top-color', 'border-top-left-radius', 'background-color'] as const;
const lookOf = (node: Element) => Object.fromEntries(LOOK.map((p) => [p, getComputedStyle(node).getPropertyValue(p)]));

describe('panelLook', () => {
  it('gives the melding form’s sections and the timeline’s header the same card', async () => {
    const form = await mountForm();
    const timeline = await fixture(html`<tz-case-timeline lang="nl" today="2026-11-22" .case=${makeCase()} .events=${storyEvents()}></tz-case-timeline>`);
    await (timeline as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const section = form.shadowRoot!.querySelector('fieldset.section')!;
    const header = timeline.shadowRoot!.querySelector('.case-header')!;
    expect(section, 'a form section').to.exist;
    expect(header, 'the timeline header').to.exist;
    const look = lookOf(section);
    expect(look['display']).to.equal('grid');
    expect(look['border-top-style']).to.equal('solid');
    expect(parseFloat(look['padding-top'])).to.be.greaterThan(0);
    expect(lookOf(header)).to.deep.equal(look);
  });
});
