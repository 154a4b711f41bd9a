// The worklist's rules, pure so they can be tested without a browser: what each preset means,
// how a filter becomes a query (connected) or a predicate (controlled), sorting, the row texts
// and the CSV of the visible list.
import { daysBetween, isIsoDate, type NormStatus } from '@thuiszitters/domain';
import { WORKLIST_PRESETS, type CaseListQuery as SdkCaseListQuery, type WorklistPreset } from '@thuiszitters/sdk';
import type { Locale } from '../i18n/locale.js';
import { formatDate } from '../i18n/locale.js';
import type { CaseListMessages } from './messages.js';

export { SIGNAL_CODES, PRESETS, isPreset, type SignalCode, type CaseListFilter, type CaseListPreset } from '../shared/case-list-filter.js';
import { PRESETS, type CaseListFilter, type CaseListPreset, type SignalCode } from '../shared/case-list-filter.js';

/** One signal of a case, as the server sends it (`CaseSignal`); a host may leave out label and explanation (the element has its own). */
export interface ListSignal {
  type: string;
  label?: string | { nl?: string; en?: string };
  explanation?: string | { nl?: string; en?: string };
}

/**
 * What the list reads of a case; an SDK `Case` fits. Everything but `id` may be missing: a role
 * without need-to-know gets fewer fields, and the list must still render.
 */
export interface ListCase {
  id: string;
  pupilRef?: string | null;
  status?: string;
  createdAt?: string;
  school?: { brin?: string; vestiging?: string; name?: string } | null;
  schoolName?: string | null;
  lead?: { organisation?: string; role?: string; name?: string | null; since?: string } | null;
  absence?: { firstDayOfAbsence?: string } | null;
  derived?: { normStatus?: string; normDeadline?: string; daysLeft?: number | null; daysOverNorm?: number | null } | null;
  lastActivityOn?: string | null;
  signals?: ListSignal[] | null;
}

/** The SDK's saved worklist filter behind each preset (one definition for SDK users and the element). */
const SDK_PRESET: Partial<Record<CaseListPreset, WorklistPreset>> = {
  'needs-attention': 'needsAttention',
  'no-lead-holder': 'noLeadHolder',
  'norm-almost-out': 'normAlmostOut',
  'norm-exceeded': 'normExceeded',
  'no-activity': 'noActivity',
  'action-overdue': 'actionOverdue',
};

/** What each preset means, as `GET /cases` filters. `needs-attention`: open cases with any signal. */
export type Conditions = Omit<CaseListFilter, 'preset'>;
function presetConditions(preset: CaseListPreset): Conditions {
  const key = SDK_PRESET[preset];
  if (!key) return preset === 'open' ? { status: 'open' } : {};
  const q = WORKLIST_PRESETS[key] as SdkCaseListQuery;
  const conditions: Conditions = {};
  if (q.status === 'open' || q.status === 'closed') conditions.status = q.status;
  if (q.signal) conditions.signal = [...q.signal];
  if (q.normStatus) conditions.normStatus = [...q.normStatus];
  if (q.hasLead !== undefined) conditions.hasLead = q.hasLead;
  if (q.actionOverdue !== undefined) conditions.actionOverdue = q.actionOverdue;
  return conditions;
}
export const PRESET_CONDITIONS = Object.fromEntries(PRESETS.map((p) => [p, presetConditions(p)])) as Record<CaseListPreset, Conditions>;

/** The order a preset is most useful in (the SDK's): the most urgent norm first, or the longest silence. */
export function presetSort(preset: CaseListPreset): CaseListSort {
  const key = SDK_PRESET[preset];
  const sort = key ? (WORKLIST_PRESETS[key] as SdkCaseListQuery).sort : undefined;
  return isSort(sort) ? sort : 'normDeadline';
}

export const SORTS = ['normDeadline', 'lastActivity', '-firstDayOfAbsence', 'firstDayOfAbsence', '-createdAt'] as const;
export type CaseListSort = (typeof SORTS)[number];
export function isSort(value: unknown): value is CaseListSort {
  return typeof value === 'string' && (SORTS as readonly string[]).includes(value);
}

/** The conditions of a filter, with its preset unfolded (explicit fields win over the preset's). */
export function conditionsOf(filter: CaseListFilter): Conditions {
  const preset = filter.preset ? PRESET_CONDITIONS[filter.preset] : {};
  const { preset: _p, ...own } = filter;
  return { ...preset, ...Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined && v !== '')) };
}

export const schoolKey = (c: ListCase) => (c.school?.brin ? `${c.school.brin}${c.school.vestiging ?? ''}` : '');
/** The signals of a case that can be shown (a host's malformed entries are left out). */
export const signalsOf = (c: ListCase): ListSignal[] => (Array.isArray(c.signals) ? c.signals.filter((s) => s && typeof s.type === 'string') : []);
export const signalCodes = (c: ListCase): string[] => signalsOf(c).map((s) => s.type);

/** Controlled mode: does a case pass the filter? Same meaning as the server's query. */
export function matches(c: ListCase, filter: CaseListFilter): boolean {
  const f = conditionsOf(filter);
  if (f.status && (c.status ?? 'open') !== f.status) return false;
  if (f.school && schoolKey(c) !== f.school) return false;
  const codes = signalCodes(c);
  if (f.signal?.length && !f.signal.some((code) => codes.includes(code))) return false;
  if (f.hasLead !== undefined && Boolean(c.lead) !== f.hasLead) return false;
  if (f.actionOverdue !== undefined && codes.includes('actionOverdue') !== f.actionOverdue) return false;
  if (f.normStatus?.length && !f.normStatus.includes(c.derived?.normStatus as NormStatus)) return false;
  if (f.q && !(c.pupilRef ?? '').toLowerCase().includes(f.q.toLowerCase())) return false;
  return true;
}

const FAR = '9999-12-31';
/** Sort keys: missing dates last (deadline, newest) or first (activity: never = longest ago). */
export function compareCases(sort: CaseListSort): (a: ListCase, b: ListCase) => number {
  // ISO dates and ids order correctly by code unit: a plain comparison, ten times cheaper than
  // localeCompare over 5,000 cases.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const by = (key: (c: ListCase) => string, dir: 1 | -1) => (a: ListCase, b: ListCase) => dir * cmp(key(a), key(b)) || cmp(a.id, b.id);
  switch (sort) {
    case 'lastActivity':
      return by((c) => c.lastActivityOn ?? '', 1);
    case '-firstDayOfAbsence':
      return by((c) => c.absence?.firstDayOfAbsence ?? '', -1);
    case 'firstDayOfAbsence':
      return by((c) => c.absence?.firstDayOfAbsence ?? FAR, 1);
    case '-createdAt':
      return by((c) => c.createdAt ?? '', -1);
    default:
      return by((c) => c.derived?.normDeadline ?? FAR, 1);
  }
}

/** Controlled mode: the host's cases, filtered and sorted like the server would. */
export function applyLocally(cases: readonly ListCase[], filter: CaseListFilter, sort: CaseListSort): ListCase[] {
  return cases.filter((c) => matches(c, filter)).sort(compareCases(sort));
}

/** The query of `GET /cases` (the SDK's `cases.list`): the contract's, with a sort and a page size always set. */
export type CaseListQuery = Pick<SdkCaseListQuery, 'status' | 'school' | 'signal' | 'hasLead' | 'normStatus' | 'actionOverdue' | 'q'> & {
  sort: CaseListSort;
  limit: number;
};

/** Connected mode: the filter and sort as `GET /cases` query parameters. */
export function toQuery(filter: CaseListFilter, sort: CaseListSort, limit: number): CaseListQuery {
  const f = conditionsOf(filter);
  const query: CaseListQuery = { sort, limit };
  if (f.status) query.status = f.status;
  if (f.school) query.school = f.school;
  if (f.signal?.length) query.signal = [...f.signal];
  if (f.hasLead !== undefined) query.hasLead = f.hasLead;
  if (f.normStatus?.length) query.normStatus = [...f.normStatus];
  if (f.actionOverdue !== undefined) query.actionOverdue = f.actionOverdue;
  if (f.q) query.q = f.q;
  return query;
}

/** Checks host data; returns the usable cases and the first problem (`field: problem`) if any. */
export function checkCases(value: unknown): { cases: ListCase[]; problem: string | null } {
  if (!Array.isArray(value)) return { cases: [], problem: `cases: expected an array, got ${value === null ? 'null' : typeof value}` };
  const cases: ListCase[] = [];
  let problem: string | null = null;
  for (const [i, item] of value.entries()) {
    if (typeof item !== 'object' || item === null || typeof (item as { id?: unknown }).id !== 'string') {
      problem ??= `cases[${i}].id: expected an object with a string id`;
      continue;
    }
    cases.push(item as ListCase);
  }
  return { cases, problem };
}

const textOf = (value: ListSignal['label'], locale: Locale): string | undefined =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? (value[locale] ?? undefined) : undefined;

/** The label and explanation of a signal: the server's in the active language, else the element's own. */
export function signalText(signal: ListSignal, locale: Locale, own: SignalTexts): { label: string; explanation: string } {
  const fallback = own[signal.type as SignalCode];
  return {
    label: textOf(signal.label, locale) ?? fallback?.label ?? signal.type,
    explanation: textOf(signal.explanation, locale) ?? fallback?.explanation ?? '',
  };
}

export type SignalTexts = Record<SignalCode, { label: string; explanation: string }>;

export interface NormCell {
  status: string;
  /** 0–100: how much of the 3-month norm is used. */
  percent: number;
  text: string;
  deadline: string;
}

/** The norm bar's width and words; a case without derived facts gets a dash. */
export function normCell(c: ListCase, today: string, m: CaseListMessages, locale: Locale): NormCell | null {
  const d = c.derived;
  if (!d || typeof d.normStatus !== 'string') return null;
  const deadline = isIsoDate(d.normDeadline ?? '') ? d.normDeadline! : '';
  const first = c.absence?.firstDayOfAbsence;
  const total = deadline && first && isIsoDate(first) ? Math.max(1, daysBetween(first, deadline) + 1) : 0;
  const left = typeof d.daysLeft === 'number' ? d.daysLeft : deadline && isIsoDate(today) ? Math.max(0, daysBetween(today, deadline)) : 0;
  const used = total ? Math.min(total, Math.max(0, total - left)) : 0;
  const percent = d.normStatus === 'exceeded' ? 100 : total ? Math.round((used / total) * 100) : 0;
  const text =
    d.normStatus === 'exceeded'
      ? m.normExceeded(d.daysOverNorm ?? 0)
      : d.normStatus === 'almostOut'
        ? m.normAlmostOut(left)
        : d.normStatus === 'met'
          ? m.normMet
          : d.normStatus === 'notApplicable'
            ? m.normNotApplicable
            : m.normRunning(left);
  return { status: d.normStatus, percent: d.normStatus === 'met' ? 100 : percent, text, deadline: deadline ? formatDate(deadline, locale) : '' };
}

/** Last activity as "12 dagen geleden" plus the date. */
export function activityText(c: ListCase, today: string, m: CaseListMessages, locale: Locale): { text: string; date: string } {
  const on = c.lastActivityOn;
  if (!on || !isIsoDate(on.slice(0, 10))) return { text: m.noActivity, date: '' };
  const day = on.slice(0, 10);
  const ago = isIsoDate(today) ? Math.max(0, daysBetween(day, today)) : null;
  return { text: ago === null ? formatDate(day, locale) : m.daysAgo(ago), date: formatDate(day, locale) };
}

export function leadText(c: ListCase, m: CaseListMessages): string | null {
  const lead = c.lead;
  if (!lead) return null;
  return [lead.name, lead.organisation].filter((v): v is string => typeof v === 'string' && v.length > 0).join(', ') || m.unknown;
}

export function schoolText(c: ListCase, names: ReadonlyMap<string, string>): string {
  const key = schoolKey(c);
  const name = c.school?.name ?? c.schoolName ?? names.get(key);
  return name ? `${name} (${key})` : key || '–';
}
