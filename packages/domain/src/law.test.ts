// The findings of issue 14, each as a test of deriveCase (see README "Rules").
import { describe, expect, it } from 'vitest';
import { deriveCase, type CaseFacts } from './derive.js';

function facts(absence: Partial<CaseFacts['absence']> = {}, rest: Partial<CaseFacts> = {}): CaseFacts {
  return {
    birthYearMonth: '2012-05',
    absence: { enrolled: true, firstDayOfAbsence: '2026-03-01', authorised: false, exemption: null, ...absence },
    offer: null,
    closure: null,
    ...rest,
  };
}

describe('item 1: only an exemption lifts the duty to be enrolled', () => {
  it('a pupil without a school is absoluut verzuim, also when the absence is authorised', () => {
    const d = deriveCase(facts({ enrolled: false, authorised: true }), {}, '2026-03-10');
    expect(d.classification).toBe('absoluut');
    expect(d.isThuiszitter).toBe(true);
  });
});

describe('item 2: LRV counts school weeks, not holidays', () => {
  // Region midden, summer holiday 2026: 18 July – 30 August.
  it('absent since 29 June is not LRV on 27 July in the summer holiday', () => {
    const d = deriveCase(facts({ firstDayOfAbsence: '2026-06-29' }), { holidayRegion: 'midden' }, '2026-07-27');
    expect(d.classification).not.toBe('langdurigRelatief');
    expect(d.isThuiszitter).toBe(false);
    expect(d.daysAbsent).toBe(19); // 29 June – 17 July
    // 28 counted days end on 8 September; day 29 is 9 September... minus: 19 + 9 (31 Aug–8 Sep) = 28.
    expect(d.lrvThresholdDate).toBe('2026-09-09');
  });

  it('follows the school\'s region, and calendar days when the profile says so', () => {
    const zuid = deriveCase(facts({ firstDayOfAbsence: '2026-06-29' }, { holidayRegion: 'zuid' }), {}, '2026-07-27');
    expect(zuid.daysAbsent).toBe(12); // zuid's holiday starts 11 July
    const calendar = deriveCase(facts({ firstDayOfAbsence: '2026-06-29' }), { absenceCounting: 'calendarDays' }, '2026-07-27');
    expect(calendar.classification).toBe('langdurigRelatief');
  });
});

describe('item 4: lifecycle', () => {
  it('a started full-time offer stops the absence count and the thuiszitter status', () => {
    const offer = { type: 'andereReguliereSchool' as const, startDate: '2026-04-20', hoursPerWeek: 26 };
    const d = deriveCase(facts({}, { offer }), {}, '2026-06-30');
    expect(d.isThuiszitter).toBe(false);
    expect(d.daysAbsent).toBe(50); // 1 March – 19 April
    // A part-time offer meets the norm but the pupil is still absent.
    const partTime = deriveCase(facts({}, { offer: { ...offer, hoursPerWeek: 8 } }), {}, '2026-06-30');
    expect(partTime.isThuiszitter).toBe(true);
    expect(partTime.normStatus).toBe('met');
  });

  it('an expired exemption makes the pupil count again', () => {
    const exemption = { ground: 'vrijstelling5a' as const, from: '2025-09-01', to: '2026-03-31' };
    const d = deriveCase(facts({ enrolled: false, firstDayOfAbsence: '2025-09-01', exemption }), {}, '2026-04-02');
    expect(d.classification).toBe('absoluut');
    expect(d.isThuiszitter).toBe(true);
  });

  it('is seen as it was on a day before a later closure (history)', () => {
    const closed = facts({}, { closure: { closedOn: '2026-05-01', reason: 'terugNaarSchool' } });
    expect(deriveCase(closed, {}, '2026-04-15').isThuiszitter).toBe(true);
    expect(deriveCase(closed, {}, '2026-05-01').isThuiszitter).toBe(false);
  });
});

describe('item 3: the norm does not run for a pupil past compulsory age', () => {
  it('is notApplicable for an 18-year-old', () => {
    const adult = deriveCase({ ...facts(), birthYearMonth: '2007-01' }, {}, '2026-06-30');
    expect(adult.classification).toBe('nietLeerplichtig');
    expect(adult.normStatus).toBe('notApplicable');
  });
});

describe('item 5: the duty to report instead of "dreigend"', () => {
  it('an enrolled pupil with unauthorised absence is relatief verzuim with a duty to report to DUO', () => {
    const d = deriveCase(facts(), {}, '2026-03-10');
    expect(d.classification).toBe('relatief');
    expect(d.duoReport).toBe('required');
    expect(deriveCase(facts({ duoReportNumber: 'DUO-1' }), {}, '2026-03-10').duoReport).toBe('reported');
    expect(deriveCase(facts({ authorised: true }), {}, '2026-03-10').duoReport).toBe('notRequired');
  });
});
