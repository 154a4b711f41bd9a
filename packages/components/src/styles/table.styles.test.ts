import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import { TzCaseListElement } from '../case-list/case-list.element.js';
import { caseListStyles } from '../case-list/case-list.styles.js';
import { TzReasonChartElement } from '../reason-chart/reason-chart.element.js';
import { reasonChartStyles } from '../reason-chart/reason-chart.styles.js';
import { tableStyles } from './table.styles.js';

describe('shared table stylesheet', () => {
  it('the case list and the reason chart adopt it, before their own sheet (which adjusts the caption)', () => {
    for (const [element, own] of [
      [TzCaseListElement, caseListStyles],
      [TzReasonChartElement, reasonChartStyles],
    ] as const) {
      const styles = element.styles as CSSResultGroup[];
      expect(styles.indexOf(tableStyles), element.name).to.be.greaterThan(-1);
      expect(styles.indexOf(tableStyles), element.name).to.be.lessThan(styles.indexOf(own));
    }
  });

  it('is the only place the th/td rules are written', () => {
    for (const own of [caseListStyles, reasonChartStyles]) expect(own.cssText).not.to.match(/(^|\n)\s*th,\s*td\s*\{/);
    expect(tableStyles.cssText).to.match(/th,\s*td\s*\{/);
  });
});
