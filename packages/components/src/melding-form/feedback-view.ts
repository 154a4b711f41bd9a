// The live classification feedback under the absence section. Its live region exists from the
// first render, so changes to it are announced; it follows the committed values (change/blur).
import { html, type TemplateResult } from 'lit';
import { resolveProfile, type DerivationProfile, type DerivedClassification } from '@thuiszitters/domain';
import { formatDate, type Locale } from '../i18n/locale.js';
import { labelOf } from '../shared/labels.js';
import { deriveFromValues } from './feedback.js';
import type { MeldingValues } from './form-model.js';
import type { MeldingFormMessages } from './messages.js';

export function feedbackView(
  m: MeldingFormMessages,
  locale: Locale,
  committed: MeldingValues,
  profile: Partial<DerivationProfile> | null | undefined,
  todayIso: string,
): TemplateResult {
  const derived = deriveFromValues(committed, profile, todayIso);
  return html`<div class="feedback" part="feedback" aria-live="polite">
    <p class="feedback-title">${m.feedbackTitle}</p>
    ${derived
      ? html`<ul>${feedbackLines(m, locale, derived, committed.hasExemption, profile).map((line) => html`<li>${line}</li>`)}</ul>`
      : html`<p>${m.feedbackIncomplete}</p>`}
  </div>`;
}

function feedbackLines(
  m: MeldingFormMessages,
  locale: Locale,
  d: DerivedClassification,
  hasExemption: boolean,
  profile: Partial<DerivationProfile> | null | undefined,
): string[] {
  const months = resolveProfile(profile ?? {}).normMonths;
  const lines = [m.classificationLine(labelOf('classification', d.classification, locale), m.days(d.daysAbsent))];
  if (d.classification === 'relatief') lines.push(m.lrvFrom(formatDate(d.lrvThresholdDate, locale)));
  if (d.duoReport === 'required' || d.duoReport === 'notYetRequired') lines.push(labelOf('duoReport', d.duoReport, locale));
  if (d.isThuiszitter) lines.push(m.thuiszitter);
  if (d.classification === 'vrijgesteld') lines.push(m.hintExempt);
  else if (d.classification === 'geoorloofd') lines.push(m.hintAuthorised);
  else if (d.classification === 'nietLeerplichtig') lines.push(m.hintNotCompulsory);
  if (d.normStatus === 'exceeded') lines.push(m.normExceeded(months, formatDate(d.normDeadline, locale), m.days(d.daysOverNorm ?? 0)));
  else if (d.daysLeft !== null) lines.push(m.normRunning(months, formatDate(d.normDeadline, locale), m.days(d.daysLeft)));
  if (hasExemption && d.classification !== 'vrijgesteld') lines.push(m.normExtended);
  return lines;
}
