import type { Translations } from '../i18n/locale.js';
import { stateTexts } from '../i18n/state-texts.js';

/** The choices of the SWV's definition profile that change the figures (shown under the period). */
export interface ProfileSummary {
  days: number;
  atLeast: boolean;
  schoolWeeks: boolean;
  region: string;
  absoluteDays: number;
  planned: boolean;
}

const nl = {
  ...stateTexts.nl,
  title: (where: string) => `Thuiszitters in ${where}`,
  regionName: 'de hele regio',
  periodLine: (period: string, comparison: string) => `${period}, vergeleken met ${comparison}`,
  figuresLabel: 'Kerncijfers',
  active: 'Actieve thuiszitters',
  activeNote: 'aan het eind van de periode',
  definitionLine: (p: ProfileSummary) =>
    `Definitie: langdurig relatief verzuim na ${p.atLeast ? '' : 'meer dan '}${p.days} ${p.schoolWeeks ? `lesdagen (schoolvakanties regio ${p.region} tellen niet)` : 'kalenderdagen'}; absoluut verzuim ${p.absoluteDays === 0 ? 'vanaf de eerste dag' : `na ${p.absoluteDays} dagen`}; aanbod telt ${p.planned ? 'zodra gepland' : 'pas als het gestart is'}.`,
  newInPeriod: 'Nieuw gemeld',
  closedWithSolution: 'Afgesloten met een passende plek',
  offerWithinNormShare: 'Aanbod binnen 3 maanden',
  medianDaysToOffer: 'Mediaan dagen tot aanbod',
  days: (n: string) => `${n} dagen`,
  daysWord: 'dagen',
  noValue: 'geen gegevens',
  more: (n: string, than: string) => `${n} meer dan ${than}`,
  fewer: (n: string, than: string) => `${n} minder dan ${than}`,
  same: (than: string) => `evenveel als ${than}`,
  pointsHigher: (n: string, than: string) => `${n} procentpunt hoger dan ${than}`,
  pointsLower: (n: string, than: string) => `${n} procentpunt lager dan ${than}`,
  pointsSame: (than: string) => `even hoog als ${than}`,
  daysLonger: (n: string, than: string) => `${n} dagen langer dan ${than}`,
  daysShorter: (n: string, than: string) => `${n} dagen korter dan ${than}`,
  daysSame: (than: string) => `even lang als ${than}`,
  changeUnknown: 'geen vergelijking mogelijk',
  pointsUnit: 'pp',
  daysUnit: 'd',
  comparisonWas: (value: string) => `was ${value}`,
  trendTitle: 'Actieve thuiszitters per maand',
  trendSummary: (first: string, firstValue: string, last: string, lastValue: string, high: string, highValue: string) =>
    `Actieve thuiszitters per maand, van ${firstValue} in ${first} naar ${lastValue} in ${last}; het hoogste aantal was ${highValue} in ${high}.`,
  trendEmpty: 'Geen maandcijfers beschikbaar.',
  contextTitle: 'Context',
  specialEducationOffers: 'Aanbod speciaal onderwijs met TLV in de periode',
  nationalTitle: (year: string) => `Landelijk, schooljaar ${year} (bron: OCW)`,
  exemptions5a: 'Vrijstellingen artikel 5 onder a',
  absoluteAbsence: 'Absoluut verzuim',
  longTermRelativeAbsence: 'Langdurig relatief verzuim',
  loading: 'Kerncijfers laden…',
  errorTitle: 'De kerncijfers konden niet worden geladen',
  errorForbidden: 'U heeft geen toegang tot deze cijfers.',
  errorGeneric: 'Probeer het opnieuw. Blijft dit gebeuren, neem dan contact op met uw beheerder.',
  listActive: 'Toon de lopende casussen',
  listNormExceeded: 'Toon de casussen over de termijn',
  nobody: 'Er zijn in deze periode geen thuiszitters geregistreerd.',
};

const en: typeof nl = {
  ...stateTexts.en,
  title: (where: string) => `Pupils at home in ${where}`,
  regionName: 'the whole region',
  periodLine: (period: string, comparison: string) => `${period}, compared with ${comparison}`,
  figuresLabel: 'Key figures',
  active: 'Active cases',
  activeNote: 'at the end of the period',
  definitionLine: (p: ProfileSummary) =>
    `Definition: long-term unauthorised absence after ${p.atLeast ? '' : 'more than '}${p.days} ${p.schoolWeeks ? `school days (school holidays of region ${p.region} do not count)` : 'calendar days'}; not enrolled ${p.absoluteDays === 0 ? 'from the first day' : `after ${p.absoluteDays} days`}; an offer counts ${p.planned ? 'once planned' : 'only once started'}.`,
  newInPeriod: 'Newly reported',
  closedWithSolution: 'Closed with a suitable place',
  offerWithinNormShare: 'Offer within 3 months',
  medianDaysToOffer: 'Median days to an offer',
  days: (n: string) => `${n} days`,
  daysWord: 'days',
  noValue: 'no data',
  more: (n: string, than: string) => `${n} more than ${than}`,
  fewer: (n: string, than: string) => `${n} fewer than ${than}`,
  same: (than: string) => `as many as ${than}`,
  pointsHigher: (n: string, than: string) => `${n} percentage points higher than ${than}`,
  pointsLower: (n: string, than: string) => `${n} percentage points lower than ${than}`,
  pointsSame: (than: string) => `as high as ${than}`,
  daysLonger: (n: string, than: string) => `${n} days longer than ${than}`,
  daysShorter: (n: string, than: string) => `${n} days shorter than ${than}`,
  daysSame: (than: string) => `as long as ${than}`,
  changeUnknown: 'no comparison possible',
  pointsUnit: 'pp',
  daysUnit: 'd',
  comparisonWas: (value: string) => `was ${value}`,
  trendTitle: 'Active cases per month',
  trendSummary: (first: string, firstValue: string, last: string, lastValue: string, high: string, highValue: string) =>
    `Active cases per month, from ${firstValue} in ${first} to ${lastValue} in ${last}; the highest number was ${highValue} in ${high}.`,
  trendEmpty: 'No monthly figures available.',
  contextTitle: 'Context',
  specialEducationOffers: 'Special education offers with a TLV in the period',
  nationalTitle: (year: string) => `Nationally, school year ${year} (source: OCW)`,
  exemptions5a: 'Exemptions under article 5(a)',
  absoluteAbsence: 'Absolute absence (not enrolled)',
  longTermRelativeAbsence: 'Long-term relative absence',
  loading: 'Loading key figures…',
  errorTitle: 'The key figures could not be loaded',
  errorForbidden: 'You do not have access to these figures.',
  errorGeneric: 'Please try again. If this keeps happening, contact your administrator.',
  listActive: 'Show the open cases',
  listNormExceeded: 'Show the cases past the norm',
  nobody: 'No pupils at home were registered in this period.',
};

export const dashboardMessages: Translations<typeof nl> = { nl, en };
export type DashboardMessages = typeof nl;
