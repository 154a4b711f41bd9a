// A case and `count` events for the timeline pages (shapes of openapi/examples/case.json and
// case-event-list.json), deterministic. The bench keeps its own generator so it does not depend
// on the element's test helpers.
import { addDays } from '@thuiszitters/domain';
import type { Case, CaseEvent } from '@thuiszitters/sdk';

const CASE_ID = '3f1c2a9e-6b0d-4c57-9a1e-2d8f5b7c4e01';

export function benchCase(): Case {
  return {
    id: CASE_ID,
    version: 4,
    createdAt: '2026-09-21T08:14:03Z',
    updatedAt: '2026-11-16T13:40:22Z',
    status: 'open',
    pupilRef: 'LVS-7F3K-2291',
    birthYearMonth: '2012-03',
    school: { brin: '12AB', vestiging: '00' },
    schoolType: 'vo',
    municipalityCode: 'GM0599',
    swvCode: 'VO2801',
    absence: { enrolled: true, firstDayOfAbsence: '2026-09-07', authorised: false, exemption: null, duoReportNumber: 'DUO-2026-448812' },
    reasons: { primary: 'schoolweigering', secondary: ['psychisch'] },
    lead: { organisation: 'Samenwerkingsverband Voorbeeldregio', role: 'swv', name: 'Fatima El Amrani', since: '2026-10-05' },
    offer: null,
    notes: null,
    closure: null,
  } as unknown as Case;
}

const TYPES = ['note', 'meetingHeld', 'actionAgreed', 'actionCompleted', 'meetingPlanned'] as const;
const ROLES = [
  { role: 'school', organisation: '12AB00', name: 'Joris de Vries' },
  { role: 'swv', organisation: 'VO2801', name: 'Fatima El Amrani' },
  { role: 'leerplicht', organisation: 'GM0599', name: 'Sanne Bakker' },
] as const;

/** `count` events, about one a day, ending before `today`; types and parties cycle. */
export function benchEvents(count: number, today: string): CaseEvent[] {
  const firstDay = addDays(today, -Math.ceil(count * 0.9) - 1);
  const events: CaseEvent[] = [];
  for (let i = 0; i < count; i++) {
    const type = TYPES[i % TYPES.length];
    const actor = ROLES[i % ROLES.length];
    const occurredOn = addDays(firstDay, Math.floor(i * 0.9));
    const data =
      type === 'meetingHeld'
        ? { meetingType: 'casusoverleg', participants: ['school', actor.role], pupilHeard: i % 2 === 0 }
        : type === 'actionAgreed'
          ? { description: `Actie ${i + 1}`, owner: 'School', dueOn: addDays(occurredOn, 14) }
          : type === 'meetingPlanned'
            ? { meetingType: 'mdo', plannedOn: addDays(occurredOn, 7) }
            : {};
    events.push({
      id: `10000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      caseId: CASE_ID,
      type,
      occurredOn,
      recordedAt: `${occurredOn}T09:${String(i % 60).padStart(2, '0')}:00Z`,
      actor: { ...actor },
      summary: `Gebeurtenis ${i + 1}: ${type}`,
      data,
      derived: false,
    } as unknown as CaseEvent);
  }
  return events;
}
