// The timeline's own reading of labels: a default summary is the event type's label (the
// labels themselves come from shared/labels.ts).
import { EVENT_TYPE_LABELS, type Translated } from '@thuiszitters/domain';

export { labelOf, type LabelKind } from '../shared/labels.js';

/**
 * True when `summary` is only the type's label in one of the languages: what the server stores
 * when nobody wrote a summary (and what roles without a need to know get). The view then shows
 * the label in the user's language instead of repeating it.
 */
export function isDefaultSummary(summary: string | null | undefined, type: string): boolean {
  if (!summary) return true;
  const entry = (EVENT_TYPE_LABELS as Readonly<Record<string, Translated>>)[type];
  return entry !== undefined && (summary === entry.nl || summary === entry.en);
}
