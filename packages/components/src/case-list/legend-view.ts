// What the signals in the shown rows mean: each type once, with its general explanation.
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { signalIcon } from './icons.js';
import { signalText, signalsOf, type ListCase, type SignalCode, type SignalTexts } from './list-model.js';
import type { CaseListMessages } from './messages.js';

export function renderLegend(rows: ListCase[], m: CaseListMessages, locale: Locale, texts: SignalTexts): TemplateResult | typeof nothing {
  const seen = new Map<string, { label: string; explanation: string }>();
  // The general explanation of each type: the server's names one case's days and dates.
  for (const c of rows)
    for (const s of signalsOf(c))
      if (!seen.has(s.type)) {
        const own = signalText(s, locale, texts);
        seen.set(s.type, { label: own.label, explanation: texts[s.type as SignalCode]?.explanation ?? own.explanation });
      }
  if (seen.size === 0) return nothing;
  return html`<details class="legend" part="legend">
      <summary>${m.legendTitle}</summary>
      <dl>
        ${[...seen].map(
          ([code, t]) => html`<dt>${signalIcon(code)}${t.label}</dt>
            <dd>${t.explanation}</dd>`,
        )}
      </dl>
    </details>`;
}
