/**
 * The default reason taxonomy (design choice, configurable per SWV). No official national
 * list exists; the categories follow NJi's four kinds of absence (school refusal, truancy,
 * withholding by parents, exclusion by the school) plus the waiting and context reasons
 * practitioners name.
 *
 * `healthData` marks reasons that reveal something about a child's physical or mental health
 * (special category under AVG art. 9): case-level access is restricted and statistics suppress
 * small cells. We mark conservatively: besides the four obvious ones, `schoolweigering`
 * ("schoolangst" is an anxiety complaint) and `wachten-zorg` (waiting for youth care or care
 * reveals a care need) are health data too. Home situation, bullying and exclusion are
 * sensitive but not health data.
 */
import type { Translated } from './types.js';

export const REASON_CODES = [
  'psychisch',
  'ontwikkeling-gedrag',
  'lichamelijk',
  'schoolweigering',
  'spijbelen',
  'onthouding-ouders',
  'uitsluiting',
  'wachten-onderwijsplek',
  'wachten-zorg',
  'onvoldoende-ondersteuning',
  'pesten',
  'thuissituatie',
  'middelengebruik',
  'niet-ingeschreven',
  'onbekend',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** `Reason` of the API. */
export interface Reason {
  code: ReasonCode;
  label: Translated;
  healthData: boolean;
}

const REASON_DETAILS: Record<ReasonCode, Omit<Reason, 'code'>> = {
  psychisch: {
    label: { nl: 'Psychische problematiek (angst, depressie, stress)', en: 'Mental health problems (anxiety, depression, stress)' },
    healthData: true,
  },
  'ontwikkeling-gedrag': {
    label: { nl: 'Ontwikkelings- of gedragsproblematiek (o.a. ASS, ADHD)', en: 'Developmental or behavioural problems (e.g. autism, ADHD)' },
    healthData: true,
  },
  lichamelijk: {
    label: { nl: 'Lichamelijke ziekte of somatische klachten', en: 'Physical illness or somatic complaints' },
    healthData: true,
  },
  schoolweigering: {
    label: { nl: 'Schoolweigering of schoolangst', en: 'School refusal or school anxiety' },
    healthData: true,
  },
  spijbelen: {
    label: { nl: 'Spijbelen of motivatie', en: 'Truancy or motivation' },
    healthData: false,
  },
  'onthouding-ouders': {
    label: { nl: 'Onthouding door ouders', en: 'Kept at home by parents' },
    healthData: false,
  },
  uitsluiting: {
    label: { nl: 'Uitsluiting door school (schorsing, verwijdering, geen toelating)', en: 'Excluded by the school (suspension, expulsion, not admitted)' },
    healthData: false,
  },
  'wachten-onderwijsplek': {
    label: { nl: 'Wachten op een passende onderwijsplek of TLV', en: 'Waiting for a suitable school place or TLV' },
    healthData: false,
  },
  'wachten-zorg': {
    label: { nl: 'Wachten op jeugdhulp of zorg', en: 'Waiting for youth care or care' },
    healthData: true,
  },
  'onvoldoende-ondersteuning': {
    label: { nl: 'Onvoldoende passende ondersteuning op school', en: 'Insufficient suitable support at school' },
    healthData: false,
  },
  pesten: {
    label: { nl: 'Pesten of sociale onveiligheid', en: 'Bullying or feeling unsafe' },
    healthData: false,
  },
  thuissituatie: {
    label: { nl: 'Problemen in de thuissituatie', en: 'Problems at home' },
    healthData: false,
  },
  middelengebruik: {
    label: { nl: 'Middelengebruik', en: 'Substance use' },
    healthData: true,
  },
  'niet-ingeschreven': {
    label: { nl: 'Niet ingeschreven (verhuizing, buitenland, geen plek)', en: 'Not enrolled (moved, abroad, no place)' },
    healthData: false,
  },
  onbekend: {
    label: { nl: 'Onbekend, nog te onderzoeken', en: 'Unknown, to be investigated' },
    healthData: false,
  },
};

/** The default taxonomy in its display order. */
export const DEFAULT_REASONS: readonly Reason[] = Object.freeze(
  REASON_CODES.map((code) => Object.freeze({ code, ...REASON_DETAILS[code] })),
);

export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === 'string' && (REASON_CODES as readonly string[]).includes(value);
}

/** The taxonomy entry of a code. */
export function reason(code: ReasonCode): Reason {
  return { code, ...REASON_DETAILS[code] };
}

/** True when the reason is health data (special category). */
export function isHealthReason(code: ReasonCode): boolean {
  return REASON_DETAILS[code].healthData;
}
