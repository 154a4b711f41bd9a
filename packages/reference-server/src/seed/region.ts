// The fictional region of the demo data. Every name and code here is made up: the BRIN codes,
// the CBS-style municipality codes (GM99xx does not exist) and the school names.
import type { SchoolType } from '@thuiszitters/domain';

export const DEMO_SWV = { code: 'VO2801', name: 'Samenwerkingsverband Voorbeeldregio' } as const;

export interface DemoMunicipality {
  code: string;
  name: string;
}

export const DEMO_MUNICIPALITIES: readonly DemoMunicipality[] = [
  { code: 'GM9901', name: 'Voorbeeldstad' },
  { code: 'GM9902', name: 'Lindehoven' },
  { code: 'GM9903', name: 'Brederwolde' },
];

export interface DemoSchool {
  brin: string;
  vestiging: string;
  name: string;
  schoolType: SchoolType;
  municipalityCode: string;
  /** Relative share of the region's cases (bigger VO schools report more). */
  weight: number;
}

const school = (
  brin: string,
  vestiging: string,
  name: string,
  schoolType: SchoolType,
  municipalityCode: string,
  weight: number,
): DemoSchool => ({ brin, vestiging, name, schoolType, municipalityCode, weight });

/** 25 school locations: VO, PO, SBO, SO and VSO, spread over the three municipalities. */
export const DEMO_SCHOOLS: readonly DemoSchool[] = [
  school('12AB', '00', 'Voorbeeld College', 'vo', 'GM9901', 9),
  school('12AB', '01', 'Voorbeeld College, locatie Havenkwartier', 'vo', 'GM9901', 6),
  school('14CD', '00', 'Lindehof Lyceum', 'vo', 'GM9902', 7),
  school('15EF', '00', 'Scholengemeenschap Wolderhove', 'vo', 'GM9903', 7),
  school('15EF', '01', 'Scholengemeenschap Wolderhove, vmbo', 'vo', 'GM9903', 6),
  school('16GH', '00', 'Meerpoort Mavo', 'vo', 'GM9901', 5),
  school('17JK', '00', 'Vaartkant Vakcollege', 'vo', 'GM9901', 6),
  school('18LM', '00', 'Atheneum De Zeskamp', 'vo', 'GM9902', 4),
  school('21NP', '00', 'OBS De Tuimelaar', 'po', 'GM9901', 1.5),
  school('22QR', '00', 'CBS Het Klaverveld', 'po', 'GM9901', 1.5),
  school('23ST', '00', 'Basisschool De Zandloper', 'po', 'GM9902', 1.2),
  school('24UV', '00', 'IKC Het Lichtschip', 'po', 'GM9902', 1.2),
  school('25WX', '00', 'OBS De Kompasroos', 'po', 'GM9903', 1),
  school('25WX', '01', 'OBS De Kompasroos, dependance Veldzicht', 'po', 'GM9903', 0.8),
  school('26YZ', '00', 'Basisschool Sint-Voorbeeld', 'po', 'GM9901', 1),
  school('27AC', '00', 'CBS De Wegwijzer van Lindehoven', 'po', 'GM9902', 1),
  school('28BD', '00', 'OBS Het Schrijverspad', 'po', 'GM9903', 0.8),
  school('29CE', '00', 'Daltonschool De Duinroos', 'po', 'GM9901', 1),
  school('31DF', '00', 'SBO De Opstap', 'sbo', 'GM9901', 2),
  school('31EG', '00', 'SBO Het Palet van Brederwolde', 'sbo', 'GM9903', 1.5),
  school('32FH', '00', 'SO De Brugwachter', 'so', 'GM9901', 2.5),
  school('32FH', '01', 'VSO De Brugwachter', 'vso', 'GM9901', 4),
  school('33GJ', '00', 'SO Het Anker van Lindehoven', 'so', 'GM9902', 2),
  school('34HK', '00', 'VSO De Horizonlijn', 'vso', 'GM9902', 4),
  school('35JL', '00', 'VSO Wolderhove Praktijkcollege', 'vso', 'GM9903', 3.5),
];

export const schoolKey = (s: { brin: string; vestiging: string }) => `${s.brin}${s.vestiging}`;

/** A region the seed generates cases for: its SWV, schools (with their share of cases) and municipalities. */
export interface SeedRegion {
  swv: { code: string; name: string };
  schools: readonly DemoSchool[];
  municipalities: readonly DemoMunicipality[];
}

export const DEMO_REGION: SeedRegion = { swv: DEMO_SWV, schools: DEMO_SCHOOLS, municipalities: DEMO_MUNICIPALITIES };
