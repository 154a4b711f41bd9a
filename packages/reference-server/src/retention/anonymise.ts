// Retention: closed cases older than the SWV's retention period are anonymised. What identifies a
// pupil or holds free text goes (pupil reference, birth month, notes, voice, closure note, event
// summaries and free-text event data, names of professionals); the facts statistics count on stay
// (school, municipality, dates, reasons, offer, closure reason). Anonymised cases are no longer
// served as cases (404); the classification frozen at closure is kept for the statistics.
import { DEFAULT_PROFILE, addMonths } from '@thuiszitters/domain';
import { defaultSummary } from '../cases/events.js';
import { deriveRow } from '../cases/record.js';
import type { AnonymisedCaseData, CaseData } from '../store/cases.js';
import { loadProfiles } from '../store/reference.js';
import { closedCasesForRetention, eventsOfCase, markCaseAnonymised, rewriteEvent } from '../store/retention.js';
import type { Database } from '../storage/database.js';

export interface RetentionResult {
  anonymised: number;
  caseIds: string[];
}

/** Free-text or identifying members of event data; the rest (types, dates, offer) is kept. */
const EVENT_DATA_REMOVED = ['description', 'owner', 'escalatedTo', 'officerName', 'reportNumber', 'lead'];

function anonymisedData(data: CaseData, derived: unknown): AnonymisedCaseData {
  const {
    pupilRef: _pupilRef,
    birthYearMonth: _birthYearMonth,
    notes: _notes,
    voice: _voice,
    ...kept
  } = data;
  return {
    ...kept,
    absence: kept.absence ? { ...kept.absence, duoReportNumber: null } : kept.absence,
    lead: kept.lead ? { ...kept.lead, name: '' } : null,
    closure: kept.closure ? { ...kept.closure, note: null } : kept.closure,
    derivedAtAnonymisation: derived,
  };
}

/**
 * Anonymises every closed case whose closure lies more than `retentionMonths` (the SWV's
 * definition profile, else the national default) before `today`. Idempotent.
 */
export async function anonymiseExpiredCases(db: Database, today: string, retentionMonthsOverride?: number): Promise<RetentionResult> {
  return db.transaction(async (tx) => {
    const candidates = await closedCasesForRetention(tx);
    const profiles = await loadProfiles(tx, candidates.map((row) => row.swv_code));
    const caseIds: string[] = [];
    for (const row of candidates) {
      const months = retentionMonthsOverride ?? row.retention_months ?? DEFAULT_PROFILE.retentionMonths;
      if (addMonths(row.closed_on, months) >= today) continue;
      const derived = deriveRow(row, profiles, today);
      await markCaseAnonymised(tx, row.id, anonymisedData(row.data, derived));
      const events = await eventsOfCase(tx, row.id);
      for (const event of events) {
        const data = Object.fromEntries(Object.entries(event.data ?? {}).filter(([key]) => !EVENT_DATA_REMOVED.includes(key)));
        await rewriteEvent(tx, event.id, defaultSummary(event.type), data, { ...event.actor, name: null });
      }
      caseIds.push(row.id);
    }
    return { anonymised: caseIds.length, caseIds };
  });
}
