import { expect } from '@open-wc/testing';
import type { RoutekaartPointUpdate } from '@thuiszitters/sdk';
import { conflictingFields, mergePoint } from './point-merge.js';

const base: RoutekaartPointUpdate = { status: 'inProgress', owner: 'Jan', note: 'Oud', evidence: [] };

describe('point merge after a 412', () => {
  it("keeps the other person's note when I changed only the owner", () => {
    const mine = { ...base, owner: 'Piet' };
    const theirs = { ...base, note: 'Nieuwere notitie' };
    expect(conflictingFields(base, mine, theirs)).to.deep.equal([]);
    expect(mergePoint(base, mine, theirs)).to.deep.equal({ ...base, owner: 'Piet', note: 'Nieuwere notitie' });
  });

  it('asks only about a field both changed, and applies the choice per field', () => {
    const mine = { ...base, status: 'inPlace' as const, owner: 'Piet' };
    const theirs = { ...base, status: 'notStarted' as const, note: 'Van de ander' };
    expect(conflictingFields(base, mine, theirs)).to.deep.equal(['status']);
    expect(mergePoint(base, mine, theirs, { status: 'theirs' })).to.deep.equal({ ...base, status: 'notStarted', owner: 'Piet', note: 'Van de ander' });
    expect(mergePoint(base, mine, theirs, { status: 'mine' })).to.deep.equal({ ...base, status: 'inPlace', owner: 'Piet', note: 'Van de ander' });
  });

  it('treats the same change on both sides, and blank versus null, as no conflict', () => {
    const mine = { ...base, owner: 'Piet ', note: 'Oud' };
    const theirs = { ...base, owner: 'Piet' };
    expect(conflictingFields(base, mine, theirs)).to.deep.equal([]);
  });
});
