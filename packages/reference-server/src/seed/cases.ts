// Case stories of the demo region: each case follows the process of domain.md (signal → DUO →
// SWV → lead → meetings → offer → return → closure), cut off at the anchor date, so that open
// cases, cases over the 3-month norm and closed cases all occur in realistic proportions.
import { createHash } from 'node:crypto';
import {
  addDays,
  daysBetween,
  schoolYearOf,
  schoolYearStartingIn,
  type ClosureReason,
  type EventType,
  type IsoDate,
  type LeadRole,
  type MeetingType,
  type OfferType,
  type ReasonCode,
} from '@thuiszitters/domain';
import type { Random } from './random.js';
import { DEMO_REGION, schoolKey, type DemoSchool, type SeedRegion } from './region.js';

export interface Lead {
  organisation: string;
  role: LeadRole;
  name: string;
  since: IsoDate;
}
export interface Voice {
  wishes: string | null;
  heardOn: IsoDate | null;
  notHeardReason: string | null;
}
export interface Offer {
  type: OfferType;
  startDate: IsoDate;
  hoursPerWeek: number;
}
export interface Closure {
  closedOn: IsoDate;
  reason: ClosureReason;
  note: string | null;
}

/** The stored case body (`cases.data`): the API's Case minus id, version, timestamps and derived. */
export interface SeedCaseData {
  status: 'open' | 'closed';
  pupilRef: string;
  birthYearMonth: string;
  school: { brin: string; vestiging: string };
  schoolType: DemoSchool['schoolType'];
  municipalityCode: string;
  swvCode: string;
  absence: {
    enrolled: boolean;
    firstDayOfAbsence: IsoDate;
    authorised: boolean;
    exemption: { ground: 'vrijstelling5a'; from: IsoDate; to: IsoDate } | null;
    duoReportNumber: string | null;
  };
  reasons: { primary: ReasonCode; secondary: ReasonCode[] };
  lead: Lead | null;
  voice: { pupil: Voice; parents: Voice };
  offer: Offer | null;
  notes: string | null;
  closure: Closure | null;
}

export interface Actor {
  organisation: string;
  role: 'school' | 'swv' | 'leerplicht';
  name: string | null;
}

export interface SeedEvent {
  id: string;
  type: EventType;
  occurredOn: IsoDate;
  recordedAt: string;
  actor: Actor;
  summary: string;
  data: Record<string, unknown>;
}

export interface SeedCase {
  id: string;
  data: SeedCaseData;
  createdAt: string;
  updatedAt: string;
  events: SeedEvent[];
}

/** Relative frequency of primary reasons: psychisch and schoolweigering lead, as in the field. */
const PRIMARY_REASON_WEIGHTS: Record<ReasonCode, number> = {
  psychisch: 22,
  schoolweigering: 18,
  'ontwikkeling-gedrag': 14,
  'wachten-onderwijsplek': 8,
  'onvoldoende-ondersteuning': 7,
  lichamelijk: 6,
  thuissituatie: 6,
  pesten: 5,
  spijbelen: 4,
  'wachten-zorg': 4,
  onbekend: 2.5,
  uitsluiting: 2,
  'onthouding-ouders': 1.5,
  middelengebruik: 1,
  'niet-ingeschreven': 0.5,
};

const OFFER_WEIGHTS: Record<OfferType, number> = {
  eigenSchool: 30,
  andereReguliereSchool: 14,
  speciaalOnderwijsTlv: 20,
  onderwijsZorgarrangement: 15,
  maatwerkDeeltijd: 16,
  zorgDagbesteding: 5,
};

const MEETING_WEIGHTS: Record<MeetingType, number> = {
  mdo: 35,
  casusoverleg: 25,
  zorgadviesteam: 15,
  thuiszitterstafel: 15,
  actietafel: 7,
  overig: 3,
};

const PROFESSIONALS = {
  school: ['A. van Wolde', 'S. Bakkeren', 'R. Lindeboom', 'F. Meerman', 'J. Zandhuis', 'K. Brugman'],
  swv: ['L. Vaartjes', 'N. Hovenier', 'T. Kompier'],
  leerplicht: ['E. Wieldraaijer', 'M. Schoutenbeek', 'D. Heemskerk-Aal'],
  jeugdhulp: ['B. Korenaar', 'P. Waterling'],
  jgz: ['H. Dijkgraaf-Molen'],
} as const;

const PUPIL_WISHES = [
  'Wil eerst een paar uur per week op school zijn, in een rustige ruimte.',
  'Wil graag terug naar de eigen klas, met een vaste mentor als aanspreekpunt.',
  'Wil naar een kleinere school met minder prikkels.',
  'Wil praktisch leren en graag stage lopen.',
  'Wil niet terug naar de oude school vanwege de pestsituatie.',
  'Wil eerst hulp bij de angstklachten en daarna stap voor stap terug.',
];
const PARENT_WISHES = [
  'Ouders willen duidelijkheid over wie de regie heeft.',
  'Ouders willen dat school en zorg samen één plan maken.',
  'Ouders willen een passende plek dichter bij huis.',
  'Ouders willen een geleidelijke terugkeer met thuisonderwijs als tussenstap.',
];
const NOT_HEARD_REASONS = [
  'Leerling wilde (nog) niet deelnemen aan het overleg.',
  'Volgens de behandelaar op dit moment te belastend.',
];
const NOTES = [
  'Contact met ouders verloopt goed.',
  'Wachtlijst bij de jeugdhulpaanbieder, overbrugging besproken.',
  'Afspraak met jeugdarts gepland.',
  'Leerling komt af en toe naar school voor een gesprek met de mentor.',
  'Ouders hebben hulp van het wijkteam.',
];

const HOURS_BY_OFFER: Record<OfferType, [number, number]> = {
  eigenSchool: [8, 26],
  andereReguliereSchool: [12, 26],
  speciaalOnderwijsTlv: [16, 26],
  onderwijsZorgarrangement: [6, 20],
  maatwerkDeeltijd: [4, 16],
  zorgDagbesteding: [4, 12],
};

const AGE_BY_TYPE: Record<DemoSchool['schoolType'], [number, number]> = {
  po: [6, 11],
  sbo: [7, 12],
  so: [6, 12],
  vo: [12, 17],
  vso: [12, 18],
  mbo: [16, 18],
};

/** The demo pupil of the host page: an open case at the first school, close to the norm. */
export const DEMO_PUPIL_REF = 'LVS-000123';

export interface CaseGenerationOptions {
  anchor: IsoDate;
  count: number;
  /** The SWV, its schools and municipalities; default the demo region. */
  region?: SeedRegion;
  /** School years the cases start in, counting back from the anchor's; default 2. */
  schoolYears?: number;
}

export function generateCases(random: Random, { anchor, count, region = DEMO_REGION, schoolYears = 2 }: CaseGenerationOptions): SeedCase[] {
  // Cases start in the last `schoolYears` school years: from 1 August of the first of them on.
  const windowStart = schoolYearStartingIn(schoolYearOf(anchor).startYear - (schoolYears - 1)).from;
  const schoolWeights = Object.fromEntries(region.schools.map((s) => [schoolKey(s), s.weight]));
  const schoolsByKey = new Map(region.schools.map((s) => [schoolKey(s), s]));
  const cases: SeedCase[] = [];
  for (let i = 0; i < count; i++) {
    const pupilRef = `LVS-${String(101 + i).padStart(6, '0')}`;
    const demoPupil = region === DEMO_REGION && pupilRef === DEMO_PUPIL_REF;
    const school = demoPupil ? region.schools[0]! : schoolsByKey.get(random.weighted(schoolWeights))!;
    const firstDay = demoPupil ? addDays(anchor, -74) : pickFirstDay(random, windowStart, addDays(anchor, -2));
    cases.push(generateCase(random, { anchor, pupilRef, school, firstDay, demoPupil, region }));
  }
  return cases;
}

function pickFirstDay(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  for (;;) {
    const day = addDays(from, random.int(0, daysBetween(from, to)));
    const month = Number(day.slice(5, 7));
    // Few new cases start in the summer holiday.
    if ((month === 7 || month === 8) && random.chance(0.85)) continue;
    return nextWeekday(day);
  }
}

function nextWeekday(day: IsoDate): IsoDate {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(day, 2) : weekday === 0 ? addDays(day, 1) : day;
}

interface CaseSeedInput {
  anchor: IsoDate;
  pupilRef: string;
  school: DemoSchool;
  firstDay: IsoDate;
  demoPupil: boolean;
  region: SeedRegion;
}

function generateCase(random: Random, input: CaseSeedInput): SeedCase {
  const { anchor, pupilRef, school, firstDay, demoPupil, region } = input;
  const id = random.uuid();
  const key = schoolKey(school);
  // Most pupils live in the municipality of their school; the demo pupil does (so leerplicht of
  // that municipality sees it on the demo page).
  const livesNearby = random.chance(0.8) || demoPupil;
  const municipalityCode = livesNearby
    ? school.municipalityCode
    : random.pick(region.municipalities.filter((m) => m.code !== school.municipalityCode)).code;

  const [minAge, maxAge] = AGE_BY_TYPE[school.schoolType];
  const birthYear = Number(firstDay.slice(0, 4)) - random.int(minAge, maxAge);
  const birthYearMonth = `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}`;

  const enrolled = demoPupil || random.chance(0.94);
  const authorised = !demoPupil && enrolled && random.chance(0.03);
  const exempt = !demoPupil && !authorised && random.chance(0.03);

  let primary: ReasonCode = demoPupil ? 'psychisch' : random.weighted(PRIMARY_REASON_WEIGHTS);
  if (!enrolled && random.chance(0.6)) primary = 'niet-ingeschreven';
  if (authorised) primary = 'lichamelijk';
  const secondary: ReasonCode[] = [];
  const secondaryCount = demoPupil ? 1 : random.weighted({ 0: 40, 1: 40, 2: 20 });
  while (secondary.length < Number(secondaryCount)) {
    const extra = demoPupil ? 'schoolweigering' : random.weighted(PRIMARY_REASON_WEIGHTS);
    if (extra !== primary && extra !== 'niet-ingeschreven' && !secondary.includes(extra)) secondary.push(extra);
  }

  const story = new StoryWriter(random, anchor);
  const schoolActor: Actor = { organisation: key, role: 'school', name: random.pick(PROFESSIONALS.school) };
  const swvActor: Actor = { organisation: region.swv.code, role: 'swv', name: random.pick(PROFESSIONALS.swv) };
  const leerplichtActor: Actor = { organisation: municipalityCode, role: 'leerplicht', name: random.pick(PROFESSIONALS.leerplicht) };

  const signal = minDate(addDays(firstDay, random.int(0, 8)), anchor);
  story.add('signalReceived', signal, schoolActor, 'Signaal: leerling is niet meer op school.');

  const duoReportNumber = enrolled && !authorised && random.chance(0.85) ? `VM-${random.int(1_000_000, 9_999_999)}` : null;
  if (duoReportNumber) {
    const reported = addDays(firstDay, random.int(12, 24));
    story.add('reportedToDuo', reported, schoolActor, 'Verzuimmelding gedaan bij DUO.', { reportNumber: duoReportNumber });
    if (random.chance(0.75)) {
      story.add('leerplichtInvolved', addDays(reported, random.int(3, 12)), leerplichtActor, 'Leerplichtambtenaar betrokken.');
    }
  }
  const reportedToSwv = addDays(signal, random.int(3, 18));
  story.add('reportedToSwv', reportedToSwv, schoolActor, 'Aangemeld bij het samenwerkingsverband.');

  // About one in ten reports stays without a lead for a long time: "after a report, often nothing happens".
  const hasLead = demoPupil || random.chance(0.9);
  let lead: Lead | null = null;
  const leadOn = addDays(reportedToSwv, random.int(1, 12));
  if (hasLead) {
    lead = pickLead(random, key, municipalityCode, region.swv.code, leadOn);
    story.add('leadAssigned', leadOn, actorFor(lead, swvActor, schoolActor, leerplichtActor), `Regie belegd bij ${lead.name}.`, { lead });
  }

  // Days from the first day of absence to an offer: most within the 3-month norm, a tail beyond.
  const band = random.weighted({ fast: 62, slow: 26, stuck: 12 });
  let daysToOffer = band === 'fast' ? random.int(25, 80) : band === 'slow' ? random.int(81, 130) : random.int(131, 260);
  if (!hasLead) daysToOffer += 45;
  if (demoPupil) daysToOffer = 200; // still waiting on the anchor date
  const offerMadeOn = addDays(firstDay, daysToOffer);

  // Some stories end without an offer: recovery (authorised absence), an exemption, moving away.
  // The story is cut off on that day, so no meeting or action follows the closure.
  let earlyEnd: Closure | null = null;
  let exemptionFrom: IsoDate | null = null;
  if (authorised) {
    earlyEnd = { closedOn: addDays(firstDay, random.int(40, 150)), reason: 'terugNaarSchool', note: 'Hersteld en weer op school.' };
  } else if (exempt) {
    exemptionFrom = addDays(firstDay, random.int(30, 80));
    earlyEnd = { closedOn: addDays(exemptionFrom, random.int(0, 20)), reason: 'vrijstelling', note: null };
  } else if (!demoPupil && random.chance(0.04)) {
    earlyEnd = { closedOn: addDays(firstDay, random.int(30, 120)), reason: 'verhuisd', note: 'Verhuisd buiten de regio; overgedragen.' };
  }
  if (earlyEnd) story.cutAt(earlyEnd.closedOn);

  // Meetings between the lead and the offer, every two to five weeks.
  const voice = { pupil: emptyVoice(), parents: emptyVoice() };
  let meeting = addDays(hasLead ? leadOn : reportedToSwv, random.int(5, 14));
  let meetingCount = 0;
  while (meeting < offerMadeOn && meetingCount < 5) {
    const meetingType = random.weighted(MEETING_WEIGHTS);
    const pupilHeard = random.chance(0.6);
    const participants = ['school', 'swv', ...(duoReportNumber ? ['leerplicht'] : []), ...(random.chance(0.5) ? ['jeugdhulp'] : [])];
    story.add('meetingPlanned', addDays(meeting, -random.int(5, 10)), schoolActor, `${meetingLabel(meetingType)} gepland.`, { meetingType, plannedOn: meeting });
    const held = story.add('meetingHeld', meeting, swvActor, `${meetingLabel(meetingType)} gehouden.`, { meetingType, participants, pupilHeard });
    if (held) {
      if (pupilHeard) voice.pupil = { wishes: random.pick(PUPIL_WISHES), heardOn: meeting, notHeardReason: null };
      else if (!voice.pupil.heardOn) voice.pupil = { wishes: null, heardOn: null, notHeardReason: random.pick(NOT_HEARD_REASONS) };
      if (!voice.parents.heardOn) voice.parents = { wishes: random.pick(PARENT_WISHES), heardOn: meeting, notHeardReason: null };
    }
    if (meetingCount === 0) {
      const dueOn = addDays(meeting, random.int(10, 30));
      story.add('actionAgreed', meeting, swvActor, 'Actie afgesproken.', {
        description: random.pick(['Intake bij jeugdhulp plannen', 'Onderwijsbehoeften in kaart brengen', 'Ontwikkelingsperspectief bijstellen', 'Gesprek met leerling over een tussenstap']),
        owner: lead?.name ?? schoolActor.name,
        dueOn,
      });
      if (random.chance(0.6)) story.add('actionCompleted', addDays(dueOn, random.int(-5, 5)), schoolActor, 'Actie afgerond.');
    }
    if (lead && meetingCount === 1 && random.chance(0.15)) {
      lead = pickLead(random, key, municipalityCode, region.swv.code, meeting);
      story.add('leadChanged', meeting, swvActor, `Regie overgedragen aan ${lead.name}.`, { lead });
    }
    meetingCount++;
    meeting = addDays(meeting, random.int(14, 35));
  }

  // Stuck cases go to the doorzettingsmacht after the norm has passed.
  if (daysToOffer > 110 && random.chance(0.7)) {
    story.add('escalation', addDays(firstDay, random.int(95, 108)), swvActor, 'Casus voorgelegd aan de doorzettingsmacht.');
  }

  let offer: Offer | null = null;
  let closure: Closure | null = null;
  let exemption: SeedCaseData['absence']['exemption'] = null;
  // A 5a exemption holds for one school year; it is part of the facts only once registered.
  const candidateExemption = exemptionFrom ? { ground: 'vrijstelling5a' as const, from: exemptionFrom, to: schoolYearOf(exemptionFrom).to } : null;
  if (candidateExemption && story.add('exemptionRegistered', candidateExemption.from, leerplichtActor, 'Vrijstelling 5a geregistreerd.', { exemption: candidateExemption })) {
    exemption = candidateExemption;
  }
  if (earlyEnd) {
    if (story.reached(earlyEnd.closedOn)) closure = earlyEnd;
  } else {
    const offerType = pickOfferType(random, primary, school);
    if (offerType === 'speciaalOnderwijsTlv') {
      const requested = maxDate(addDays(offerMadeOn, -random.int(25, 45)), addDays(reportedToSwv, 1));
      story.add('tlvRequested', requested, schoolActor, 'Toelaatbaarheidsverklaring aangevraagd.');
      story.add('tlvDecided', addDays(offerMadeOn, -random.int(2, 8)), swvActor, 'Toelaatbaarheidsverklaring afgegeven.', { granted: true });
    }
    const [minHours, maxHours] = HOURS_BY_OFFER[offerType];
    const candidate: Offer = { type: offerType, startDate: addDays(offerMadeOn, random.int(0, 14)), hoursPerWeek: random.int(minHours, maxHours) };
    if (story.add('offerMade', offerMadeOn, swvActor, `Aanbod: ${offerLabel(offerType)}.`, { offer: candidate })) {
      offer = candidate;
      const closedOn = addDays(offer.startDate, random.int(35, 120));
      const reason: ClosureReason = random.chance(0.08)
        ? random.weighted({ verhuisd: 5, leeftijd: 2, overig: 3 })
        : offerType === 'eigenSchool' || offerType === 'andereReguliereSchool' || offerType === 'maatwerkDeeltijd'
          ? 'terugNaarSchool'
          : 'anderePassendePlek';
      story.cutAt(closedOn);
      if (offerType === 'onderwijsZorgarrangement' || offerType === 'maatwerkDeeltijd' || offerType === 'zorgDagbesteding') {
        story.add('arrangementStarted', offer.startDate, schoolActor, 'Arrangement gestart.');
      } else {
        let hours = Math.max(4, Math.round(offer.hoursPerWeek / 2));
        let phase = addDays(offer.startDate, random.int(14, 28));
        for (let step = 0; step < 2; step++) {
          story.add('returnPhase', phase, schoolActor, `Terugleiding: ${hours} uur per week.`, { hoursPerWeek: hours });
          hours = Math.min(offer.hoursPerWeek, hours + random.int(4, 8));
          phase = addDays(phase, random.int(14, 28));
        }
      }
      if (story.reached(closedOn)) closure = { closedOn, reason, note: null };
    }
  }
  if (story.reached(addDays(firstDay, 30)) && random.chance(0.2)) {
    story.add('note', addDays(firstDay, random.int(20, 30)), schoolActor, random.pick(NOTES));
  }
  return build();

  function build(): SeedCase {
    if (closure) {
      story.add('caseClosed', closure.closedOn, swvActor, `Casus gesloten: ${closureLabel(closure.reason)}.`, { reason: closure.reason });
    }
    const events = story.events();
    // The case is registered (gemeld) a minute before the first signal is recorded; its id is derived from
    // the case's, so the random stream (and every other seeded value) stays as it was.
    const first = events[0]!;
    events.unshift({ id: derivedUuid(`${id}:caseReported`), type: 'caseReported', occurredOn: first.occurredOn, recordedAt: new Date(Date.parse(first.recordedAt) - 60_000).toISOString(), actor: schoolActor, summary: 'Casus gemeld.', data: {} });
    const data: SeedCaseData = {
      status: closure ? 'closed' : 'open',
      pupilRef,
      birthYearMonth,
      school: { brin: school.brin, vestiging: school.vestiging },
      schoolType: school.schoolType,
      municipalityCode,
      swvCode: region.swv.code,
      absence: { enrolled, firstDayOfAbsence: firstDay, authorised, exemption, duoReportNumber },
      reasons: { primary, secondary },
      lead: lead && story.reached(lead.since) ? lead : null,
      voice,
      offer,
      notes: random.chance(0.3) ? random.pick(NOTES) : null,
      closure,
    };
    return { id, data, createdAt: events[0].recordedAt, updatedAt: events[events.length - 1].recordedAt, events };
  }
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

function emptyVoice(): Voice {
  return { wishes: null, heardOn: null, notHeardReason: null };
}

function pickLead(random: Random, schoolKeyValue: string, municipalityCode: string, swvCode: string, since: IsoDate): Lead {
  const role = random.weighted({ school: 48, swv: 30, leerplicht: 14, jeugdhulp: 6, jgz: 2 }) as LeadRole;
  const organisation =
    role === 'school' ? schoolKeyValue : role === 'swv' ? swvCode : role === 'leerplicht' ? municipalityCode : role === 'jgz' ? 'GGD Voorbeeldregio' : 'Wijkteam Voorbeeldregio';
  const names = PROFESSIONALS[role as keyof typeof PROFESSIONALS] ?? PROFESSIONALS.swv;
  return { organisation, role, name: random.pick(names), since };
}

/** Who writes the lead event: the party itself when it is one of the API's roles, else the SWV. */
function actorFor(lead: Lead, swv: Actor, school: Actor, leerplicht: Actor): Actor {
  return lead.role === 'school' ? school : lead.role === 'leerplicht' ? leerplicht : swv;
}

function pickOfferType(random: Random, primary: ReasonCode, school: DemoSchool): OfferType {
  if (primary === 'wachten-onderwijsplek') return random.weighted({ speciaalOnderwijsTlv: 60, andereReguliereSchool: 25, onderwijsZorgarrangement: 15 });
  if (primary === 'wachten-zorg') return random.weighted({ onderwijsZorgarrangement: 50, zorgDagbesteding: 25, maatwerkDeeltijd: 25 });
  if (school.schoolType === 'so' || school.schoolType === 'vso') {
    return random.weighted({ eigenSchool: 35, onderwijsZorgarrangement: 30, maatwerkDeeltijd: 20, zorgDagbesteding: 15 });
  }
  return random.weighted(OFFER_WEIGHTS);
}

function meetingLabel(type: MeetingType): string {
  return { mdo: 'MDO', casusoverleg: 'Casusoverleg', zorgadviesteam: 'Zorgadviesteam', thuiszitterstafel: 'Thuiszitterstafel', actietafel: 'Actietafel', overig: 'Overleg' }[type];
}

function offerLabel(type: OfferType): string {
  return {
    eigenSchool: 'terug naar de eigen school',
    andereReguliereSchool: 'andere reguliere school',
    speciaalOnderwijsTlv: 'speciaal onderwijs met TLV',
    onderwijsZorgarrangement: 'onderwijs-zorgarrangement',
    maatwerkDeeltijd: 'maatwerk in deeltijd',
    zorgDagbesteding: 'zorg of dagbesteding',
  }[type];
}

function closureLabel(reason: ClosureReason): string {
  return {
    terugNaarSchool: 'terug naar school',
    anderePassendePlek: 'andere passende plek',
    vrijstelling: 'vrijstelling',
    verhuisd: 'verhuisd',
    leeftijd: 'einde leerplicht',
    overig: 'overig',
  }[reason];
}

/** Collects a case's events, dropping those after the anchor date ("today") or the closure. */
/** A UUID (version 5 layout) from a name: a stable id without drawing from the random stream. */
function derivedUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

class StoryWriter {
  private readonly list: SeedEvent[] = [];
  constructor(
    private readonly random: Random,
    private readonly anchor: IsoDate,
  ) {}

  /** The last day of the story: the anchor date, or an earlier closure. */
  private until: IsoDate = this.anchor;

  reached(day: IsoDate): boolean {
    return day <= this.until;
  }

  /** Ends the story on `day` (events after it never happen). */
  cutAt(day: IsoDate): void {
    if (day < this.until) this.until = day;
  }

  /** Adds the event when it happened on or before the anchor; returns whether it did. */
  add(type: EventType, occurredOn: IsoDate, actor: Actor, summary: string, data: Record<string, unknown> = {}): boolean {
    if (!this.reached(occurredOn)) return false;
    const hour = this.random.int(7, 15); // 08:00–16:59 in the Netherlands, written in UTC
    const minute = this.random.int(0, 59);
    const recordedAt = `${occurredOn}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
    this.list.push({ id: this.random.uuid(), type, occurredOn, recordedAt, actor, summary, data });
    return true;
  }

  events(): SeedEvent[] {
    return [...this.list].sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0));
  }
}
