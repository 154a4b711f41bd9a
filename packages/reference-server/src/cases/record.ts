// A case as the API shows it (`Case`), with the need-to-know view; the row is store/cases.ts's.
import { caseSignals, todayInAmsterdam, type DerivedClassification, type SignalFacts } from '@thuiszitters/domain';
import type { Case } from '@thuiszitters/sdk';
import type { AuthContext } from '../auth/claims.js';
import { mayReadReasons } from '../auth/tenancy.js';
import { factsOf, type CaseRow, type Voice } from '../store/cases.js';
import { derive, type Profiles } from './derive.js';

/** The contract's `Case`: a field the contract adds or renames fails to compile here. */
export type ApiCase = Case;

const EMPTY_VOICE: Voice = { wishes: null, heardOn: null, notHeardReason: null };

export function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

export function etagOf(version: number): string {
  return `"${version}"`;
}

export function deriveRow(row: CaseRow, profiles: Profiles, on: string): DerivedClassification {
  return derive(factsOf(row), profiles.get(row.swv_code), on);
}

/** What the worklist signals of the domain read of a case row. */
export function signalFactsOf(row: CaseRow, derived: DerivedClassification): SignalFacts {
  return {
    status: row.status,
    reportedOn: row.data.reportedOn ?? todayInAmsterdam(new Date(row.created_at)),
    hasLead: Boolean(row.data.lead),
    lastActivityOn: row.last_activity_on ?? null,
    nextActionDueOn: row.next_action_due_on ?? null,
    duplicateOpenCase: row.duplicate_open ?? false,
    derived,
  };
}

/** The `Case` of the contract, with reasons/voice/notes only for roles with a need to know. */
export function toApiCase(row: CaseRow, auth: AuthContext, profiles: Profiles, on: string): ApiCase {
  const data = row.data;
  const needToKnow = mayReadReasons(auth);
  const closure = data.closure ?? null;
  const derived = deriveRow(row, profiles, on);
  const body: ApiCase = {
    id: row.id,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    status: row.status,
    pupilRef: row.pupil_ref ?? data.pupilRef,
    birthYearMonth: data.birthYearMonth,
    school: data.school ?? { brin: row.school_key.slice(0, 4), vestiging: row.school_key.slice(4) },
    schoolType: row.school_type,
    municipalityCode: row.municipality_code,
    swvCode: row.swv_code,
    absence: {
      enrolled: data.absence?.enrolled,
      firstDayOfAbsence: data.absence?.firstDayOfAbsence,
      authorised: data.absence?.authorised,
      exemption: data.absence?.exemption ?? null,
      duoReportNumber: data.absence?.duoReportNumber ?? null,
    },
    lead: data.lead ?? null,
    offer: data.offer ?? null,
    closure: closure ? { closedOn: closure.closedOn, reason: closure.reason, note: needToKnow ? (closure.note ?? null) : null } : null,
    derived,
    lastActivityOn: row.last_activity_on ?? null,
    signals: caseSignals(signalFactsOf(row, derived), profiles.get(row.swv_code), on),
    episodes: data.episodes ?? [],
  };
  if (needToKnow) {
    body.reasons = data.reasons ?? { primary: 'onbekend', secondary: [] };
    body.voice = {
      pupil: { ...EMPTY_VOICE, ...(data.voice?.pupil ?? {}) },
      parents: { ...EMPTY_VOICE, ...(data.voice?.parents ?? {}) },
    };
    body.notes = data.notes ?? null;
  }
  return body;
}
