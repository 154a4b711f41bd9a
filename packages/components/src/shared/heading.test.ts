import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { clampHeadingLevel, heading } from './heading.js';

describe('shared heading', () => {
  it('clamps the level to a whole number from 1 to 6, with a fallback for what is not a number', () => {
    expect([0, 1, 3.4, 6, 9, -2].map((n) => clampHeadingLevel(n))).to.deep.equal([2, 1, 3, 6, 6, 1]);
    expect(clampHeadingLevel(Number.NaN)).to.equal(2);
    expect(clampHeadingLevel(Number.NaN, 3)).to.equal(3);
  });

  it('renders role="heading" with the level, and tabindex -1 only when focusable', () => {
    const box = document.createElement('div');
    render(heading({ level: 4, className: 'subheading', id: 'h' }, 'Per school'), box);
    const plain = box.querySelector('[role="heading"]')!;
    expect([plain.className, plain.id, plain.getAttribute('aria-level'), plain.hasAttribute('tabindex'), plain.textContent]).to.deep.equal([
      'subheading',
      'h',
      '4',
      false,
      'Per school',
    ]);
    render(heading({ level: 2, className: 'heading', id: 'g', focusable: true }, 'Title'), box);
    expect(box.querySelector('[role="heading"]')!.getAttribute('tabindex')).to.equal('-1');
  });
});
