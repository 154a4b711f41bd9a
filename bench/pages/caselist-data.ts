// `count` open cases for the case-list pages (the shape of openapi/examples/case-list.json),
// deterministic, with signals as the server sends them. The bench keeps its own generator so it
// does not depend on the element's test fixtures.
import { SIGNAL_LABELS, addDays, daysBetween, type SignalType } from '@thuiszitters/domain';

export const LIST_TODAY = '2026-11-20';

export interface BenchListCase {
  id: string;
  status: 'open';
  pupilRef: string;
  school: { brin: string; vestiging: string };
  lead: { organisation: string; role: string; name: string; since: string } | null;
  absence: { firstDayOfAbsence: string };
  derived: { normStatus: string; normDeadline: string; daysLeft: number | null; daysOverNorm: number | null };
  lastActivityOn: string | null;
  signals: { type: SignalType; label: { nl: string; en: string }; explanation: { nl: string; en: string } }[];
}

const SCHOOLS = ['12AB', '14CD', '16EF', '18GH', '20IJ'];

export function benchCases(count: number): BenchListCase[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const first = addDays('2026-05-01', (n * 7) % 200);
    const deadline = addDays(first, 91);
    const left = daysBetween(LIST_TODAY, deadline);
    const normStatus = left < 0 ? 'exceeded' : left <= 14 ? 'almostOut' : 'running';
    const lead = n % 3 !== 0;
    const types: SignalType[] = [
      ...(normStatus === 'exceeded' ? (['normExceeded'] as const) : normStatus === 'almostOut' ? (['normAlmostOut'] as const) : []),
      ...(lead ? [] : (['noLeadHolder'] as const)),
      ...(n % 4 === 1 ? (['noActivity'] as const) : []),
    ];
    return {
      id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
      status: 'open',
      pupilRef: `LVS-${String(100000 + n)}`,
      school: { brin: SCHOOLS[n % SCHOOLS.length], vestiging: '00' },
      lead: lead ? { organisation: 'Samenwerkingsverband Voorbeeldregio', role: 'swv', name: `Consulent ${n % 7}`, since: addDays(first, 10) } : null,
      absence: { firstDayOfAbsence: first },
      derived: { normStatus, normDeadline: deadline, daysLeft: normStatus === 'exceeded' ? null : left, daysOverNorm: normStatus === 'exceeded' ? -left : null },
      lastActivityOn: addDays(LIST_TODAY, -((n * 5) % 40)),
      signals: types.map((type) => ({ type, label: SIGNAL_LABELS[type], explanation: { nl: SIGNAL_LABELS[type].nl, en: SIGNAL_LABELS[type].en } })),
    };
  });
}

/** The same texts every page shows per row, so the peers do the same work as the element. */
export function rowTexts(c: BenchListCase) {
  const d = c.derived;
  const norm =
    d.normStatus === 'exceeded' ? `${d.daysOverNorm} dagen overschreden` : d.normStatus === 'almostOut' ? `bijna verlopen: nog ${d.daysLeft} dagen` : `nog ${d.daysLeft} dagen`;
  const used = d.normStatus === 'exceeded' ? 100 : Math.round(((91 - (d.daysLeft ?? 0)) / 92) * 100);
  return {
    pupil: c.pupilRef,
    school: `${c.school.brin}${c.school.vestiging}`,
    lead: c.lead ? `${c.lead.name}, ${c.lead.organisation}` : 'Geen regiehouder',
    norm,
    used,
    deadline: `uiterlijk ${d.normDeadline}`,
    activity: c.lastActivityOn ? `${daysBetween(c.lastActivityOn, LIST_TODAY)} dagen geleden` : 'nog geen',
    signals: c.signals.map((s) => s.label.nl),
  };
}
