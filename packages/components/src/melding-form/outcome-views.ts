// What the melding form shows after sending: the confirmation, or the failure with a retry;
// and the states before the form can show (loading, a message with an optional retry).
import { html, nothing, type TemplateResult } from 'lit';
import { CLASSIFICATION_LABELS, type DerivedClassification } from '@thuiszitters/domain';
import type { Case } from '@thuiszitters/sdk';
import type { Locale } from '../i18n/locale.js';
import { labelOf } from '../shared/labels.js';
import type { MeldingFormMessages } from './messages.js';
import type { FailureKind } from './submission.js';


export function failureView(m: MeldingFormMessages, failure: { kind: FailureKind; detail?: string }, retry: () => void): TemplateResult {
  const text = {
    network: failure.detail ?? m.failedNetwork,
    server: m.failedServer,
    forbidden: m.failedForbidden,
    other: m.failedOther(failure.detail ?? ''),
  }[failure.kind];
  const canRetry = failure.kind === 'network' || failure.kind === 'server';
  return html`<div class="state error" part="failure" role="alert">
    <p class="state-title">${m.failedTitle}</p>
    <p>${text}</p>
    ${canRetry ? html`<button type="button" class="button secondary" @click=${retry}>${m.retry}</button>` : nothing}
  </div>`;
}

export function confirmationView(
  m: MeldingFormMessages,
  locale: Locale,
  saved: Case,
  how: 'created' | 'updated',
  pupilRef: string,
  next: () => void,
): TemplateResult {
  const ref = saved.pupilRef ?? pupilRef;
  const derived = (saved as { derived?: DerivedClassification }).derived;
  return html`<section class="confirmation panel" part="confirmation" aria-labelledby="done-title">
    <h2 id="done-title" tabindex="-1">${how === 'created' ? m.createdTitle : m.updatedTitle}</h2>
    <p>${how === 'created' ? m.createdText(ref) : m.updatedText(ref)}</p>
    ${derived?.classification && CLASSIFICATION_LABELS[derived.classification]
      ? html`<p>${m.classificationLine(labelOf('classification', derived.classification, locale), m.days(derived.daysAbsent))}</p>`
      : nothing}
    <div class="actions">
      <button type="button" class="button" @click=${next}>${how === 'created' ? m.newReport : m.backToForm}</button>
    </div>
  </section>`;
}

export function stateView(text: string, error: boolean, retry: (() => void) | undefined, retryLabel: string): TemplateResult {
  return html`<div class="state ${error ? 'error' : ''}" role=${error ? 'alert' : 'status'}>
    <p class="state-title">${text}</p>
    ${retry ? html`<button type="button" class="button secondary" @click=${retry}>${retryLabel}</button>` : nothing}
  </div>`;
}

export function skeletonView(text: string): TemplateResult {
  return html`<div class="state" role="status" aria-busy="true">
    <p class="state-title">${text}</p>
    <div class="skeleton skeleton-line"></div>
  </div>`;
}
