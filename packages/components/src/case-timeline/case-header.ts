// The case at a glance: reference, status, classification, days at home, lead, offer and the
// 3-month norm as a progress bar. The norm state is said in words and marked by an icon and a
// pattern, never by colour alone.
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
// styleProps, not a style attribute: a strict CSP (style-src 'self') blocks style attributes.
import { styleProps } from '../base/style-props.js';
import { daysBetween, type DerivedClassification, type Locale, type NormStatus } from '@thuiszitters/domain';
import { formatDate, formatNumber } from '../i18n/locale.js';
import { labelOf } from './labels.js';
import type { CaseTimelineMessages } from './messages.js';

/** What the header reads of a case; an SDK `Case` fits. */
export interface HeaderCase {
  pupilRef?: string;
  status?: string;
  absence?: { firstDayOfAbsence?: string };
  lead?: { organisation?: string; role?: string; name?: string; since?: string } | null;
  offer?: { type?: string; startDate?: string; hoursPerWeek?: number } | null;
  closure?: { closedOn?: string; reason?: string } | null;
}

export interface NormView {
  status: NormStatus;
  /** Days of the norm period (first day of absence up to and including the deadline). */
  total: number;
  /** Days used: up to today, or up to the day the norm was met; at most `total`. */
  used: number;
  text: string;
}

/** The norm in numbers and words, from the derived classification. */
export function normView(derived: DerivedClassification, firstDay: string, m: CaseTimelineMessages, locale: Locale): NormView {
  const total = Math.max(1, daysBetween(firstDay, derived.normDeadline) + 1);
  const deadline = formatDate(derived.normDeadline, locale);
  const clamp = (n: number) => Math.min(total, Math.max(0, n));
  switch (derived.normStatus) {
    case 'met': {
      const metOn = derived.normMetOn ?? derived.normDeadline;
      return { status: 'met', total, used: clamp(daysBetween(firstDay, metOn) + 1), text: m.normMet(formatDate(metOn, locale), deadline) };
    }
    case 'exceeded':
      return { status: 'exceeded', total, used: total, text: m.normExceeded(deadline, derived.daysOverNorm ?? 0) };
    case 'almostOut':
      return { status: 'almostOut', total, used: clamp(total - (derived.daysLeft ?? 0)), text: m.normAlmostOut(deadline, derived.daysLeft ?? 0) };
    case 'notApplicable':
      return { status: 'notApplicable', total, used: 0, text: labelOf('normStatus', 'notApplicable', locale) };
    default:
      return { status: 'running', total, used: clamp(total - (derived.daysLeft ?? 0)), text: m.normRunning(deadline, derived.daysLeft ?? 0) };
  }
}

const statusIcons: Record<NormStatus, SVGTemplateResult> = {
  running: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>`,
  almostOut: svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.5"/>`,
  exceeded: svg`<circle cx="12" cy="12" r="9"/><path d="M8 8l8 8M16 8l-8 8"/>`,
  met: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12l3 3 5-6"/>`,
  notApplicable: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12h8"/>`,
};

function normIcon(status: NormStatus) {
  return html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none"
    stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${statusIcons[status]}</svg>`;
}

export function renderNorm(view: NormView, m: CaseTimelineMessages, locale: Locale): TemplateResult {
  const percent = Math.round((view.used / view.total) * 100);
  return html`<div class="norm" data-status=${view.status} part="norm norm-${view.status}">
    <div class="norm-head">
      <h3 id="tz-norm-label">${m.normHeading}</h3>
      <span class="norm-status">${normIcon(view.status)} ${labelOf('normStatus', view.status, locale)}</span>
    </div>
    <div
      class="bar"
      part="norm-bar"
      role="progressbar"
      aria-labelledby="tz-norm-label"
      aria-valuemin="0"
      aria-valuemax=${view.total}
      aria-valuenow=${view.used}
      aria-valuetext=${`${m.normProgress(view.used, view.total)}. ${view.text}`}
    >
      <span class="fill" ${styleProps({ width: `${percent}%` })}></span>
    </div>
    <p class="norm-text">
      ${view.text} <span class="norm-days">(${m.normProgress(view.used, view.total)})</span>
    </p>
  </div>`;
}

export function renderHeader(
  c: HeaderCase,
  derived: DerivedClassification | null,
  m: CaseTimelineMessages,
  locale: Locale,
): TemplateResult {
  const lead = c.lead;
  const leadText = lead
    ? m.leadSince(
        [lead.name, [labelOf('role', lead.role, locale), lead.organisation].filter(Boolean).join(', ')].filter(Boolean).join(' — '),
        formatDate(lead.since, locale),
      )
    : m.noLead;
  const offer = c.offer;
  // A case closed without a separate offer (back to school, another place) says how it ended,
  // not "no offer yet" beside a met norm.
  const closure = c.closure;
  const offerText = offer
    ? m.offerText(labelOf('offerType', offer.type, locale), formatDate(offer.startDate, locale), offer.hoursPerWeek ?? 0)
    : closure?.closedOn
      ? m.closedWithoutOffer(formatDate(closure.closedOn, locale), closure.reason ? labelOf('closureReason', closure.reason, locale) : '')
      : m.noOffer;
  const firstDay = c.absence?.firstDayOfAbsence;
  return html`<header class="case-header" part="header">
    <h2>${m.caseHeading(c.pupilRef ?? '')}</h2>
    <dl class="facts">
      <div class="fact"><dt>${m.fieldStatus}</dt><dd>${labelOf('caseStatus', c.status ?? 'open', locale)}</dd></div>
      ${derived
        ? html`<div class="fact"><dt>${m.fieldClassification}</dt><dd>${labelOf('classification', derived.classification, locale)}</dd></div>
            <div class="fact"><dt>${m.fieldDaysAtHome}</dt><dd>${m.days(derived.daysAbsent).replace(String(derived.daysAbsent), formatNumber(derived.daysAbsent, locale))}</dd></div>
            ${derived.duoReport && derived.duoReport !== 'notRequired'
              ? html`<div class="fact wide" data-duo-report=${derived.duoReport}><dt>${m.fieldDuoReport}</dt><dd class=${derived.duoReport === 'required' ? 'missing' : ''}>${labelOf('duoReport', derived.duoReport, locale)}</dd></div>`
              : nothing}`
        : nothing}
      <div class="fact wide"><dt>${m.fieldLead}</dt><dd class=${lead ? '' : 'missing'}>${leadText}</dd></div>
      <div class="fact wide"><dt>${m.fieldOffer}</dt><dd>${offerText}</dd></div>
    </dl>
    ${derived && firstDay ? renderNorm(normView(derived, firstDay, m, locale), m, locale) : nothing}
  </header>`;
}
