// The worklist's filter: what <tz-case-list> shows and what a dashboard tile asks it to show
// (`tz-filter-requested`). Shared, so the dashboard names it without importing the list's files.
import { SIGNAL_TYPES, type NormStatus, type SignalType } from '@thuiszitters/domain';

/** The signals the server computes per case (see the contract's `CaseSignal`). */
export const SIGNAL_CODES = SIGNAL_TYPES;
export type SignalCode = SignalType;

/** The list's filter; also the detail of `tz-filter-requested` (a dashboard tile asks for a list). */
export interface CaseListFilter {
  /** A saved view (see PRESETS); its conditions combine with the others below. */
  preset?: CaseListPreset;
  status?: 'open' | 'closed';
  /** School as BRIN + vestiging (`12AB00`). */
  school?: string;
  /** Only cases carrying at least one of these signals. */
  signal?: SignalCode[];
  /** Only cases with (true) or without (false) a lead holder. */
  hasLead?: boolean;
  /** Only cases whose norm is in one of these states. */
  normStatus?: NormStatus[];
  /** Only cases with (true) or without (false) an overdue action. */
  actionOverdue?: boolean;
  /** Free text on `pupilRef`. */
  q?: string;
}

export const PRESETS = ['needs-attention', 'no-lead-holder', 'norm-almost-out', 'norm-exceeded', 'no-activity', 'action-overdue', 'open', 'all'] as const;
export type CaseListPreset = (typeof PRESETS)[number];

export function isPreset(value: unknown): value is CaseListPreset {
  return typeof value === 'string' && (PRESETS as readonly string[]).includes(value);
}

