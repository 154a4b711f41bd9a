import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from './profile.js';
import { caseSignals, openActionDueDates, SIGNAL_LABELS, SIGNAL_TYPES, signalTypes, type SignalFacts } from './signals.js';

const TODAY = '2026-11-16';
const facts = (over: Partial<SignalFacts> = {}): SignalFacts => ({
  status: 'open',
  reportedOn: '2026-11-10',
  hasLead: true,
  lastActivityOn: '2026-11-10',
  nextActionDueOn: null,
  duplicateOpenCase: false,
  derived: { normStatus: 'running', normDeadline: '2027-01-10', daysLeft: 55, daysOverNorm: null },
  ...over,
});

describe('worklist signals', () => {
  it('has profile defaults: no lead holder after 14 days, no activity after 21', () => {
    expect(DEFAULT_PROFILE.noLeadHolderDays).toBe(14);
    expect(DEFAULT_PROFILE.noActivityDays).toBe(21);
  });

  it('raises noLeadHolder from the Nth day after the report, with the profile threshold', () => {
    expect(signalTypes(facts({ hasLead: false, reportedOn: '2026-11-03', lastActivityOn: TODAY }), {}, TODAY)).toEqual([]);
    expect(signalTypes(facts({ hasLead: false, reportedOn: '2026-11-02', lastActivityOn: TODAY }), {}, TODAY)).toEqual(['noLeadHolder']);
    expect(signalTypes(facts({ hasLead: false, reportedOn: '2026-11-09', lastActivityOn: TODAY }), { noLeadHolderDays: 7 }, TODAY)).toEqual(['noLeadHolder']);
  });

  it('raises noActivity after more than N days without a recorded event (the report counts as one)', () => {
    expect(signalTypes(facts({ lastActivityOn: '2026-10-26' }), {}, TODAY)).toEqual([]);
    expect(signalTypes(facts({ lastActivityOn: '2026-10-25' }), {}, TODAY)).toEqual(['noActivity']);
    expect(signalTypes(facts({ lastActivityOn: null, reportedOn: '2026-10-25' }), {}, TODAY)).toEqual(['noActivity']);
  });

  it('follows the derived norm, overdue actions and duplicates; a closed case raises nothing', () => {
    expect(signalTypes(facts({ derived: { normStatus: 'almostOut', normDeadline: '2026-11-20', daysLeft: 4, daysOverNorm: null } }), {}, TODAY)).toEqual(['normAlmostOut']);
    expect(signalTypes(facts({ derived: { normStatus: 'exceeded', normDeadline: '2026-11-01', daysLeft: null, daysOverNorm: 15 } }), {}, TODAY)).toEqual(['normExceeded']);
    expect(signalTypes(facts({ nextActionDueOn: TODAY }), {}, TODAY)).toEqual([]);
    expect(signalTypes(facts({ nextActionDueOn: '2026-11-15' }), {}, TODAY)).toEqual(['actionOverdue']);
    expect(signalTypes(facts({ duplicateOpenCase: true }), {}, TODAY)).toEqual(['duplicateOpenCase']);
    const everything = facts({ hasLead: false, reportedOn: '2026-08-01', lastActivityOn: '2026-09-01', nextActionDueOn: '2026-10-01', duplicateOpenCase: true, derived: { normStatus: 'exceeded', normDeadline: '2026-11-01', daysLeft: null, daysOverNorm: 15 } });
    expect(signalTypes(everything, {}, TODAY)).toEqual(['noLeadHolder', 'normExceeded', 'noActivity', 'actionOverdue', 'duplicateOpenCase']);
    expect(signalTypes({ ...everything, status: 'closed' }, {}, TODAY)).toEqual([]);
  });

  it('labels and explains every signal in Dutch and English, with the numbers of the case', () => {
    const all = facts({ hasLead: false, reportedOn: '2026-10-16', lastActivityOn: '2026-10-16', nextActionDueOn: '2026-11-01', duplicateOpenCase: true, derived: { normStatus: 'exceeded', normDeadline: '2026-11-01', daysLeft: null, daysOverNorm: 15 } });
    const signals = caseSignals(all, {}, TODAY);
    for (const s of signals) {
      expect(s.label).toEqual(SIGNAL_LABELS[s.type]);
      expect(s.explanation.nl.length).toBeGreaterThan(10);
      expect(s.explanation.en.length).toBeGreaterThan(10);
    }
    const byType = Object.fromEntries(signals.map((s) => [s.type, s.explanation]));
    expect(byType.noLeadHolder!.nl).toContain('31 dagen na de melding');
    expect(byType.normExceeded!.en).toContain('15 days ago');
    expect(byType.actionOverdue!.nl).toContain('2026-11-01');
    expect(Object.keys(SIGNAL_LABELS)).toEqual([...SIGNAL_TYPES]);
  });

  it('keeps an agreed action open until it is completed; a completion without an id completes the one due first', () => {
    const agreed = (id: string, dueOn: string, occurredOn = '2026-10-01') => ({ id, type: 'actionAgreed', occurredOn, data: { dueOn } });
    const done = (occurredOn: string, actionEventId?: string) => ({ id: `c-${occurredOn}`, type: 'actionCompleted', occurredOn, data: actionEventId ? { actionEventId } : {} });
    expect(openActionDueDates([agreed('a', '2026-11-01'), agreed('b', '2026-10-20')])).toEqual(['2026-10-20', '2026-11-01']);
    expect(openActionDueDates([agreed('a', '2026-11-01'), agreed('b', '2026-10-20'), done('2026-10-21', 'a')])).toEqual(['2026-10-20']);
    expect(openActionDueDates([agreed('a', '2026-11-01'), agreed('b', '2026-10-20'), done('2026-10-21')])).toEqual(['2026-11-01']);
    // A completion recorded before its action (by date) completes nothing that came later.
    expect(openActionDueDates([done('2026-09-01'), agreed('a', '2026-11-01')])).toEqual(['2026-11-01']);
  });
});
