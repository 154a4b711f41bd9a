// The report downloads of <tz-dashboard> (attribute `report`): the SWV's thuiszitter overview for
// the Inspectie or the municipality's leerplicht count, on a reference date, fetched through the
// SDK and written as CSV with the kit's one CSV writer (shared/csv.ts: formula-injection rule).
// A controller, so the dashboard only renders it: state (busy, error, done) lives here.
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ThuiszittersClient } from '@thuiszitters/sdk';
import type { Locale } from '../i18n/locale.js';
import { csvBlob, downloadBlob } from '../shared/download.js';
import { heading } from '../shared/heading.js';
import { csvSeparator, toCsv, type CsvRow } from '../shared/csv.js';
import { reportMessages, type ReportMessages } from './report-messages.js';

export type ReportKind = 'inspectie' | 'leerplicht';

export function isReportKind(value: unknown): value is ReportKind {
  return value === 'inspectie' || value === 'leerplicht';
}

type Inspectie = Awaited<ReturnType<ThuiszittersClient['reports']['inspectieThuiszitters']>>;
type Leerplicht = Awaited<ReturnType<ThuiszittersClient['reports']['leerplichtCount']>>;

const ARTICLES: Record<string, string> = {
  vrijstelling5a: 'art. 5a',
  vrijstelling5b: 'art. 5b',
  vrijstelling5c: 'art. 5c',
  vrijstelling15: 'art. 15',
  vervangendeLeerplicht3a: 'art. 3a (vervangende leerplicht)',
  vervangendeLeerplicht3b: 'art. 3b (vervangende leerplicht)',
};

/** Header row first, then one row per pupil. */
export function inspectieRows(report: Inspectie, m: ReportMessages): CsvRow[] {
  return [
    m.inspectieHeader.split('\t'),
    ...report.pupils.map((p) => [
      m.group(p.group),
      p.pupilRef,
      p.school,
      p.schoolType,
      p.birthYearMonth,
      p.firstDayOfAbsence,
      p.daysAbsent,
      p.exemptionGround ? ARTICLES[p.exemptionGround] ?? p.exemptionGround : '',
      p.normStatus,
      p.hasOffer ? m.yes : m.no,
    ]),
  ];
}

export function leerplichtRows(count: Leerplicht, m: ReportMessages): CsvRow[] {
  const r = m.leerplichtRow;
  return [
    m.leerplichtHeader.split('\t'),
    [r('municipality'), count.municipalityCode],
    [r('referenceDate'), count.referenceDate],
    [r('schoolYear'), count.schoolYear],
    [r('absoluutVerzuim'), count.absoluutVerzuim],
    [r('relatiefVerzuim'), count.relatiefVerzuim],
    [r('langdurigRelatiefVerzuim'), count.langdurigRelatiefVerzuim],
    ...Object.entries(count.vrijstellingen).map(([ground, n]) => [`${r('exemption')} ${ARTICLES[ground] ?? ground}`, n] as [string, number]),
  ];
}

export interface ReportExportDetail {
  report: ReportKind;
  filename: string;
  blob: Blob;
}

interface Host extends ReactiveControllerHost, HTMLElement {
  locale: Locale;
  renderRoot: HTMLElement | DocumentFragment;
}

export class ReportDownload implements ReactiveController {
  private busy = false;
  private message: { kind: 'error' | 'done'; text: string } | null = null;
  private referenceDate: string | null = null;
  private abort?: AbortController;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  private get m(): ReportMessages {
    return reportMessages[this.host.locale];
  }

  /** Fetches the report, writes the CSV and fires cancelable `tz-report-export` before downloading. */
  async download(kind: ReportKind, client: ThuiszittersClient, today: string): Promise<void> {
    const m = this.m;
    const referenceDate = this.referenceDate ?? today;
    this.abort?.abort();
    this.abort = new AbortController();
    this.busy = true;
    this.message = null;
    this.host.requestUpdate();
    try {
      const rows =
        kind === 'inspectie'
          ? inspectieRows(await client.reports.inspectieThuiszitters({ referenceDate }, { signal: this.abort.signal }), m)
          : leerplichtRows(await client.reports.leerplichtCount({ referenceDate }, { signal: this.abort.signal }), m);
      const filename = `${m.fileBase(kind)}-${referenceDate}.csv`;
      const blob = csvBlob(toCsv(rows, csvSeparator(this.host.locale)));
      const proceed = this.host.dispatchEvent(
        new CustomEvent<ReportExportDetail>('tz-report-export', { detail: { report: kind, filename, blob }, bubbles: true, composed: true, cancelable: true }),
      );
      if (proceed) downloadBlob(blob, filename, this.host.renderRoot);
      this.message = { kind: 'done', text: m.done(filename) };
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') return;
      this.message = { kind: 'error', text: (error as { status?: number })?.status === 403 ? m.errorForbidden : m.errorGeneric };
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  render(kind: ReportKind, idPrefix: string, headingLevel: number, client: ThuiszittersClient | undefined, today: string) {
    const m = this.m;
    const id = `${idPrefix}-report`;
    return html`<section class="report" part="report" aria-labelledby=${id}>
      ${heading({ level: headingLevel, className: 'subheading', id, fallback: 3 }, `${m.title}: ${m[kind]}`)}
      ${kind === 'inspectie' ? html`<p class="report-note">${m.note}</p>` : nothing}
      <form
        class="report-form"
        @submit=${(event: Event) => {
          event.preventDefault();
          if (client && !this.busy) void this.download(kind, client, today);
        }}
      >
        <label for=${`${id}-date`}>${m.referenceDate}</label>
        <input
          id=${`${id}-date`}
          class="report-date"
          type="date"
          max=${today}
          .value=${this.referenceDate ?? today}
          @change=${(event: Event) => (this.referenceDate = (event.target as HTMLInputElement).value || null)}
        />
        <button class="button report-download" type="submit" ?disabled=${!client} aria-disabled=${this.busy ? 'true' : 'false'}>${m.download}</button>
      </form>
      <p class="report-status" role="status">${this.busy ? m.busy : this.message?.kind === 'done' ? this.message.text : ''}</p>
      ${this.message?.kind === 'error' ? html`<p class="report-error" role="alert">${this.message.text}</p>` : nothing}
    </section>`;
  }
}
