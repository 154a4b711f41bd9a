// The warning under free-text fields (notes, summaries, wishes) when the text holds a number
// that passes the BSN elfproef. The kit promises that no BSN is stored, so it says so while the
// user writes; it does not block sending (a phone or file number can pass the test by chance).
// One checker (the domain's findBsnLike), one template and one text for every element.
import { css, html, nothing, type TemplateResult } from 'lit';
import { findBsnLike } from '@thuiszitters/domain';
import type { Locale, Translations } from '../i18n/locale.js';

interface BsnWarningMessages {
  [key: string]: string | ((...args: never[]) => string);
  prefix: string;
  found: (numbers: string) => string;
}

export const bsnWarningMessages: Translations<BsnWarningMessages> = {
  nl: {
    prefix: 'Let op:',
    found: (numbers) => `${numbers} kan een BSN zijn. Een BSN hoort hier niet: haal het nummer weg.`,
  },
  en: {
    prefix: 'Warning:',
    found: (numbers) => `${numbers} could be a citizen service number (BSN). A BSN does not belong here: remove the number.`,
  },
};

/** The warning text for `value`, or '' when it holds nothing that passes the elfproef. */
export function bsnWarningText(value: string, locale: Locale): string {
  const found = findBsnLike(value);
  return found.length > 0 ? bsnWarningMessages[locale].found(found.join(', ')) : '';
}

/** The id to add to the control's aria-describedby while the warning shows. */
export const bsnWarningId = (fieldId: string) => `${fieldId}-bsn`;

/**
 * The warning region of a field. It is always rendered (a polite live region must exist before
 * its text changes to be announced); it is empty while there is nothing to warn about.
 */
export function renderBsnWarning(fieldId: string, warning: string, locale: Locale): TemplateResult {
  return html`<p class="bsn-warning" id=${bsnWarningId(fieldId)} aria-live="polite">${warning
    ? html`<span class="visually-hidden">${bsnWarningMessages[locale].prefix} </span>${warning}`
    : nothing}</p>`;
}

export const bsnWarningStyles = css`
  .bsn-warning {
    margin: var(--_space-xs) 0;
    padding: var(--_space-xs) var(--_space-s);
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
    color: var(--_text);
  }
  /* Empty, it takes no room but stays in the accessibility tree (a hidden live region is not announced). */
  .bsn-warning:empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  @media (forced-colors: active) {
    .bsn-warning {
      border-inline-start-color: CanvasText;
    }
  }
`;
