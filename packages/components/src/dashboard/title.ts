// What the dashboard's title names: the school chosen (or the only one a school user sees), the
// municipality of a leerplicht user, or the region of an SWV — by the host's `area` and the filter.
import type { Translations } from '../i18n/locale.js';

/** Whose cases the host's user sees: an SWV's `region` (default) or a leerplicht's `municipality`. */
export const DASHBOARD_AREAS = ['region', 'municipality'] as const;
export type DashboardArea = (typeof DASHBOARD_AREAS)[number];

const nl = {
  municipalityNamed: (name: string) => `de gemeente ${name.replace(/^gemeente\s+/i, '')}`,
  yourMunicipality: 'uw gemeente',
  regionNamed: (name: string) => `de hele regio (${name})`,
  wholeRegion: 'de hele regio',
};
type TitleMessages = typeof nl;
const en: TitleMessages = {
  municipalityNamed: (name: string) => `the municipality of ${name.replace(/^(gemeente|municipality of)\s+/i, '')}`,
  yourMunicipality: 'your municipality',
  regionNamed: (name: string) => `the whole region (${name})`,
  wholeRegion: 'the whole region',
};
export const titleMessages: Translations<TitleMessages> = { nl, en };

export interface TitleInput {
  /** Name of the chosen school (a school filter, or a school user's own school); null = none chosen. */
  schoolName: string | null;
  area: string | null | undefined;
  /** The host's name of the area (e.g. "Voorbeeldstad"); optional. */
  areaName: string | null | undefined;
  /** The SWV's name from its definition profile, when the provider loaded it. */
  swvName: string | null | undefined;
}

/** The "where" of the title: the school, else the municipality, else the region. */
export function dashboardWhere(input: TitleInput, m: TitleMessages): string {
  if (input.schoolName) return input.schoolName;
  const name = input.areaName?.trim();
  if (input.area === 'municipality') return name ? m.municipalityNamed(name) : m.yourMunicipality;
  const region = name || input.swvName?.trim();
  return region ? m.regionNamed(region) : m.wholeRegion;
}
