import type { Translations } from '../i18n/locale.js';

type Group = 'absoluutVerzuim' | 'langdurigRelatiefVerzuim' | 'vrijstelling';
type LeerplichtRow = 'municipality' | 'referenceDate' | 'schoolYear' | 'absoluutVerzuim' | 'relatiefVerzuim' | 'langdurigRelatiefVerzuim' | 'exemption';

const nl = {
  title: 'Rapportage',
  inspectie: 'Thuiszittersoverzicht voor de Inspectie',
  leerplicht: 'Leerplichttelling van de gemeente',
  note: 'Leerlingen staan erin met hun leerlingreferentie uit het LVS (pseudoniem): het register kent geen namen of initialen.',
  referenceDate: 'Peildatum',
  download: 'Download CSV',
  busy: 'Rapportage wordt opgehaald…',
  done: (file: string) => `${file} is gedownload.`,
  errorForbidden: 'Uw organisatie mag deze rapportage niet ophalen.',
  errorGeneric: 'De rapportage kon niet worden opgehaald. Probeer het opnieuw.',
  group: (group: Group) => ({ absoluutVerzuim: 'Absoluut verzuim', langdurigRelatiefVerzuim: 'Langdurig relatief verzuim', vrijstelling: 'Vrijstelling' })[group],
  /** The overview's columns, joined by tabs (a message is a string). */
  inspectieHeader: ['Groep', 'Leerlingreferentie (pseudoniem)', 'School (BRIN + vestiging)', 'Onderwijssoort', 'Geboortejaar en -maand', 'Eerste verzuimdag', 'Verzuimdagen', 'Vrijstelling (artikel)', 'Norm 3 maanden', 'Aanbod vastgelegd'].join('\t'),
  leerplichtHeader: 'Onderdeel\tAantal',
  leerplichtRow: (row: LeerplichtRow) =>
    ({ municipality: 'Gemeente', referenceDate: 'Peildatum', schoolYear: 'Schooljaar', absoluutVerzuim: 'Absoluut verzuim', relatiefVerzuim: 'Relatief verzuim', langdurigRelatiefVerzuim: 'waarvan langdurig relatief verzuim', exemption: 'Vrijstelling' })[row],
  yes: 'ja',
  no: 'nee',
  fileBase: (kind: 'inspectie' | 'leerplicht') => ({ inspectie: 'thuiszittersoverzicht', leerplicht: 'leerplichttelling' })[kind],
};

const en: Translations<typeof nl>['en'] = {
  title: 'Reports',
  inspectie: 'Thuiszitter overview for the Inspectie',
  leerplicht: "The municipality's leerplicht count",
  note: "Pupils are listed by the LVS's pupil reference (a pseudonym): the registry holds no names or initials.",
  referenceDate: 'Reference date',
  download: 'Download CSV',
  busy: 'Fetching the report…',
  done: (file: string) => `${file} has been downloaded.`,
  errorForbidden: 'Your organisation may not fetch this report.',
  errorGeneric: 'The report could not be fetched. Please try again.',
  group: (group: Group) => ({ absoluutVerzuim: 'Absolute absence', langdurigRelatiefVerzuim: 'Long-term relative absence', vrijstelling: 'Exemption' })[group],
  inspectieHeader: ['Group', 'Pupil reference (pseudonym)', 'School (BRIN + location)', 'School type', 'Birth year and month', 'First day of absence', 'Days absent', 'Exemption (article)', '3-month norm', 'Offer recorded'].join('\t'),
  leerplichtHeader: 'Item\tCount',
  leerplichtRow: (row: LeerplichtRow) =>
    ({ municipality: 'Municipality', referenceDate: 'Reference date', schoolYear: 'School year', absoluutVerzuim: 'Absolute absence', relatiefVerzuim: 'Relative absence', langdurigRelatiefVerzuim: 'of which long-term relative absence', exemption: 'Exemption' })[row],
  yes: 'yes',
  no: 'no',
  fileBase: (kind: 'inspectie' | 'leerplicht') => ({ inspectie: 'thuiszitter-overview', leerplicht: 'leerplicht-count' })[kind],
};

export const reportMessages: Translations<typeof nl> = { nl, en };
export type ReportMessages = typeof nl;
