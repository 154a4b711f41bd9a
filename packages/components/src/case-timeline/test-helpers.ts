// Deterministic cases and events for the timeline's tests and stories (controlled mode).
// Shapes follow openapi/examples/case.json and case-event-list.json.
import { addDays } from '@thuiszitters/domain';
import type { Case, CaseEvent } from '@thuiszitters/sdk';

export const CASE_ID = '3f1c2a9e-6b0d-4c57-9a1e-2d8f5b7c4e01';

export interface CaseOptions {
  firstDayOfAbsence?: string;
  offer?: { type: string; startDate: string; hoursPerWeek: number } | null;
  lead?: { organisation: string; role: string; name: string; since: string } | null;
  status?: 'open' | 'closed';
  enrolled?: boolean;
}

export function makeCase(options: CaseOptions = {}): Case {
  return {
    id: CASE_ID,
    version: 4,
    createdAt: '2026-09-21T08:14:03Z',
    updatedAt: '2026-11-16T13:40:22Z',
    status: options.status ?? 'open',
    pupilRef: 'LVS-7F3K-2291',
    birthYearMonth: '2012-03',
    school: { brin: '12AB', vestiging: '00' },
    schoolType: 'vo',
    municipalityCode: 'GM0599',
    swvCode: 'VO2801',
    absence: {
      enrolled: options.enrolled ?? true,
      firstDayOfAbsence: options.firstDayOfAbsence ?? '2026-09-07',
      authorised: false,
      exemption: null,
      duoReportNumber: 'DUO-2026-448812',
    },
    reasons: { primary: 'schoolweigering', secondary: ['psychisch'] },
    lead:
      options.lead === undefined
        ? { organisation: 'Samenwerkingsverband Voorbeeldregio', role: 'swv', name: 'Fatima El Amrani', since: '2026-10-05' }
        : options.lead,
    offer: options.offer ?? null,
    notes: null,
    closure: null,
  } as unknown as Case;
}

let serial = 0;
export function makeEvent(
  type: string,
  occurredOn: string,
  summary: string,
  options: { role?: string; organisation?: string; name?: string | null; data?: Record<string, unknown>; id?: string } = {},
): CaseEvent {
  serial++;
  return {
    id: options.id ?? `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    caseId: CASE_ID,
    type,
    occurredOn,
    recordedAt: `${occurredOn}T09:${String(serial % 60).padStart(2, '0')}:00Z`,
    actor: {
      organisation: options.organisation ?? (options.role === 'swv' ? 'VO2801' : options.role === 'leerplicht' ? 'GM0599' : '12AB00'),
      role: options.role ?? 'school',
      name: options.name === undefined ? 'Joris de Vries' : options.name,
    },
    summary,
    data: options.data ?? {},
    derived: false,
  } as unknown as CaseEvent;
}

/** A realistic short story: six recorded events over three months (no derived ones: the element computes them). */
export function storyEvents(): CaseEvent[] {
  return [
    makeEvent('signalReceived', '2026-09-14', 'Signaal van de mentor: leerling komt niet meer.', { data: { source: 'school' } }),
    makeEvent('reportedToDuo', '2026-09-18', 'Verzuimmelding gedaan bij DUO.', { data: { reportNumber: 'DUO-2026-448812' } }),
    makeEvent('leadAssigned', '2026-10-05', 'SWV-consulent neemt de regie.', {
      role: 'swv',
      name: 'Fatima El Amrani',
      data: { lead: { organisation: 'Samenwerkingsverband Voorbeeldregio', role: 'swv', name: 'Fatima El Amrani', since: '2026-10-05' } },
    }),
    makeEvent('meetingHeld', '2026-10-12', 'MDO met ouders en leerling; wens: kleinere klas.', {
      role: 'swv',
      name: 'Fatima El Amrani',
      data: { meetingType: 'mdo', participants: ['school', 'swv', 'ouders', 'leerling'], pupilHeard: true },
    }),
    makeEvent('actionAgreed', '2026-10-12', 'Aanmelding bij de jeugdarts.', {
      role: 'swv',
      name: 'Fatima El Amrani',
      data: { description: 'Aanmelden bij de jeugdarts', owner: 'School (zorgcoördinator)', dueOn: '2026-10-26' },
    }),
    makeEvent('leerplichtInvolved', '2026-11-02', 'Leerplichtambtenaar sluit aan bij het volgende overleg.', {
      role: 'leerplicht',
      name: 'Sanne Bakker',
      data: { officerName: 'Sanne Bakker' },
    }),
  ];
}

const MANY_TYPES = ['note', 'meetingHeld', 'actionAgreed', 'actionCompleted', 'meetingPlanned'] as const;
const MANY_ROLES = ['school', 'swv', 'leerplicht'] as const;

/** `count` events, one or more a day from `firstDay` on, cycling types and parties (for the 2,000-event case). */
export function manyEvents(count: number, firstDay = '2021-01-04'): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (let i = 0; i < count; i++) {
    const type = MANY_TYPES[i % MANY_TYPES.length];
    const role = MANY_ROLES[i % MANY_ROLES.length];
    const data =
      type === 'meetingHeld'
        ? { meetingType: 'casusoverleg', participants: ['school', role], pupilHeard: i % 2 === 0 }
        : type === 'actionAgreed'
          ? { description: `Actie ${i + 1}`, owner: 'School', dueOn: addDays(firstDay, i + 14) }
          : type === 'meetingPlanned'
            ? { meetingType: 'mdo', plannedOn: addDays(firstDay, i + 7) }
            : {};
    events.push(
      makeEvent(type, addDays(firstDay, Math.floor(i * 0.9)), `Gebeurtenis ${i + 1}: ${type}`, {
        id: `10000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
        role,
        name: role === 'school' ? 'Joris de Vries' : role === 'swv' ? 'Fatima El Amrani' : 'Sanne Bakker',
        data,
      }),
    );
  }
  return events;
}
