// The timeline as a CSV download: the shown (filtered, ordered) events, one row each, in the
// user's language, named after the pupil reference and the evaluation date.
import type { Case } from '@thuiszitters/sdk';
import { csvSeparator, toCsv } from '../shared/csv.js';
import { downloadCsv } from '../shared/download.js';
import { partyText, summaryText, type EntryTextContext } from './entry-text.js';
import { labelOf } from './labels.js';
import type { TimelineEntry } from './timeline-model.js';

export function downloadTimelineCsv(entries: readonly TimelineEntry[], c: Case, today: string, ctx: EntryTextContext, container: Node): void {
  const { m, locale } = ctx;
  const header = [m.fieldOccurredOn, m.fieldType, m.derived, m.filterParty, m.recordedBy, m.fieldSummary];
  const rows = entries.map((e) => [
    e.event.occurredOn,
    labelOf('eventType', e.event.type, locale),
    e.derived ? m.yes : m.no,
    partyText(e, ctx),
    e.event.actor?.name ?? '',
    summaryText(e, locale),
  ]);
  const ref = ((c as { pupilRef?: string }).pupilRef ?? 'casus').replace(/[^A-Za-z0-9._-]/g, '_');
  downloadCsv(toCsv([header, ...rows], csvSeparator(locale)), `${locale === 'nl' ? 'tijdlijn' : 'timeline'}-${ref}-${today}.csv`, container);
}
