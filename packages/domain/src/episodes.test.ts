import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { caseFigures, deriveCaseOn, type CaseRecord } from './episodes.js';
import { HOLIDAY_REGIONS, SCHOOL_HOLIDAYS } from './school-calendar.js';

const day = (offset: number) => addDays('2022-09-01', offset);

/** Random cases (with exemptions, offers, closures and a reopened episode) over 2022–2026. */
const records = fc
  .record({
    birthYear: fc.integer({ min: 2004, max: 2019 }),
    birthMonth: fc.integer({ min: 1, max: 12 }),
    first: fc.integer({ min: 0, max: 1200 }),
    enrolled: fc.boolean(),
    authorised: fc.boolean(),
    exemption: fc.option(fc.record({ start: fc.integer({ min: -60, max: 200 }), length: fc.option(fc.integer({ min: 0, max: 200 })) })),
    offer: fc.option(fc.record({ start: fc.integer({ min: 0, max: 200 }), hours: fc.integer({ min: 0, max: 30 }) })),
    closure: fc.option(fc.record({ after: fc.integer({ min: 0, max: 300 }), solution: fc.boolean() })),
    reopenAfter: fc.option(fc.integer({ min: 1, max: 100 })),
    region: fc.constantFrom(...HOLIDAY_REGIONS),
  })
  .map((r): CaseRecord => {
    const first = day(r.first);
    const absence = {
      enrolled: r.enrolled,
      firstDayOfAbsence: first,
      authorised: r.authorised,
      exemption: r.exemption
        ? { ground: 'vrijstelling5a' as const, from: addDays(first, r.exemption.start), to: r.exemption.length === null ? null : addDays(first, r.exemption.start + r.exemption.length) }
        : null,
    };
    const offer = r.offer ? { type: 'eigenSchool' as const, startDate: addDays(first, r.offer.start), hoursPerWeek: r.offer.hours } : null;
    const closure = r.closure ? { closedOn: addDays(first, r.closure.after), reason: r.closure.solution ? ('terugNaarSchool' as const) : ('verhuisd' as const) } : null;
    const base = { birthYearMonth: `${r.birthYear}-${String(r.birthMonth).padStart(2, '0')}`, holidayRegion: r.region };
    if (closure && r.reopenAfter !== null) {
      const reopened = addDays(closure.closedOn, r.reopenAfter);
      return { ...base, reportedOn: reopened, absence: { ...absence, firstDayOfAbsence: reopened, exemption: null }, offer: null, closure: null, episodes: [{ reportedOn: first, absence, offer, closure }] };
    }
    return { ...base, reportedOn: first, absence, offer, closure };
  });

describe('caseFigures', () => {
  it('a case is in a thuiszitter row on exactly the days deriveCaseOn says it is a thuiszitter', () => {
    fc.assert(
      fc.property(records, fc.array(fc.integer({ min: 0, max: 1700 }), { minLength: 5, maxLength: 20 }), (record, offsets) => {
        const spans = caseFigures(record, {}).filter((row) => row.kind === 'thuiszitter');
        for (const offset of offsets) {
          const d = day(offset);
          const inSpan = spans.some((s) => s.from <= d && (s.to === null || d <= s.to));
          expect(inSpan, `${JSON.stringify(record)} on ${d}`).toBe(deriveCaseOn(record, {}, d).isThuiszitter);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a reopened case\'s earlier closure with a suitable place in its figures', () => {
    const record: CaseRecord = {
      birthYearMonth: '2012-05',
      reportedOn: '2026-09-01',
      absence: { enrolled: true, firstDayOfAbsence: '2026-09-01', authorised: false, exemption: null },
      closure: null,
      episodes: [
        {
          reportedOn: '2026-01-10',
          absence: { enrolled: true, firstDayOfAbsence: '2026-01-10', authorised: false, exemption: null },
          offer: null,
          closure: { closedOn: '2026-03-01', reason: 'terugNaarSchool' },
        },
      ],
    };
    const rows = caseFigures(record, {});
    expect(rows.filter((r) => r.kind === 'closedWithSolution').map((r) => r.from)).toEqual(['2026-03-01']);
    expect(rows.filter((r) => r.kind === 'reported').map((r) => r.from)).toEqual(['2026-01-10', '2026-09-01']);
    // Back at school from March to August: not a thuiszitter then.
    expect(deriveCaseOn(record, {}, '2026-06-01').isThuiszitter).toBe(false);
  });
});

describe('school calendar data', () => {
  it('has every region and holiday of each school year, in order, inside its school year', () => {
    for (const year of SCHOOL_HOLIDAYS) {
      const [start, end] = year.schoolYear.split('-');
      for (const region of HOLIDAY_REGIONS) {
        const list = year.regions[region];
        expect(list.map((h) => h.kind)).toEqual(['herfst', 'kerst', 'voorjaar', 'mei', 'zomer']);
        for (const [i, h] of list.entries()) {
          expect(h.from <= h.to).toBe(true);
          expect(h.from >= `${start}-08-01` && h.from <= `${end}-07-31`).toBe(true);
          if (i > 0) expect(list[i - 1]!.to < h.from).toBe(true);
        }
      }
    }
    expect(SCHOOL_HOLIDAYS.map((y) => y.schoolYear)).toEqual(['2021-2022', '2022-2023', '2023-2024', '2024-2025', '2025-2026', '2026-2027']);
  });
});
