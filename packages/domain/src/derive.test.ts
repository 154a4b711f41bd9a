import { describe, expect, it } from 'vitest';
import { deriveCase, normDeadline, type CaseFacts } from './derive.js';
import { DEFAULT_PROFILE } from './profile.js';

/** A leerplichtig pupil (born May 2012), enrolled, unauthorised absence since 1 March 2026. */
function facts(overrides: Partial<CaseFacts['absence']> = {}, rest: Partial<CaseFacts> = {}): CaseFacts {
  return {
    birthYearMonth: '2012-05',
    absence: { enrolled: true, firstDayOfAbsence: '2026-03-01', authorised: false, exemption: null, ...overrides },
    offer: null,
    status: 'open',
    closure: null,
    ...rest,
  };
}

describe('deriveCase: classification', () => {
  it('counts the first day of absence and today', () => {
    expect(deriveCase(facts(), {}, '2026-03-01').daysAbsent).toBe(1);
    expect(deriveCase(facts(), {}, '2026-02-28').daysAbsent).toBe(0);
  });

  it('28 days of absence is not yet LRV, 29 days is', () => {
    const at28 = deriveCase(facts(), {}, '2026-03-28');
    expect(at28.daysAbsent).toBe(28);
    expect(at28.classification).toBe('relatief');
    expect(at28.isThuiszitter).toBe(false);

    const at29 = deriveCase(facts(), {}, '2026-03-29');
    expect(at29.daysAbsent).toBe(29);
    expect(at29.classification).toBe('langdurigRelatief');
    expect(at29.isThuiszitter).toBe(true);
    expect(at29.lrvThresholdDate).toBe('2026-03-29');
  });

  it('follows a stricter regional threshold from the profile', () => {
    expect(deriveCase(facts(), { lrvThresholdDays: 20 }, '2026-03-21').classification).toBe('langdurigRelatief');
    expect(deriveCase(facts(), { lrvThresholdDays: 20 }, '2026-03-20').classification).toBe('relatief');
    expect(deriveCase(facts(), { lrvComparison: 'atLeast' }, '2026-03-28').classification).toBe('langdurigRelatief');
  });

  it('is relatief within the threshold once reported to DUO', () => {
    expect(deriveCase(facts({ duoReportNumber: 'DUO-123' }), {}, '2026-03-10').classification).toBe('relatief');
    expect(deriveCase(facts({ duoReportNumber: 'DUO-123' }), {}, '2026-04-10').classification).toBe('langdurigRelatief');
  });

  it('is absoluut (a thuiszitter) when not enrolled, from day one', () => {
    const d = deriveCase(facts({ enrolled: false }), {}, '2026-03-02');
    expect(d.classification).toBe('absoluut');
    expect(d.isThuiszitter).toBe(true);
  });

  it('is geoorloofd when the absence is authorised', () => {
    const d = deriveCase(facts({ authorised: true }), {}, '2026-05-01');
    expect(d.classification).toBe('geoorloofd');
    expect(d.isThuiszitter).toBe(false);
  });

  it('is vrijgesteld only while the exemption is active', () => {
    const exemption = { ground: 'vrijstelling5a' as const, from: '2026-03-10', to: '2026-04-10' };
    expect(deriveCase(facts({ exemption }), {}, '2026-03-10').classification).toBe('vrijgesteld');
    expect(deriveCase(facts({ exemption }), {}, '2026-04-10').isThuiszitter).toBe(false);
    // LRV is 4 *consecutive* school weeks: the exemption interrupts them, the count starts again.
    expect(deriveCase(facts({ exemption }), {}, '2026-04-11').classification).toBe('relatief');
    expect(deriveCase(facts({ exemption }), { absenceCounting: 'calendarDays' }, '2026-05-09').classification).toBe('langdurigRelatief');
    expect(deriveCase(facts({ exemption: { ...exemption, to: null } }), {}, '2027-01-01').classification).toBe('vrijgesteld');
  });

  it('is nietLeerplichtig outside leerplicht and kwalificatieplicht', () => {
    const young = deriveCase({ ...facts(), birthYearMonth: '2021-06' }, {}, '2026-04-01');
    expect(young.compulsoryEducation).toBe('geen');
    expect(young.classification).toBe('nietLeerplichtig');
    expect(young.isThuiszitter).toBe(false);
    const older = deriveCase({ ...facts(), birthYearMonth: '2009-06' }, {}, '2026-04-01');
    expect(older.compulsoryEducation).toBe('kwalificatieplichtig');
    expect(older.classification).toBe('langdurigRelatief');
  });

  it('freezes a closed case at its closing day and no longer counts it as thuiszitter', () => {
    const closed = facts({}, { status: 'closed', closure: { closedOn: '2026-04-15', reason: 'verhuisd', note: null } });
    const d = deriveCase(closed, {}, '2026-11-22');
    expect(d.daysAbsent).toBe(46);
    expect(d.classification).toBe('langdurigRelatief');
    expect(d.isThuiszitter).toBe(false);
  });
});

describe('deriveCase: the 3-month norm', () => {
  it('runs three months from the first day of absence, clamped to the month end', () => {
    expect(deriveCase(facts({ firstDayOfAbsence: '2026-11-30' }), {}, '2026-12-01').normDeadline).toBe('2027-02-28');
    expect(deriveCase(facts({ firstDayOfAbsence: '2026-05-31' }), {}, '2026-06-01').normDeadline).toBe('2026-08-31');
    expect(deriveCase(facts({ firstDayOfAbsence: '2027-11-30' }), {}, '2027-12-01').normDeadline).toBe('2028-02-29');
    expect(deriveCase(facts({ firstDayOfAbsence: '2028-02-29' }), {}, '2028-03-01').normDeadline).toBe('2028-05-29');
  });

  it('is running, then almostOut with at most 14 days left, then exceeded', () => {
    // First day 1 March → deadline 1 June 2026.
    const running = deriveCase(facts(), {}, '2026-05-17');
    expect(running.normDeadline).toBe('2026-06-01');
    expect(running.normStatus).toBe('running');
    expect(running.daysLeft).toBe(15);

    const almost = deriveCase(facts(), {}, '2026-05-18');
    expect(almost.normStatus).toBe('almostOut');
    expect(almost.daysLeft).toBe(14);

    const lastDay = deriveCase(facts(), {}, '2026-06-01');
    expect(lastDay.normStatus).toBe('almostOut');
    expect(lastDay.daysLeft).toBe(0);
    expect(lastDay.daysOverNorm).toBeNull();

    const over = deriveCase(facts(), {}, '2026-06-02');
    expect(over.normStatus).toBe('exceeded');
    expect(over.daysOverNorm).toBe(1);
    expect(over.daysLeft).toBeNull();
  });

  it('uses the almostOut window of the profile', () => {
    expect(deriveCase(facts(), { almostOutDays: 30 }, '2026-05-02').normStatus).toBe('almostOut');
    expect(deriveCase(facts(), { normMonths: 2 }, '2026-04-30').normDeadline).toBe('2026-05-01');
  });

  it('is met when an offer starts on or before the deadline', () => {
    const onDeadline = { type: 'eigenSchool' as const, startDate: '2026-06-01', hoursPerWeek: 8 };
    const d = deriveCase(facts({}, { offer: onDeadline }), {}, '2026-09-01');
    expect(d.normStatus).toBe('met');
    expect(d.normMetOn).toBe('2026-06-01');
    expect(d.daysLeft).toBeNull();
    expect(d.daysOverNorm).toBeNull();
  });

  it('stays exceeded when the offer started after the deadline, counted to its start', () => {
    const late = { type: 'maatwerkDeeltijd' as const, startDate: '2026-06-11', hoursPerWeek: 6 };
    const d = deriveCase(facts({}, { offer: late }), {}, '2026-09-01');
    expect(d.normStatus).toBe('exceeded');
    expect(d.daysOverNorm).toBe(10);
    expect(d.normMetOn).toBeNull();
    // A late offer that has not started yet: the days over keep counting to today.
    const planned = deriveCase(facts({}, { offer: { ...late, startDate: '2026-10-01' } }), {}, '2026-06-05');
    expect(planned.daysOverNorm).toBe(4);
  });

  it('counts a closure with a suitable place before the deadline as met', () => {
    const back = facts({}, { status: 'closed', closure: { closedOn: '2026-05-01', reason: 'terugNaarSchool', note: null } });
    expect(deriveCase(back, {}, '2026-11-22')).toMatchObject({ normStatus: 'met', normMetOn: '2026-05-01' });
    const moved = facts({}, { status: 'closed', closure: { closedOn: '2026-05-01', reason: 'verhuisd', note: null } });
    expect(deriveCase(moved, {}, '2026-11-22')).toMatchObject({ normStatus: 'running', daysLeft: 31, normMetOn: null });
  });

  it('suspends the clock during an exemption', () => {
    // 10 exemption days (10–19 March) inside the clock: deadline 1 June → 11 June.
    const exemption = { ground: 'vrijstelling5a' as const, from: '2026-03-10', to: '2026-03-19' };
    const d = deriveCase(facts({ exemption }), {}, '2026-06-05');
    expect(d.normDeadline).toBe('2026-06-11');
    expect(d.normStatus).toBe('almostOut');
    expect(d.daysLeft).toBe(6);
  });

  it('counts only exemption days while the clock runs, including those the extension pulls in', () => {
    // Exemption before the absence does not extend.
    expect(normDeadline('2026-03-01', 3, { ground: 'vrijstelling5b', from: '2026-01-01', to: '2026-02-28' }, '2026-04-01')).toBe('2026-06-01');
    // Starting after the deadline does not extend either.
    expect(normDeadline('2026-03-01', 3, { ground: 'vrijstelling5b', from: '2026-06-02', to: '2026-07-01' }, '2026-07-01')).toBe('2026-06-01');
    // 22 May – 10 June: 11 days until 1 June extend to 12 June, which pulls in the rest (20 days) → 21 June.
    expect(normDeadline('2026-03-01', 3, { ground: 'vrijstelling5a', from: '2026-05-22', to: '2026-06-10' }, '2026-06-01')).toBe('2026-06-21');
    // Open-ended: suspended up to today.
    expect(normDeadline('2026-03-01', 3, { ground: 'vrijstelling5a', from: '2026-05-01', to: null }, '2026-05-10')).toBe('2026-06-11');
  });

  it('uses the defaults of the definition profile', () => {
    expect(DEFAULT_PROFILE).toMatchObject({ lrvThresholdDays: 28, normMonths: 3, almostOutDays: 14, smallCellThreshold: 5 });
    expect(deriveCase(facts(), DEFAULT_PROFILE, '2026-03-29')).toEqual(deriveCase(facts(), undefined, '2026-03-29'));
  });
});
