import { expect } from '@open-wc/testing';
import { checkHeadline, headlineTiles } from './tiles.js';
import { dashboardMessages } from './messages.js';
import { regionHeadline } from './fixtures.js';

const num = (n: number, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat('nl-NL', o).format(n);

describe('headlineTiles', () => {
  it('computes each change in the unit shown, so the arrow never contradicts the numbers', () => {
    const tiles = headlineTiles(regionHeadline.figures, regionHeadline.comparison, 'vorig jaar', dashboardMessages.nl, num);
    expect(tiles.map((t) => [t.key, t.value, t.comparisonValue, t.delta])).to.deep.equal([
      ['active', '38', '41', -3],
      ['newInPeriod', '64', '58', 6],
      ['closedWithSolution', '29', '29', 0],
      ['offerWithinNormShare', '62%', '55%', 7],
      ['medianDaysToOffer', '47', '54 dagen', -7],
    ]);
    // 0.625 vs 0.615 shows as 63% vs 62%: the change is 1 point, not 0.
    const close = headlineTiles(
      { ...regionHeadline.figures, offerWithinNormShare: 0.625 },
      { ...regionHeadline.comparison, offerWithinNormShare: 0.615 },
      'x',
      dashboardMessages.nl,
      num,
    )[3];
    expect([close.value, close.comparisonValue, close.delta]).to.deep.equal(['63%', '62%', 1]);
  });

  it('checks host data field by field', () => {
    expect(checkHeadline(regionHeadline)).to.equal(null);
    expect(checkHeadline({ ...regionHeadline, trend: [{ month: '2026-01' }] })).to.equal('headline.trend[0]: expected { month, active }');
    expect(checkHeadline({ ...regionHeadline, comparison: { ...regionHeadline.comparison, medianDaysToOffer: '3' } })).to.equal(
      'headline.comparison.medianDaysToOffer: expected a number or null',
    );
  });
});
