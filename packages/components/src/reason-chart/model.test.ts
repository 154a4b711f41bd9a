// The pure parts of the chart: label wrapping, rows and sorting, CSV, wording.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { layoutChart, wrapText } from './layout.js';
import { checkReasonStatistics, reasonRows, scaleMax } from './chart-model.js';
import { toCsv } from '../shared/csv.js';
import { comparisonName, describeChange, formatChange } from '../shared/wording.js';
import { reasonChartMessages } from './messages.js';
import { regionReasons, schoolReasons } from './fixtures.js';

const measure = (text: string) => text.length * 8; // a monospace stand-in: 8 px per character

describe('wrapText', () => {
  it('never makes a line wider than the column and loses no text', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,30}$/), { minLength: 1, maxLength: 12 }), fc.integer({ min: 8, max: 400 }), (words, width) => {
        const lines = wrapText(words.join(' '), width, measure);
        for (const line of lines) expect(measure(line)).to.be.at.most(Math.max(width, 8));
        expect(lines.join('').replace(/ /g, '')).to.equal(words.join(''));
      }),
    );
  });

  it('keeps words together when they fit', () => {
    expect(wrapText('Schoolweigering of schoolangst', 120, measure)).to.deep.equal(['Schoolweigering', 'of schoolangst']);
  });
});

describe('layoutChart', () => {
  it('keeps the label column, bars and values apart at every width', () => {
    const rows = reasonRows(regionReasons, (c) => `label of reason ${c} with several words`, 'nl').map((r) => ({
      label: r.label,
      value: r.count === null ? '< 5' : String(r.count),
      change: '▲ 3',
      comparison: '28',
    }));
    fc.assert(
      fc.property(fc.integer({ min: 320, max: 1400 }), (width) => {
        const layout = layoutChart({ width, fontSize: 16, rows, values: rows.map(() => [34, 28]), max: 34, measure });
        for (const row of layout.rows) {
          const labelRight = Math.max(...row.labelLines.map((l) => l.x + measure(l.text)));
          const barRight = row.bar.x + row.bar.width;
          expect(barRight).to.be.at.most(row.valueX);
          expect(row.changeX + measure('▲ 3')).to.be.at.most(width);
          if (!layout.stacked) expect(labelRight).to.be.at.most(row.bar.x);
          else expect(row.labelLines[row.labelLines.length - 1].y).to.be.lessThan(row.bar.y);
        }
      }),
    );
  });
});

describe('reasonRows', () => {
  it('sorts by count, suppressed cells after the shown ones, and keeps them null', () => {
    const rows = reasonRows(schoolReasons, (c) => c, 'nl');
    expect(rows.map((r) => [r.key, r.count, r.comparisonCount, r.change])).to.deep.equal([
      ['psychisch', 6, null, null],
      ['pesten', null, 5, null],
      ['schoolweigering', null, null, null],
    ]);
    expect(scaleMax(rows, 5)).to.equal(6);
  });

  it('reports the first field of a wrong shape', () => {
    expect(checkReasonStatistics(regionReasons)).to.equal(null);
    expect(checkReasonStatistics(null)).to.equal('data: expected an object, got null');
    expect(checkReasonStatistics({ ...regionReasons, items: 'x' })).to.equal('data.items: expected an array');
    expect(checkReasonStatistics({ ...regionReasons, items: [{ reason: 'psychisch', count: -1 }] })).to.equal(
      'data.items[0].count: expected a whole number or null',
    );
  });
});

describe('toCsv', () => {
  it('quotes where needed and defuses spreadsheet formulas', () => {
    // One rule for the kit (issue 19): a text cell starting with + is defused too; the number -3 is not.
    const csv = toCsv([['a;b', 'c'], ['=SUM(A1)', -3], ['say "hi"', '+6'], ['@x', '< 5']], ';');
    expect(csv).to.equal('"a;b";c\r\n\'=SUM(A1);-3\r\n"say ""hi""";\'+6\r\n\'@x;< 5\r\n');
  });
});

describe('wording', () => {
  const m = reasonChartMessages.nl;
  const num = (n: number) => String(n);
  it('names the comparison after the periods', () => {
    const range = (p: { from: string; to: string }) => `${p.from}–${p.to}`;
    const thisYear = { from: '2025-08-01', to: '2026-07-31' };
    const lastYear = { from: '2024-08-01', to: '2025-07-31' };
    expect(comparisonName(thisYear, lastYear, '2026-03-15', m, range)).to.equal('vorig schooljaar');
    expect(comparisonName(lastYear, { from: '2023-08-01', to: '2024-07-31' }, '2026-03-15', m, range)).to.equal('het schooljaar ervoor');
    expect(comparisonName({ from: '2026-01-01', to: '2026-03-15' }, { from: '2025-01-01', to: '2025-03-15' }, '2026-03-15', m, range)).to.equal(
      'dezelfde periode vorig jaar',
    );
    expect(comparisonName({ from: '2026-01-11', to: '2026-01-20' }, { from: '2026-01-01', to: '2026-01-10' }, '2026-03-15', m, range)).to.equal(
      'de vorige periode (2026-01-01–2026-01-10)',
    );
  });
  it('writes changes with an arrow and in words', () => {
    expect([formatChange(6, m, num), formatChange(-3, m, num), formatChange(0, m, num)]).to.deep.equal(['▲ 6', '▼ 3', '= 0']);
    expect(describeChange(-3, 'vorig schooljaar', m, num)).to.equal('3 minder dan vorig schooljaar');
  });
});
