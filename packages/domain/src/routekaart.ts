/**
 * The ten points of the Routekaart "Passend onderwijs zonder thuiszitters" (Ingrado and
 * Gedragswerk). The titles are the Routekaart's own names; the explanations are our own
 * paraphrase, written for this product.
 */
import type { Translated } from './types.js';

export const ROUTEKAART_SOURCE = Object.freeze({
  title: 'Routekaart Passend onderwijs zonder thuiszitters',
  authors: ['Ingrado', 'Gedragswerk'] as const,
  credit: {
    nl: 'De tien punten en hun titels komen uit de Routekaart "Passend onderwijs zonder thuiszitters" van Ingrado en Gedragswerk. De toelichtingen zijn in eigen woorden.',
    en: 'The ten points and their titles come from the Routekaart "Passend onderwijs zonder thuiszitters" by Ingrado and Gedragswerk. The explanations are in our own words.',
  } satisfies Translated,
});

export const ROUTEKAART_POINT_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type RoutekaartPointNumber = (typeof ROUTEKAART_POINT_NUMBERS)[number];

/** Sub-items of point 7 "Ontwerpen": the parts of a standard arrangement. */
export const ONTWERPEN_SUB_ITEM_KEYS = ['initiative', 'placement', 'conditions', 'educationAndCare'] as const;
export type OntwerpenSubItemKey = (typeof ONTWERPEN_SUB_ITEM_KEYS)[number];

export interface RoutekaartSubItem {
  key: OntwerpenSubItemKey;
  label: Translated;
}

export interface RoutekaartPointDefinition {
  number: RoutekaartPointNumber;
  /** The Routekaart's own Dutch title, plus our English rendering. */
  title: Translated;
  /** What the point asks of an organisation, in our own words. */
  explanation: Translated;
  subItems: readonly RoutekaartSubItem[];
}

export const ONTWERPEN_SUB_ITEMS: readonly RoutekaartSubItem[] = Object.freeze([
  { key: 'initiative', label: { nl: 'Wie neemt het initiatief en de regie', en: 'Who takes the initiative and the lead' } },
  { key: 'placement', label: { nl: 'Waar de leerling terechtkan en voor hoe lang', en: 'Where the pupil is placed and for how long' } },
  { key: 'conditions', label: { nl: 'Onder welke voorwaarden', en: 'Under which conditions' } },
  { key: 'educationAndCare', label: { nl: 'Hoe onderwijs en zorg samengaan', en: 'How education and care are combined' } },
]);

const point = (
  number: RoutekaartPointNumber,
  nl: string,
  en: string,
  explanation: Translated,
  subItems: readonly RoutekaartSubItem[] = [],
): RoutekaartPointDefinition => ({ number, title: { nl, en }, explanation, subItems });

/** The ten points, in the Routekaart's order. */
export const ROUTEKAART_POINTS: readonly RoutekaartPointDefinition[] = Object.freeze([
  point(1, 'Tellen', 'Counting', {
    nl: 'Weet op elk moment hoeveel kinderen thuiszitten, met cijfers die kloppen en actueel zijn, geteld volgens de wettelijke begrippen.',
    en: 'Know at any moment how many children are at home without school, with figures that are correct and up to date, counted by the legal definitions.',
  }),
  point(2, 'Volgen', 'Following', {
    nl: 'Houd de aantallen door de tijd bij en leg ze naast die van andere samenwerkingsverbanden.',
    en: 'Track the numbers over time and set them beside those of other regions.',
  }),
  point(3, 'Kennen', 'Knowing', {
    nl: 'Zoek uit waarom kinderen thuiszitten en bouw het voorkomen van thuiszitten op die kennis.',
    en: 'Find out why children end up at home and build prevention on that knowledge.',
  }),
  point(4, 'Tempo maken', 'Picking up speed', {
    nl: 'Maak procedures kort en stel eigen termijnen die scherper zijn dan de wettelijke.',
    en: 'Keep procedures short and set your own deadlines, tighter than the legal ones.',
  }),
  point(5, 'Communiceren', 'Communicating', {
    nl: 'Zorg dat scholen, leerlingen, ouders en partners weten wat er is, waar ze terechtkunnen, wie de regie heeft en hoe de procedures lopen.',
    en: 'Make sure schools, pupils, parents and partners know what is available, where to go, who leads and how the procedures work.',
  }),
  point(6, 'De regie nemen', 'Taking the lead', {
    nl: 'Spreek voor elke casus af wie de regie heeft en verantwoordelijk is voor de voortgang.',
    en: 'Agree for every case who holds the lead and answers for its progress.',
  }),
  point(
    7,
    'Ontwerpen',
    'Designing',
    {
      nl: 'Leg vooraf standaardarrangementen vast, zodat niet per kind opnieuw hoeft te worden uitgevonden wie wat doet.',
      en: 'Set up standard arrangements in advance, so that who does what need not be reinvented for every child.',
    },
    ONTWERPEN_SUB_ITEMS,
  ),
  point(8, 'Een doorgaande lijn bouwen', 'Building a continuous line', {
    nl: 'Sluit primair en voortgezet onderwijs op elkaar aan en betrek het mbo daarbij.',
    en: 'Connect primary and secondary education and involve vocational education (mbo).',
  }),
  point(9, 'Samenwerken met regionale werkgevers', 'Working with regional employers', {
    nl: 'Maak met werkgevers in de regio combinaties van leren en werken mogelijk.',
    en: 'Make combinations of learning and working possible together with employers in the region.',
  }),
  point(10, 'Kwaliteitsbeleid voeren', 'Pursuing quality', {
    nl: 'Houd de deskundigheid van de mensen die met thuiszitters werken op peil.',
    en: 'Keep the expertise of the people who work with these pupils up to date.',
  }),
]);

/** The definition of a point by its number. */
export function routekaartPoint(number: RoutekaartPointNumber): RoutekaartPointDefinition {
  return ROUTEKAART_POINTS[number - 1];
}

export function isRoutekaartPointNumber(value: unknown): value is RoutekaartPointNumber {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10;
}
