// Statistical disclosure control of the reason statistics, designed once (README "Disclosure control").
//
// Threat model. The reader holds an swv or leerplicht token and knows every fact of every case in
// its tenancy (first day, closure, school: it can list them), so it knows exactly which cases
// make up each population the statistics count. The only secret is each pupil's reason. It may
// send any sequence of statistics requests (periods, comparison periods, school filters, headline,
// trend, school table) and combine the answers.
//
// "Derivable" means: the answers determine a pupil's primary reason. We prove the opposite by
// construction: for every pupil there is another assignment of reasons, differing in that pupil's
// reason and agreeing with every fact, under which every answer is byte for byte the same.
//
// Rules for every role but `school` (a school sees its own pupils' cases, so it gets exact figures):
// 1. Publication periods. Reason statistics are published per whole school year (1 August –
//    31 July), the current one or an earlier one, for period and comparison period alike. With
//    arbitrary days, [start, D−1] and [start, D] differ by exactly the pupils who start on D.
// 2. Atoms. Cases that count in exactly the same publishable populations (same school, same set
//    of school years) form an atom: no combination of answers can tell them apart, so swapping
//    the reasons of two pupils of one atom changes no answer. A pupil is safe when its atom holds
//    at least two different reasons. The `school` filter is published only for schools with
//    enough counted cases (schoolMinimum, a rule on facts); the others belong to the region's
//    atoms only, so a school with two pupils does not expose the whole region's table.
// 3. Exposed atoms. When all pupils of an atom share one reason (a single pupil, or a group that
//    all have the same reason), that reason's *group* (see REASON_GROUPS) is hidden in every
//    population that contains the atom. Moving the whole atom to another reason of the group then
//    changes no shown cell and no suppression pattern, so the reason stays within its group.
// 4. Small cells (1..threshold−1) are hidden, with complementary suppression so no hidden cell is
//    the total minus the shown ones (suppression.ts). The pattern depends only on the forced
//    cells, the shown counts and the number and sum of hidden cells, never on a hidden value.
// 5. The answer never lists reasons by occurrence: every reason of the taxonomy is listed (codes
//    outside it are published as `onbekend`), ordered by shown count, hidden ones last in the
//    taxonomy's order. `reasonScope=all` (secondary reasons) is not published to these roles.
// Headline, trend and school figures carry no reason: they count facts the reader can list case by
// case, so they stay exact and may use any period; rule 2 already assumes the reader knows them.
//
// What this does not cover: a reader who watches the same answer before and after a new case is
// registered or an old one corrected (time differencing) learns the change of the atom it joins.
// That needs frozen releases; see the README.
import { REASON_CODES, schoolYearOf, schoolYearStartingIn, type Period } from '@thuiszitters/domain';
import { HttpProblem, type InvalidParam } from '../http/problem.js';
import type { Role } from '../auth/claims.js';
import { hasExactStatistics } from '../auth/tenancy.js';
import { suppressColumn } from './suppression.js';

/** What a role may ask of the reason statistics; also sent with every answer for the UI. */
export interface PublicationRule {
  /** `day`: any period; `schoolYear`: whole school years (1 August – 31 July) only. */
  periodUnit: 'day' | 'schoolYear';
  reasonScopes: ('primary' | 'all')[];
}

export function publicationRule(role: Role): PublicationRule {
  return hasExactStatistics(role) ? { periodUnit: 'day', reasonScopes: ['primary', 'all'] } : { periodUnit: 'schoolYear', reasonScopes: ['primary'] };
}

/**
 * Groups of reasons hidden together for an exposed atom. Each group holds at most two health
 * reasons (AVG art. 9) and at least one that is not, so a hidden group never tells "health".
 */
export const REASON_GROUPS: readonly (readonly string[])[] = [
  ['psychisch', 'spijbelen', 'wachten-onderwijsplek'],
  ['ontwikkeling-gedrag', 'onvoldoende-ondersteuning', 'uitsluiting'],
  ['lichamelijk', 'onthouding-ouders', 'niet-ingeschreven'],
  ['schoolweigering', 'pesten', 'thuissituatie'],
  ['middelengebruik', 'wachten-zorg', 'onbekend'],
];

/** The published code of a stored reason: taxonomy codes as they are, others as `onbekend`. */
export function publishedReason(code: string): string {
  return (REASON_CODES as readonly string[]).includes(code) ? code : 'onbekend';
}

export function groupOf(code: string): readonly string[] {
  const published = publishedReason(code);
  return REASON_GROUPS.find((group) => group.includes(published))!;
}

// ---------------------------------------------------------------------------------------------
// Periods

/** The problem type of a refused publication period (documented in the contract). */
export const PUBLICATION_PROBLEM = 'https://thuiszitters.nl/problems/publication-period';

const isSchoolYear = (period: Period) => schoolYearOf(period.from).from === period.from && schoolYearOf(period.from).to === period.to;

/**
 * The reason-statistics periods of a role without exact figures: whole school years, defaulting
 * to the current one and the one before; 400 with each offending parameter otherwise.
 */
export function resolvePublicationPeriods(query: Record<string, unknown>, today: string): { period: Period; comparisonPeriod: Period } {
  const current = schoolYearOf(today);
  const given = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const invalid: InvalidParam[] = [];
  const pick = (fromName: string, toName: string, fallback: Period): Period => {
    const from = given(fromName);
    const to = given(toName);
    // One end given: the whole school year it lies in must be what was meant, and nothing else.
    const period = { from: from ?? (to ? schoolYearOf(to).from : fallback.from), to: to ?? (from ? schoolYearOf(from).to : fallback.to) };
    if (!isSchoolYear(period)) {
      const reason = 'reason statistics are published per whole school year (1 August – 31 July) for your role';
      if (from !== undefined && schoolYearOf(from).from !== from) invalid.push({ name: fromName, reason: `must be 1 August: ${reason}` });
      if (to !== undefined && schoolYearOf(period.from).to !== to) invalid.push({ name: toName, reason: `must be 31 July of the school year that starts on ${period.from}: ${reason}` });
      if (!invalid.some((p) => p.name === fromName || p.name === toName)) invalid.push({ name: fromName, reason });
    } else if (period.from > current.from) {
      invalid.push({ name: fromName, reason: `must not be after the current school year (${current.label}), which is not published yet` });
    }
    return period;
  };
  const period = pick('from', 'to', current);
  const comparisonPeriod = pick('compareFrom', 'compareTo', schoolYearStartingIn(schoolYearOf(period.from).startYear - 1));
  if (query.reasonScope === 'all') {
    invalid.push({ name: 'reasonScope', reason: 'secondary reasons are published only to a school for its own pupils; use `primary`' });
  }
  if (invalid.length > 0) {
    throw new HttpProblem(400, 'Your role may ask reason statistics only for whole school years and primary reasons, so that no pupil can be singled out.', {
      type: PUBLICATION_PROBLEM,
      invalidParams: invalid,
    });
  }
  return { period, comparisonPeriod };
}

/** Every school year from the one containing `earliest` up to the current one. */
export function publicationYears(earliest: string | null, today: string): Period[] {
  const last = schoolYearOf(today).startYear;
  const first = earliest ? Math.min(schoolYearOf(earliest).startYear, last) : last;
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const { from, to } = schoolYearStartingIn(first + i);
    return { from, to };
  });
}

// ---------------------------------------------------------------------------------------------
// Atoms

/** A counted case: its school, its reason, and the publishable periods (keys) it counts in. */
export interface Member {
  id: string;
  school: string;
  reason: string;
  periods: string[];
}

/**
 * A school's reasons are published on their own only when the school has at least
 * `schoolMinimum` counted cases and every group of its cases with the same school years holds at
 * least `threshold` of them. The rule looks at facts only, so whether a school is publishable
 * tells nothing about reasons; and a school with a handful of pupils (or one odd pupil who spans
 * other years) does not split the region into atoms of one or two pupils, which would hide most
 * of the region's table.
 */
export function schoolMinimum(threshold: number): number {
  return Math.max(2 * threshold, 10);
}

/** The schools whose reasons may be asked for with the `school` filter. */
export function publishableSchools(members: readonly Member[], threshold: number): Set<string> {
  const perSchool = new Map<string, Map<string, number>>();
  for (const member of members) {
    const years = perSchool.get(member.school) ?? new Map<string, number>();
    const key = [...member.periods].sort().join(',');
    years.set(key, (years.get(key) ?? 0) + 1);
    perSchool.set(member.school, years);
  }
  const atomMinimum = Math.max(threshold, 5);
  return new Set(
    [...perSchool]
      .filter(([, years]) => [...years.values()].reduce((a, b) => a + b, 0) >= schoolMinimum(threshold) && [...years.values()].every((n) => n >= atomMinimum))
      .map(([school]) => school),
  );
}

/**
 * The atom of every member: cases that count in exactly the same publishable populations (same
 * publishable school or none, same school years) cannot be told apart by any answer.
 */
export function atomKeys(members: readonly Member[], threshold: number): Map<string, string> {
  const schools = publishableSchools(members, threshold);
  return new Map(members.map((m) => [m.id, `${schools.has(m.school) ? m.school : '*'}|${[...m.periods].sort().join(',')}`]));
}

/** The reasons to hide in a population: the groups of the exposed atoms it contains. */
export type Exposure = (populationIds: Iterable<string>) => Set<string>;

/** Finds the atoms whose pupils all share one reason and returns the rule 3 lookup. */
export function exposure(members: readonly Member[], threshold: number): Exposure {
  const keys = atomKeys(members, threshold);
  const atoms = new Map<string, { reasons: Set<string>; ids: string[] }>();
  for (const member of members) {
    const key = keys.get(member.id)!;
    const atom = atoms.get(key) ?? { reasons: new Set<string>(), ids: [] };
    atom.reasons.add(publishedReason(member.reason));
    atom.ids.push(member.id);
    atoms.set(key, atom);
  }
  const groupOfCase = new Map<string, readonly string[]>();
  for (const atom of atoms.values()) {
    if (atom.reasons.size !== 1) continue;
    const group = groupOf([...atom.reasons][0]!);
    for (const id of atom.ids) groupOfCase.set(id, group);
  }
  return (populationIds) => {
    const hidden = new Set<string>();
    for (const id of populationIds) for (const reason of groupOfCase.get(id) ?? []) hidden.add(reason);
    return hidden;
  };
}

/** 400 when the school filter names a school whose reasons are not published on their own. */
export function assertPublishableSchool(school: string | null, members: readonly Member[], threshold: number): void {
  if (school === null || publishableSchools(members, threshold).has(school)) return;
  throw new HttpProblem(400, 'This school has too few cases for its reasons to be published on their own; ask for the whole region.', {
    type: PUBLICATION_PROBLEM,
    invalidParams: [
      {
        name: 'school',
        reason: `reasons per school are published for schools with at least ${schoolMinimum(threshold)} counted cases, at least ${Math.max(threshold, 5)} in each span of school years`,
      },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// The published column

export interface ReasonCell {
  reason: string;
  count: number;
  ids: string[];
}

export interface PublishedColumn {
  values: Map<string, { count: number | null; suppressed: boolean }>;
  total: number | null;
}

/**
 * Rules 3–5 for one population (period or comparison): every taxonomy reason, the exposed groups
 * forced hidden, then primary and complementary suppression.
 */
export function publishColumn(cells: readonly ReasonCell[], total: number, threshold: number, exposed: Exposure): PublishedColumn {
  const counts = new Map<string, number>(REASON_CODES.map((code) => [code, 0]));
  const ids: string[] = [];
  for (const cell of cells) {
    const code = publishedReason(cell.reason);
    counts.set(code, counts.get(code)! + cell.count);
    ids.push(...cell.ids);
  }
  const forced = exposed(ids);
  const codes = [...REASON_CODES];
  const column = suppressColumn(
    codes.map((code) => counts.get(code)!),
    total,
    { threshold, forced: codes.map((code) => forced.has(code)) },
  );
  return {
    values: new Map(codes.map((code, i) => [code, { count: column.values[i]!, suppressed: column.suppressed[i]! }])),
    total: column.total,
  };
}

/** Rule 5's order: shown counts largest first, hidden ones last, ties in the taxonomy's order. */
export function publishedOrder(column: PublishedColumn): string[] {
  const shown = (code: string) => column.values.get(code)?.count ?? -1;
  return [...REASON_CODES].sort((a, b) => shown(b) - shown(a) || REASON_CODES.indexOf(a) - REASON_CODES.indexOf(b));
}
