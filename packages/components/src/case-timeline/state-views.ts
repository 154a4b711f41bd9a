// The timeline's states instead of a case: a message (no case, bad data, no events, no client),
// the load error (with a retry where one can help) and the loading skeleton.
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@thuiszitters/domain';
import { errorKind, errorText } from '../base/errors.js';
import type { CaseTimelineMessages } from './messages.js';

/** `error` is announced as an alert, else as a status; `quiet` is not announced at all. */
export function renderState(title: string, text: string, error = false, action?: TemplateResult, quiet = false): TemplateResult {
  return html`<div class="state ${error ? 'error' : ''}" part="state" role=${quiet ? nothing : error ? 'alert' : 'status'}>
    <p class="state-title">${title}</p>
    <p>${text}</p>
    ${action ?? nothing}
  </div>`;
}

export function renderLoadError(error: unknown, m: CaseTimelineMessages, locale: Locale, onRetry: () => void): TemplateResult {
  const kind = errorKind(error);
  if (kind === 'forbidden') return renderState(m.forbiddenTitle, m.forbiddenText, true);
  if (kind === 'notFound') return renderState(m.notFoundTitle, m.notFoundText, true);
  return renderState(
    m.errorTitle,
    errorText(error, locale, { generic: m.errorText }),
    true,
    html`<button class="button" type="button" @click=${onRetry}>${m.retry}</button>`,
  );
}

export function renderLoading(m: CaseTimelineMessages): TemplateResult {
  return html`<div class="loading" part="loading" aria-busy="true">
    <p class="visually-hidden" role="status">${m.loading}</p>
    <div class="skeleton skeleton-block"></div>
    <div class="skeleton skeleton-line"></div>
    <div class="skeleton skeleton-line"></div>
    <div class="skeleton skeleton-block"></div>
  </div>`;
}
