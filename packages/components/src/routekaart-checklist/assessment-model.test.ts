import { expect } from '@open-wc/testing';
import { assessmentProblem, comparePoints, isHttpUrl, progressOf, sameUpdate, toUpdate } from './assessment-model.js';
import { assessmentToCsv } from './csv.js';
import { csvCell } from '../shared/csv.js';
import { topReasons } from './figures.js';
import { REASONS, lastYear, makeAssessment, sixInPlace } from './test-helpers.js';

describe('routekaart-checklist model', () => {
  it('accepts only http(s) evidence URLs', () => {
    expect(isHttpUrl('https://www.example.nl/plan')).to.be.true;
    expect(isHttpUrl(' http://intranet.example/doc ')).to.be.true;
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'ftp://example.nl/x', 'www.example.nl', '', 'https://']) {
      expect(isHttpUrl(bad), bad).to.be.false;
    }
  });

  it('counts progress per status', () => {
    expect(progressOf(sixInPlace())).to.deep.equal({ total: 10, inPlace: 6, inProgress: 2, notStarted: 2 });
    expect(progressOf(makeAssessment()).notStarted).to.equal(10);
  });

  it('treats blank text as null when comparing updates', () => {
    const point = toUpdate(makeAssessment().points[0]);
    expect(sameUpdate(point, { ...point, owner: '  ', note: '' })).to.be.true;
    expect(sameUpdate(point, { ...point, owner: 'Iemand' })).to.be.false;
  });

  it('names what is wrong with host data', () => {
    expect(assessmentProblem(sixInPlace())).to.equal(null);
    expect(assessmentProblem(null)).to.contain('object');
    expect(assessmentProblem({ ...sixInPlace(), points: sixInPlace().points.slice(0, 9) })).to.contain('10 points');
    const wrongStatus = sixInPlace();
    (wrongStatus.points[2] as { status: string }).status = 'done';
    expect(assessmentProblem(wrongStatus)).to.contain('points[2].status');
  });

  it('compares two assessments per point, field by field', () => {
    const result = comparePoints(lastYear(), sixInPlace());
    expect(result.map((p) => p.pointNumber)).to.deep.equal([1, 4, 7]);
    const point1 = result[0].changes;
    expect(point1.map((c) => c.field)).to.deep.equal(['status', 'note', 'evidence']);
    expect(point1[0]).to.deep.equal({ field: 'status', from: 'inProgress', to: 'inPlace' });
    expect(result[2].changes.map((c) => c.field)).to.deep.equal(['status', 'subItems']);
    expect(comparePoints(sixInPlace(), sixInPlace())).to.deep.equal([]);
  });

  it('quotes CSV cells and defuses formulas', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a, "b"')).to.equal('"a, ""b"""');
    expect(csvCell('line\nbreak')).to.equal('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1')).to.equal("'-1");
    expect(csvCell(null)).to.equal('');
  });

  it('exports English CSV with English titles and statuses', () => {
    const lines = assessmentToCsv(sixInPlace(), 'en').trim().split('\r\n');
    expect(lines[0]).to.equal('Point,Title,Status,Owner,Note,Evidence');
    expect(lines[7]).to.equal('7,Designing,In progress,,,');
    expect(lines[10]).to.equal('10,Pursuing quality,Not started,,,');
  });

  it('picks the top three reasons, leaving out suppressed cells', () => {
    expect(topReasons(REASONS).map((r) => r.reason)).to.deep.equal(['schoolweigering', 'psychisch', 'wachten-onderwijsplek']);
  });
});
