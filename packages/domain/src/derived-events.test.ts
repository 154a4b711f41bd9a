import { describe, expect, it } from 'vitest';
import { deriveEvents } from './derived-events.js';
import type { CaseFacts } from './derive.js';

const base: CaseFacts = {
  birthYearMonth: '2012-05',
  absence: { enrolled: true, firstDayOfAbsence: '2026-03-01', authorised: false, exemption: null },
  offer: null,
  status: 'open',
  closure: null,
};

describe('deriveEvents', () => {
  it('has no events before the thresholds', () => {
    expect(deriveEvents(base, {}, '2026-03-28')).toEqual([]);
  });

  it('adds lrvThresholdPassed on the threshold date once reached', () => {
    expect(deriveEvents(base, {}, '2026-03-29')).toEqual([{ type: 'lrvThresholdPassed', occurredOn: '2026-03-29', derived: true }]);
  });

  it('adds normExceeded on the day after the deadline without an offer', () => {
    expect(deriveEvents(base, {}, '2026-06-01').map((e) => e.type)).toEqual(['lrvThresholdPassed']);
    expect(deriveEvents(base, {}, '2026-06-02')).toEqual([
      { type: 'lrvThresholdPassed', occurredOn: '2026-03-29', derived: true },
      { type: 'normExceeded', occurredOn: '2026-06-02', derived: true },
    ]);
  });

  it('has no normExceeded when an offer started in time', () => {
    const withOffer = { ...base, offer: { type: 'eigenSchool' as const, startDate: '2026-05-01', hoursPerWeek: 10 } };
    expect(deriveEvents(withOffer, {}, '2026-09-01').map((e) => e.type)).toEqual(['lrvThresholdPassed']);
  });

  it('has no LRV event for authorised absence', () => {
    const authorised = { ...base, absence: { ...base.absence, authorised: true } };
    expect(deriveEvents(authorised, {}, '2026-04-15')).toEqual([]);
  });
});
