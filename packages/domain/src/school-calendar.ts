/**
 * The national school holidays per holiday region (noord, midden, zuid), as data.
 *
 * Source: Rijksoverheid, "Schoolvakanties" per school year
 * (https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar,
 * also as open data at https://opendata.rijksoverheid.nl/v1/sources/rijksoverheid/infotypes/schoolholidays).
 * The summer holiday is mandatory for each region; the other holidays are the government's advice,
 * which most schools follow. Dates are inclusive, Saturday to Sunday, as published.
 *
 * The data was typed in from the published tables and cross-checked against schools' own
 * holiday rosters where we could (that is what `checked` records). Entries marked
 * `checked: false` could not be cross-checked when this file was written: a region that relies on
 * them checks them against the published table and corrects them here.
 *
 * Adding a school year: append one `SchoolYearHolidays` entry below (all five holidays, per
 * region), run `npx vitest run packages/domain` (the shape tests check order, overlap and that
 * every holiday lies in its school year), and note the source in the commit.
 */
import { addDays, daysBetween, maxDate, minDate, periodLength, type IsoDate, type Period } from './dates.js';

export const HOLIDAY_REGIONS = ['noord', 'midden', 'zuid'] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

export const HOLIDAY_KINDS = ['herfst', 'kerst', 'voorjaar', 'mei', 'zomer'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface Holiday extends Period {
  kind: HolidayKind;
  /** false: not cross-checked against a second source; see the file comment. */
  checked: boolean;
}

export interface SchoolYearHolidays {
  /** `2025-2026` */
  schoolYear: string;
  regions: Record<HolidayRegion, readonly Holiday[]>;
}

const h = (kind: HolidayKind, from: IsoDate, to: IsoDate, checked = true): Holiday => ({ kind, from, to, checked });
/** The same dates in every region (Christmas, and usually May). */
const all = (holiday: Holiday) => holiday;

export const SCHOOL_HOLIDAYS: readonly SchoolYearHolidays[] = [
  {
    schoolYear: '2021-2022',
    regions: {
      noord: [h('herfst', '2021-10-16', '2021-10-24'), all(h('kerst', '2021-12-25', '2022-01-09')), h('voorjaar', '2022-02-19', '2022-02-27'), all(h('mei', '2022-04-23', '2022-05-01')), h('zomer', '2022-07-16', '2022-08-28')],
      midden: [h('herfst', '2021-10-16', '2021-10-24'), all(h('kerst', '2021-12-25', '2022-01-09')), h('voorjaar', '2022-02-26', '2022-03-06'), all(h('mei', '2022-04-23', '2022-05-01')), h('zomer', '2022-07-09', '2022-08-21')],
      zuid: [h('herfst', '2021-10-23', '2021-10-31'), all(h('kerst', '2021-12-25', '2022-01-09')), h('voorjaar', '2022-02-26', '2022-03-06'), all(h('mei', '2022-04-23', '2022-05-01')), h('zomer', '2022-07-23', '2022-09-04')],
    },
  },
  {
    schoolYear: '2022-2023',
    regions: {
      noord: [h('herfst', '2022-10-15', '2022-10-23'), all(h('kerst', '2022-12-24', '2023-01-08')), h('voorjaar', '2023-02-25', '2023-03-05'), all(h('mei', '2023-04-22', '2023-04-30')), h('zomer', '2023-07-22', '2023-09-03')],
      midden: [h('herfst', '2022-10-22', '2022-10-30'), all(h('kerst', '2022-12-24', '2023-01-08')), h('voorjaar', '2023-02-18', '2023-02-26'), all(h('mei', '2023-04-22', '2023-04-30')), h('zomer', '2023-07-08', '2023-08-20')],
      zuid: [h('herfst', '2022-10-22', '2022-10-30'), all(h('kerst', '2022-12-24', '2023-01-08')), h('voorjaar', '2023-02-18', '2023-02-26'), all(h('mei', '2023-04-22', '2023-04-30')), h('zomer', '2023-07-15', '2023-08-27')],
    },
  },
  {
    schoolYear: '2023-2024',
    regions: {
      noord: [h('herfst', '2023-10-21', '2023-10-29'), all(h('kerst', '2023-12-23', '2024-01-07')), h('voorjaar', '2024-02-17', '2024-02-25'), all(h('mei', '2024-04-27', '2024-05-05')), h('zomer', '2024-07-20', '2024-09-01')],
      midden: [h('herfst', '2023-10-14', '2023-10-22'), all(h('kerst', '2023-12-23', '2024-01-07')), h('voorjaar', '2024-02-10', '2024-02-18'), all(h('mei', '2024-04-27', '2024-05-05')), h('zomer', '2024-07-13', '2024-08-25')],
      zuid: [h('herfst', '2023-10-14', '2023-10-22'), all(h('kerst', '2023-12-23', '2024-01-07')), h('voorjaar', '2024-02-10', '2024-02-18'), all(h('mei', '2024-04-27', '2024-05-05')), h('zomer', '2024-07-06', '2024-08-18')],
    },
  },
  {
    schoolYear: '2024-2025',
    regions: {
      noord: [h('herfst', '2024-10-19', '2024-10-27'), all(h('kerst', '2024-12-21', '2025-01-05')), h('voorjaar', '2025-02-15', '2025-02-23'), all(h('mei', '2025-04-26', '2025-05-04')), h('zomer', '2025-07-12', '2025-08-24')],
      midden: [h('herfst', '2024-10-26', '2024-11-03'), all(h('kerst', '2024-12-21', '2025-01-05')), h('voorjaar', '2025-02-22', '2025-03-02'), all(h('mei', '2025-04-26', '2025-05-04')), h('zomer', '2025-07-19', '2025-08-31')],
      zuid: [h('herfst', '2024-10-19', '2024-10-27'), all(h('kerst', '2024-12-21', '2025-01-05')), h('voorjaar', '2025-02-22', '2025-03-02'), all(h('mei', '2025-04-26', '2025-05-04')), h('zomer', '2025-07-05', '2025-08-17')],
    },
  },
  {
    schoolYear: '2025-2026',
    regions: {
      noord: [h('herfst', '2025-10-18', '2025-10-26'), all(h('kerst', '2025-12-20', '2026-01-04')), h('voorjaar', '2026-02-21', '2026-03-01'), all(h('mei', '2026-04-25', '2026-05-03')), h('zomer', '2026-07-04', '2026-08-16')],
      midden: [h('herfst', '2025-10-18', '2025-10-26'), all(h('kerst', '2025-12-20', '2026-01-04')), h('voorjaar', '2026-02-14', '2026-02-22'), all(h('mei', '2026-04-25', '2026-05-03')), h('zomer', '2026-07-18', '2026-08-30')],
      zuid: [h('herfst', '2025-10-11', '2025-10-19'), all(h('kerst', '2025-12-20', '2026-01-04')), h('voorjaar', '2026-02-14', '2026-02-22'), all(h('mei', '2026-04-25', '2026-05-03')), h('zomer', '2026-07-11', '2026-08-23')],
    },
  },
  {
    // Not cross-checked: noord and midden autumn, spring and summer, and May everywhere; zuid's
    // autumn, spring and summer and Christmas everywhere agree with schools' published rosters.
    schoolYear: '2026-2027',
    regions: {
      noord: [h('herfst', '2026-10-10', '2026-10-18', false), all(h('kerst', '2026-12-19', '2027-01-03')), h('voorjaar', '2027-02-20', '2027-02-28', false), all(h('mei', '2027-04-24', '2027-05-02', false)), h('zomer', '2027-07-10', '2027-08-22', false)],
      midden: [h('herfst', '2026-10-17', '2026-10-25', false), all(h('kerst', '2026-12-19', '2027-01-03')), h('voorjaar', '2027-02-20', '2027-02-28', false), all(h('mei', '2027-04-24', '2027-05-02', false)), h('zomer', '2027-07-24', '2027-09-05', false)],
      zuid: [h('herfst', '2026-10-17', '2026-10-25'), all(h('kerst', '2026-12-19', '2027-01-03')), h('voorjaar', '2027-02-06', '2027-02-14'), all(h('mei', '2027-04-24', '2027-05-02', false)), h('zomer', '2027-07-17', '2027-08-29')],
    },
  },
];

/** The first and last day the shipped calendar covers (1 Aug of the first year – 31 Jul of the last). */
export const CALENDAR_COVERS: Readonly<Period> = Object.freeze({
  from: `${SCHOOL_HOLIDAYS[0]!.schoolYear.slice(0, 4)}-08-01`,
  to: `${SCHOOL_HOLIDAYS[SCHOOL_HOLIDAYS.length - 1]!.schoolYear.slice(5)}-07-31`,
});

const byRegion = new Map<HolidayRegion, readonly Holiday[]>(
  HOLIDAY_REGIONS.map((region) => [region, SCHOOL_HOLIDAYS.flatMap((year) => year.regions[region])]),
);

/** Every holiday of a region, oldest first. */
export function holidaysOf(region: HolidayRegion): readonly Holiday[] {
  return byRegion.get(region) ?? [];
}

export function isHoliday(region: HolidayRegion, date: IsoDate): boolean {
  return holidaysOf(region).some((holiday) => holiday.from <= date && date <= holiday.to);
}

/** Merges sorted-or-not periods into disjoint ones, oldest first. */
export function mergePeriods(periods: readonly Period[]): Period[] {
  const sorted = [...periods].filter((p) => p.from <= p.to).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Period[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && daysBetween(last.to, p.from) <= 1) last.to = maxDate(last.to, p.to);
    else merged.push({ ...p });
  }
  return merged;
}

/**
 * Days of `period` that are not in any of the `paused` periods (which must be merged, see
 * `mergePeriods`): the days a clock that stops during holidays and exemptions counts.
 */
export function countedDays(period: Period, paused: readonly Period[]): number {
  let days = periodLength(period);
  for (const p of paused) days -= periodLength({ from: maxDate(p.from, period.from), to: minDate(p.to, period.to) });
  return Math.max(0, days);
}

/**
 * The day on which the `n`th counted day (n ≥ 1) since `start` falls, skipping the paused
 * periods (merged): `start` itself is counted day 1 unless it is paused.
 */
export function nthCountedDay(start: IsoDate, n: number, paused: readonly Period[]): IsoDate {
  let day = start;
  let left = n;
  for (const p of paused) {
    if (p.to < day) continue;
    const before = p.from > day ? daysBetween(day, p.from) : 0; // counted days before this pause
    if (before >= left) break;
    left -= before;
    day = addDays(p.to, 1);
  }
  return addDays(day, left - 1);
}
