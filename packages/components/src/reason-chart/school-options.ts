// The picker's schools: the region's schools from reference data and those in the statistics,
// by name, after "the whole region". Asked several times per render (picker, names): built once
// per list, statistics, school and language.
import type { SchoolStatistics } from '@thuiszitters/sdk';
import type { ReferenceData } from '../context/contexts.js';
import type { Locale } from '../i18n/locale.js';
import { collator } from './chart-model.js';
import type { SchoolOption } from './school-combobox.js';

export interface SchoolOptionsInput {
  schools: ReferenceData['schools'] | undefined;
  stats: SchoolStatistics | undefined;
  /** The chosen school: listed under its code when no list knows it. */
  school: string | null;
  locale: Locale;
  wholeRegion: string;
}

export class SchoolOptions {
  private memo?: { schools: unknown; stats: unknown; school: string | null; locale: string; options: SchoolOption[] };

  get(input: SchoolOptionsInput): SchoolOption[] {
    const memo = this.memo;
    const { schools, stats, school, locale } = input;
    if (memo && memo.schools === schools && memo.stats === stats && memo.school === school && memo.locale === locale) return memo.options;
    const options = build(input);
    this.memo = { schools, stats, school, locale, options };
    return options;
  }
}

function build({ schools: known, stats, school, locale, wholeRegion }: SchoolOptionsInput): SchoolOption[] {
  const byCode = new Map<string, string>();
  for (const s of known ?? []) byCode.set(`${s.brin}${s.vestiging}`, s.name);
  if (stats && Array.isArray(stats.items)) for (const s of stats.items) if (!byCode.has(s.school)) byCode.set(s.school, s.name);
  if (school && !byCode.has(school)) byCode.set(school, school);
  const schools = [...byCode].map(([code, name]) => ({ code, name }));
  // One school needs no collator (building one costs milliseconds of the first render).
  if (schools.length > 1) {
    const compare = collator(locale).compare;
    schools.sort((a, b) => compare(a.name, b.name));
  }
  return [{ code: null, name: wholeRegion }, ...schools];
}
