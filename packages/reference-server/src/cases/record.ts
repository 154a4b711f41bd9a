// A case as stored (row of `cases`) and as the API shows it (`Case`), plus the need-to-know view.
import { caseSignals, todayInAmsterdam, type CaseFacts, type CaseRecord, type DerivedClassification, type Episode, type SignalFacts } from '@thuiszitters/domain';
import { mayReadReasons } from '../auth/tenancy.js';
import type { AuthContext } from '../operations/types.js';
import { derive, type Profiles } from './derive.js';

export interface CaseRow {
  id: string;
  version: number;
  status: 'open' | 'closed';
  pupil_ref: string | null;
  school_key: string;
  school_type: string;
  municipality_code: string;
  swv_code: string;
  created_at: Date | string;
  updated_at: Date | string;
  anonymised_at: Date | string | null;
  data: CaseData;
  /** Worklist columns (store/worklist.ts). */
  last_activity_on?: string | null;
  next_action_due_on?: string | null;
  /** Set by the reader (duplicateOpenIds): another open case of the SWV has this pupilRef. */
  duplicate_open?: boolean;
}

/** The writable facts plus the closure, as kept in `cases.data`. */
export interface CaseData {
  pupilRef?: string;
  birthYearMonth?: string;
  school?: { brin: string; vestiging: string };
  schoolType?: string;
  municipalityCode?: string;
  absence?: {
    enrolled: boolean;
    firstDayOfAbsence: string;
    authorised: boolean;
    exemption?: { ground: string; from: string; to: string | null } | null;
    duoReportNumber?: string | null;
  };
  reasons?: { primary: string; secondary: string[] };
  lead?: { organisation: string; role: string; name: string; since: string } | null;
  voice?: { pupil: Voice; parents: Voice };
  offer?: { type: string; startDate: string; hoursPerWeek: number } | null;
  notes?: string | null;
  closure?: { closedOn: string; reason: string; note?: string | null } | null;
  /** The day the current episode was reported (created or reopened); older rows: created_at. */
  reportedOn?: string;
  /** The school's own holiday region, copied from `schools` on every write; null = the SWV's. */
  holidayRegion?: string | null;
  /** Earlier episodes of a reopened case, oldest first (see `CaseRecord` of the domain). */
  episodes?: Episode[];
  [key: string]: unknown;
}

export interface Voice {
  wishes: string | null;
  heardOn: string | null;
  notHeardReason: string | null;
}

export type ApiCase = Record<string, unknown> & { id: string; version: number };

/** Columns every case query selects (alias `c`). */
export const CASE_COLUMNS =
  'c.id, c.version, c.status, c.pupil_ref, c.school_key, c.school_type, c.municipality_code, c.swv_code, c.created_at, c.updated_at, c.anonymised_at, c.data, c.last_activity_on, c.next_action_due_on';

const EMPTY_VOICE: Voice = { wishes: null, heardOn: null, notHeardReason: null };

export function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

export function etagOf(version: number): string {
  return `"${version}"`;
}

function factsOf(row: CaseRow): CaseFacts {
  const data = row.data;
  return {
    birthYearMonth: data.birthYearMonth ?? '',
    absence: {
      enrolled: data.absence?.enrolled ?? true,
      firstDayOfAbsence: data.absence?.firstDayOfAbsence ?? '',
      authorised: data.absence?.authorised ?? false,
      exemption: (data.absence?.exemption ?? null) as CaseFacts['absence']['exemption'],
      duoReportNumber: data.absence?.duoReportNumber ?? null,
    },
    offer: (data.offer ?? null) as CaseFacts['offer'],
    status: row.status,
    closure: (data.closure ?? null) as CaseFacts['closure'],
    holidayRegion: (data.holidayRegion ?? null) as CaseFacts['holidayRegion'],
  };
}

/** The case with its history, as `caseFigures` of the domain reads it. */
export function recordOf(row: CaseRow): CaseRecord {
  return {
    ...factsOf(row),
    reportedOn: row.data.reportedOn ?? todayInAmsterdam(new Date(row.created_at)),
    episodes: row.data.episodes ?? [],
  };
}

export function deriveRow(row: CaseRow, profiles: Profiles, on: string): DerivedClassification {
  return derive(factsOf(row), profiles.get(row.swv_code), on);
}

export { factsOf };

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
