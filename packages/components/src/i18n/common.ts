// Texts more than one element says the same way: how a period and its comparison are named.
// The elements' own message tables spread these in, so there is one wording to change.
import type { Translations } from './locale.js';

const nl = {
  presetLastSchoolYear: 'Vorig schooljaar',
  nameSchoolYear: (year: string) => `schooljaar ${year}`,
  nameSchoolYearBefore: 'het schooljaar ervoor',
  nameLastYear: 'dezelfde periode vorig jaar',
  namePrevious: 'de vorige periode',
  periodRange: (from: string, to: string) => `${from} t/m ${to}`,
};

const en: typeof nl = {
  presetLastSchoolYear: 'Last school year',
  nameSchoolYear: (year: string) => `school year ${year}`,
  nameSchoolYearBefore: 'the school year before',
  nameLastYear: 'the same period last year',
  namePrevious: 'the previous period',
  periodRange: (from: string, to: string) => `${from} to ${to}`,
};

export const periodTexts: Translations<typeof nl> = { nl, en };
export type PeriodTexts = typeof nl;
