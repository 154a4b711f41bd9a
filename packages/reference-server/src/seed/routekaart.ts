// The demo region's Routekaart history: an assessment from early in the previous school year and
// a newer one copied from it, each reached through recorded point updates (so the change history
// shows who moved which point when).
import { addDays, schoolYearOf, schoolYearStartingIn, type AssessmentStatus, type IsoDate } from '@thuiszitters/domain';
import type { ChangeActor, RoutekaartPoint, RoutekaartSubItem as SubItem } from '@thuiszitters/sdk';
import { applyPointUpdate, freshPoints } from '../operations/routekaart.js';
import type { Random } from './random.js';

export interface SeedAssessment {
  id: string;
  version: number;
  assessedOn: IsoDate;
  createdAt: string;
  copiedFrom: string | null;
  points: RoutekaartPoint[];
  changes: { id: string; at: string; actor: ChangeActor; pointNumber: number; field: string; from: unknown; to: unknown }[];
}

interface PlannedUpdate {
  point: number;
  status: AssessmentStatus;
  owner?: string;
  note?: string;
  evidence?: { title: string; url: string }[];
  subItems?: SubItem[];
}

const ACTOR: ChangeActor = { organisation: 'VO2801', role: 'swv', name: 'L. Vaartjes' };

const FIRST_ROUND: PlannedUpdate[] = [
  { point: 1, status: 'inProgress', owner: 'Beleidsmedewerker SWV', note: 'Registratie loopt nog via losse lijsten per school.' },
  { point: 2, status: 'notStarted', note: 'Eerst tellen op orde.' },
  { point: 3, status: 'inProgress', owner: 'Orthopedagoog SWV', note: 'Redenen worden nog niet eenduidig vastgelegd.' },
  { point: 5, status: 'inProgress', owner: 'Communicatie SWV', evidence: [{ title: 'Folder thuiszitters voor ouders', url: 'https://voorbeeldregio.example/folder-ouders' }] },
  { point: 6, status: 'inPlace', owner: 'Directeur SWV', note: 'Per casus wordt een regiehouder benoemd.', evidence: [{ title: 'Protocol regie', url: 'https://voorbeeldregio.example/protocol-regie' }] },
  { point: 7, status: 'inProgress', owner: 'Werkgroep arrangementen', subItems: [{ key: 'initiative', status: 'inPlace' }, { key: 'placement', status: 'inProgress' }] },
  { point: 10, status: 'inProgress', owner: 'Opleidingscoördinator' },
];

const SECOND_ROUND: PlannedUpdate[] = [
  { point: 1, status: 'inPlace', owner: 'Beleidsmedewerker SWV', note: 'Alle scholen registreren in de thuiszittersregistratie.', evidence: [{ title: 'Dashboard thuiszitters', url: 'https://voorbeeldregio.example/dashboard' }] },
  { point: 2, status: 'inProgress', owner: 'Beleidsmedewerker SWV', note: 'Kwartaalrapportage aan het bestuur; vergelijking met andere regio\'s volgt.' },
  { point: 3, status: 'inPlace', owner: 'Orthopedagoog SWV', note: 'Redenen volgens de standaardindeling; analyse per kwartaal.' },
  { point: 4, status: 'inProgress', owner: 'Directeur SWV', note: 'Eigen norm: binnen 6 weken een aanbod.' },
  { point: 7, status: 'inProgress', owner: 'Werkgroep arrangementen', subItems: [{ key: 'initiative', status: 'inPlace' }, { key: 'placement', status: 'inPlace' }, { key: 'conditions', status: 'inProgress' }] },
  { point: 8, status: 'inProgress', owner: 'Netwerk PO-VO', note: 'Overdracht PO-VO besproken; mbo nog niet aangehaakt.' },
];

function replay(points: RoutekaartPoint[], updates: PlannedUpdate[], start: IsoDate, random: Random): { points: RoutekaartPoint[]; changes: SeedAssessment['changes']; version: number } {
  let current = points;
  let version = 1;
  const changes: SeedAssessment['changes'] = [];
  let day = start;
  for (const update of updates) {
    day = addDays(day, random.int(0, 3));
    const at = `${day}T${String(random.int(8, 15)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;
    const index = current.findIndex((p) => p.number === update.point);
    const old = current[index];
    const result = applyPointUpdate(
      old,
      {
        status: update.status,
        owner: update.owner ?? old.owner,
        note: update.note ?? old.note,
        evidence: update.evidence ?? old.evidence,
        ...(update.subItems ? { subItems: update.subItems } : {}),
      },
      at,
      ACTOR.name,
    );
    if (result.changes.length === 0) continue;
    current = current.map((p, i) => (i === index ? result.point : p));
    version++;
    for (const change of result.changes) {
      changes.push({ id: random.uuid(), at, actor: ACTOR, pointNumber: update.point, field: change.field, from: change.from, to: change.to });
    }
  }
  return { points: current, changes, version };
}

export function generateAssessments(random: Random, anchor: IsoDate): SeedAssessment[] {
  const earlierOn = addDays(schoolYearStartingIn(schoolYearOf(anchor).startYear - 1).from, 70);
  const laterOn = addDays(anchor, -28);
  const first = replay(freshPoints(), FIRST_ROUND, earlierOn, random);
  const second = replay(first.points, SECOND_ROUND, laterOn, random);
  const earlierId = random.uuid();
  return [
    { id: earlierId, version: first.version, assessedOn: earlierOn, createdAt: `${earlierOn}T07:00:00.000Z`, copiedFrom: null, points: first.points, changes: first.changes },
    { id: random.uuid(), version: second.version, assessedOn: laterOn, createdAt: `${laterOn}T07:00:00.000Z`, copiedFrom: earlierId, points: second.points, changes: second.changes },
  ];
}
