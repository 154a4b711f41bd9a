// Issue 14, item 3: every headline figure is exactly the count of cases for which deriveCase
// (evaluated on the relevant day) says so. A property over generated regions: the demo seed with
// random anchor dates and sizes, random periods; SQL aggregate (the statistics operations) vs
// deriveCase per case. Exact counts: the SWV's headline figures, and the reason totals where exact
// reason figures are published on any period: each school's own (issue 13), summed over the region.
import fc from 'fast-check';
import { addDays, deriveCase, deriveCaseOn, episodesOf, SOLUTION_CLOSURE_REASONS, type IsoDate } from '@thuiszitters/domain';
import { describe, expect, it } from 'vitest';
import { PROFILE_COLUMNS, toProfile, type ProfileColumns } from '../src/store/reference.js';
import { CASE_COLUMNS, recordOf, type CaseRow } from '../src/store/cases.js';
import { statisticsHandlers } from '../src/operations/statistics.js';
import { seedDemoData } from '../src/seed/index.js';
import { authAs, contextFor, freshDatabase } from './statistics-fixtures.js';

const days = (from: IsoDate, to: IsoDate): IsoDate[] => {
  const list: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) list.push(d);
  return list;
};

describe('statistics agree with deriveCase (property over generated regions)', () => {
  it('headline figures, trend and reason totals equal the per-case counts of deriveCase', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1400 }), // anchor: 2022-09-01 + n days
        fc.integer({ min: 60, max: 160 }), // cases
        // Periods up to 60 days into the future too: counted up to today.
        fc.array(fc.record({ back: fc.integer({ min: -60, max: 500 }), length: fc.integer({ min: 0, max: 45 }) }), { minLength: 2, maxLength: 3 }),
        async (anchorOffset, count, periods) => {
          const anchor = addDays('2022-09-01', anchorOffset);
          const db = await freshDatabase();
          try {
            await seedDemoData(db, { anchorDate: anchor, cases: count });
            const rows = await db.query<CaseRow & ProfileColumns>(
              `SELECT ${CASE_COLUMNS}, ${PROFILE_COLUMNS} FROM cases c LEFT JOIN definition_profiles p ON p.swv_code = c.swv_code WHERE c.swv_code = 'VO2801'`,
            );
            const cases = rows.map((row) => ({ record: recordOf(row), profile: toProfile(row) }));
            const schools = [...new Set(rows.map((row) => row.school_key))];
            const now = new Date(`${anchor}T10:00:00Z`);
            for (const { back, length } of periods) {
              const asked = addDays(anchor, -back);
              const from = addDays(asked, -length);
              const to = asked < anchor ? asked : anchor; // what the figures count up to
              if (from > anchor) continue;
              const ctx = contextFor(db, authAs('swv', 'VO2801'), { from, to: asked, compareFrom: from, compareTo: asked }, now);
              const headline = (await statisticsHandlers.getHeadlineStatistics(ctx)).body as {
                figures: { active: number; newInPeriod: number; closedWithSolution: number; offerWithinNormShare: number | null };
                trend: { month: string; active: number }[];
              };
              const activeOn = (day: IsoDate) => cases.filter((c) => deriveCaseOn(c.record, c.profile, day).isThuiszitter).length;
              expect(headline.figures.active, `active on ${to}`).toBe(activeOn(to));

              const episodes = cases.flatMap((c) => episodesOf(c.record).map((e) => ({ e, profile: c.profile })));
              const inPeriod = (d: IsoDate | undefined | null) => !!d && from <= d && d <= to;
              expect(headline.figures.newInPeriod, 'newInPeriod').toBe(episodes.filter(({ e }) => inPeriod(e.reportedOn)).length);
              expect(headline.figures.closedWithSolution, 'closedWithSolution').toBe(
                episodes.filter(({ e }) => e.closure && inPeriod(e.closure.closedOn) && SOLUTION_CLOSURE_REASONS.includes(e.closure.reason)).length,
              );
              // Norm: decided on day x when deriveCase(x) has its deadline on x − 1 and is met or exceeded.
              let due = 0;
              let met = 0;
              for (const { e, profile } of episodes) {
                // Decided only once the deadline has passed (x ≤ today).
                for (const x of days(addDays(from, 1), addDays(to, 1)).filter((x) => x <= anchor)) {
                  const d = deriveCase(e, profile, x);
                  if (d.normDeadline === addDays(x, -1) && (d.normStatus === 'met' || d.normStatus === 'exceeded')) {
                    due += 1;
                    if (d.normStatus === 'met') met += 1;
                  }
                }
              }
              expect(headline.figures.offerWithinNormShare, 'offerWithinNormShare').toBe(due === 0 ? null : Math.round((met / due) * 1000) / 1000);
              for (const point of headline.trend.slice(-3)) {
                const [y, m] = point.month.split('-').map(Number);
                const monthEnd = addDays(`${String(m === 12 ? y! + 1 : y).padStart(4, '0')}-${String(m === 12 ? 1 : m! + 1).padStart(2, '0')}-01`, -1);
                expect(point.active, `trend ${point.month}`).toBe(activeOn(monthEnd < to ? monthEnd : to));
              }

              // The SWV gets reason figures per whole school year only (disclosure control); a school
              // gets its own exact figures on any period, and every case belongs to one school.
              let reasonTotal = 0;
              for (const school of schools) {
                const own = contextFor(db, authAs('school', school), { from, to: asked, compareFrom: from, compareTo: asked }, now);
                reasonTotal += ((await statisticsHandlers.getReasonStatistics(own)).body as { total: number }).total;
              }
              const thuiszitterInPeriod = cases.filter((c) => days(from, to).some((d) => deriveCaseOn(c.record, c.profile, d).isThuiszitter)).length;
              expect(reasonTotal, 'reason total, summed over the schools').toBe(thuiszitterInPeriod);
            }
          } finally {
            await db.close();
          }
        },
      ),
      { numRuns: 4 },
    );
  }, 240_000);
});

// The findings of item 3, one case each, through the HTTP API on a fixed day (3 December 2026).
describe('the headline findings of issue 14, case by case', () => {
  it('counts what deriveCase says: no adult, no started placement, an expired exemption, report dates, only thuiszitters per reason', async () => {
    const { createApp } = await import('../src/app.js');
    const { caseBody, client, seedSchools, testConfig, tokenFor } = await import('./helpers.js');
    const server = await createApp({ ...testConfig, now: () => new Date('2026-12-03T10:00:00Z') });
    try {
      await seedSchools(server.db);
      const swv = client(server, await tokenFor(server, 'swv', 'VO2801'));
      const absence = (extra: Record<string, unknown>) => ({ enrolled: true, authorised: false, exemption: null, ...extra });
      const cases: Record<string, unknown>[] = [
        // A: turns 18 in June 2026; the norm deadline (4 Aug) falls after that.
        { birthYearMonth: '2008-06', absence: absence({ firstDayOfAbsence: '2026-05-04' }) },
        // B: full-time placement started 2 November.
        { absence: absence({ firstDayOfAbsence: '2026-09-01' }), offer: { type: 'andereReguliereSchool', startDate: '2026-11-02', hoursPerWeek: 26 } },
        // C: not enrolled; the 5a exemption expired on 31 August.
        { absence: absence({ enrolled: false, firstDayOfAbsence: '2025-09-01', exemption: { ground: 'vrijstelling5a', from: '2025-09-01', to: '2026-08-31' } }) },
        // D, D2: not enrolled, "authorised": absoluut verzuim all the same.
        { absence: absence({ enrolled: false, authorised: true, firstDayOfAbsence: '2026-10-15' }) },
        { absence: absence({ enrolled: false, authorised: true, firstDayOfAbsence: '2026-10-16' }) },
        // E: langdurig relatief verzuim.
        { absence: absence({ firstDayOfAbsence: '2026-10-01' }) },
        // F: four days absent: never a thuiszitter.
        { absence: absence({ firstDayOfAbsence: '2026-11-30' }) },
      ];
      for (const [i, c] of cases.entries()) {
        const response = await swv.post('/v1/cases', caseBody(c), { 'idempotency-key': `law-headline-${i}-0000` });
        expect(response.statusCode, response.body).toBe(201);
      }
      const headline = (q: string) => swv.get(`/v1/statistics/headline?${q}`).then((r) => r.json());
      expect((await headline('from=2026-11-01&to=2026-12-03')).figures.active).toBe(4); // C, D, D2, E
      expect((await headline('from=2026-12-01&to=2026-12-03')).figures.newInPeriod).toBe(7); // all reported today
      expect((await headline('from=2026-05-01&to=2026-05-31')).figures.newInPeriod).toBe(0); // first days are not reports
      expect((await headline('from=2026-08-01&to=2026-08-31')).figures.offerWithinNormShare).toBeNull(); // A is 18 by then
      // Every case is at 12AB00, which sees its own exact reason figures on any period.
      const school = client(server, await tokenFor(server, 'school', '12AB00'));
      const reasons = (await school.get('/v1/statistics/reasons?from=2026-11-01&to=2026-12-03')).json();
      expect(reasons.total).toBe(5); // B (until 1 Nov), C, D, D2, E; not A (18), not F
      // The SWV gets reason figures per whole school year only (issue 13).
      expect((await swv.get('/v1/statistics/reasons?from=2026-11-01&to=2026-12-03')).statusCode).toBe(400);
      const year = (await swv.get('/v1/statistics/reasons?from=2026-08-01&to=2027-07-31')).json();
      // School year 2026-27 up to today: the same five (A turned 18 in June 2026). The total is
      // shown; the one reason all five share (caseBody's) is hidden with its group.
      expect(year.total).toBe(5);
      expect(year.items.find((i: { reason: string }) => i.reason === 'psychisch')).toMatchObject({ count: null, suppressed: true });
    } finally {
      await server.close();
    }
  }, 60_000);
});
