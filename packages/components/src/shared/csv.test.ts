import { expect } from '@open-wc/testing';
import { csvCell, csvSeparator, toCsv } from './csv.js';

describe('shared CSV writer', () => {
  it('defuses every text cell that starts with = + - @ TAB or CR, never a number', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1`, ';').startsWith(`'`) || csvCell(`${start}1`, ';').startsWith(`"'`), JSON.stringify(start)).to.equal(true);
    }
    expect(csvCell('=SUM(A1)')).to.equal("'=SUM(A1)");
    expect(csvCell('-1')).to.equal("'-1");
    expect(csvCell(-3)).to.equal('-3');
    expect(csvCell('a=b')).to.equal('a=b');
  });

  it('quotes separators, quotes and line breaks; writes CRLF lines', () => {
    expect(csvCell('a;b', ';')).to.equal('"a;b"');
    expect(csvCell('a;b', ',')).to.equal('a;b');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvCell(null)).to.equal('');
    expect(toCsv([['a', 1], [true, undefined]], csvSeparator('nl'))).to.equal('a;1\r\ntrue;\r\n');
    expect(csvSeparator('en')).to.equal(',');
  });
});
