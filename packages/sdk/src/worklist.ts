// Typed helpers for the worklist filters of `GET /v1/cases` (issue 15): the signal types and
// sorts of the contract as values, the filter presets a worklist offers, and recognising the
// duplicate-open-case problem of `createCase`. Types come from the generated contract.
import type { CaseSort, NormStatus, Problem, SignalType } from './aliases.js';
import { ThuiszittersError } from './errors.js';
import type { QueryOf } from './types.js';

/** The query of `cases.list` without the cursor: filters, sort and limit. */
export type CaseListQuery = Omit<QueryOf<'listCases'>, 'cursor'>;

/** A tuple that holds every member of union `U` (a member added to the contract is a compile error here). */
type Exhaustive<U, T extends readonly U[]> = [U] extends [T[number]] ? T : never;

/** Every signal type of the contract, in the order the server lists a case's signals. */
export const SIGNAL_TYPES = ['noLeadHolder', 'normAlmostOut', 'normExceeded', 'noActivity', 'actionOverdue', 'duplicateOpenCase'] as const satisfies readonly SignalType[];
const _signals: Exhaustive<SignalType, typeof SIGNAL_TYPES> = SIGNAL_TYPES;

/** Every sort of `listCases` (a leading `-` is descending). */
export const CASE_SORTS = ['-createdAt', 'createdAt', 'normDeadline', '-normDeadline', 'lastActivity', '-lastActivity', 'firstDayOfAbsence', '-firstDayOfAbsence'] as const satisfies readonly CaseSort[];
const _sorts: Exhaustive<CaseSort, typeof CASE_SORTS> = CASE_SORTS;

/** Norm states a worklist filters on (`notApplicable` is no state of a running clock). */
export const WORKLIST_NORM_STATUSES = ['running', 'almostOut', 'exceeded', 'met'] as const satisfies readonly NormStatus[];

/**
 * The saved filters of a consultant's worklist, as `listCases` queries. `needsAttention`: open
 * cases with any signal, the most urgent norm first.
 */
export const WORKLIST_PRESETS = {
  needsAttention: { status: 'open', signal: [...SIGNAL_TYPES], sort: 'normDeadline' },
  noLeadHolder: { status: 'open', signal: ['noLeadHolder'], sort: 'normDeadline' },
  normAlmostOut: { status: 'open', normStatus: ['almostOut'], sort: 'normDeadline' },
  normExceeded: { status: 'open', normStatus: ['exceeded'], sort: 'normDeadline' },
  noActivity: { status: 'open', signal: ['noActivity'], sort: 'lastActivity' },
  actionOverdue: { status: 'open', actionOverdue: true, sort: 'normDeadline' },
} as const satisfies Record<string, CaseListQuery>;
export type WorklistPreset = keyof typeof WORKLIST_PRESETS;

/** The query of a preset, with `extra` filters (school, q, limit, another sort, …) on top. */
export function worklistQuery(preset: WorklistPreset, extra: CaseListQuery = {}): CaseListQuery {
  const base = WORKLIST_PRESETS[preset] as CaseListQuery;
  return { ...base, ...extra };
}

/** The problem type of `createCase` when the SWV already has an open case for the pupil. */
export const DUPLICATE_OPEN_CASE = 'https://thuiszitters.nl/problems/duplicate-open-case';

/** The 409 of a second open case for the same pupil; `problem.existingCaseId` names it when the caller may see it. */
export function isDuplicateOpenCase(error: unknown): error is ThuiszittersError & { problem: Problem & { existingCaseId?: string } } {
  return error instanceof ThuiszittersError && error.status === 409 && error.problem?.type === DUPLICATE_OPEN_CASE;
}

void _signals;
void _sorts;
