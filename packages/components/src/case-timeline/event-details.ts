// The expandable details of one timeline event: its type-specific data as a description list,
// plus when and by whom it was recorded. Unknown data keys are shown as plain text, never dropped.
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@thuiszitters/domain';
import { formatDate, formatNumber } from '../i18n/locale.js';
import { labelOf } from './labels.js';
import type { CaseTimelineMessages } from './messages.js';
import type { TimelineEntry } from './timeline-model.js';
import { formatDateTime } from '../shared/date-time.js';

type Row = readonly [label: string, value: string];

export interface DetailContext {
  m: CaseTimelineMessages;
  locale: Locale;
  firstDayOfAbsence?: string;
  normDeadline?: string;
}

function participantLabel(role: string, m: CaseTimelineMessages, locale: Locale): string {
  if (role === 'ouders') return m.participantOuders;
  if (role === 'leerling') return m.participantLeerling;
  return labelOf('role', role, locale);
}

function str(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The rows of an event's data in display form. */
export function dataRows(entry: TimelineEntry, ctx: DetailContext): Row[] {
  const { m, locale } = ctx;
  const data = entry.event.data ?? {};
  const rows: Row[] = [];
  const date = (v: unknown) => formatDate(str(v), locale);
  const yesNo = (v: unknown) => (v === true ? m.yes : v === false ? m.no : str(v));
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined || value === '') continue;
    switch (key) {
      case 'reportNumber':
        rows.push([m.dataReportNumber, str(value)]);
        break;
      case 'meetingType':
        rows.push([m.dataMeetingType, labelOf('meetingType', str(value), locale)]);
        break;
      case 'plannedOn':
        rows.push([m.dataPlannedOn, date(value)]);
        break;
      case 'participants':
        rows.push([m.dataParticipants, (Array.isArray(value) ? value : [value]).map((r) => participantLabel(str(r), m, locale)).join(', ')]);
        break;
      case 'pupilHeard':
        rows.push([m.dataPupilHeard, yesNo(value)]);
        break;
      case 'lead': {
        const lead = value as { organisation?: string; role?: string; name?: string; since?: string };
        const who = [lead.name, [labelOf('role', lead.role, locale), lead.organisation].filter(Boolean).join(', ')].filter(Boolean);
        rows.push([m.dataLead, lead.since ? m.leadSince(who.join(' — '), formatDate(lead.since, locale)) : who.join(' — ')]);
        break;
      }
      case 'description':
        rows.push([m.dataDescription, str(value)]);
        break;
      case 'owner':
        rows.push([m.dataOwner, str(value)]);
        break;
      case 'dueOn':
        rows.push([m.dataDueOn, date(value)]);
        break;
      case 'granted':
        rows.push([m.dataGranted, yesNo(value)]);
        break;
      case 'offer': {
        const offer = value as { type?: string; startDate?: string; hoursPerWeek?: number };
        rows.push([m.dataOfferType, labelOf('offerType', offer.type, locale)]);
        if (offer.startDate) rows.push([m.dataStartDate, formatDate(offer.startDate, locale)]);
        if (typeof offer.hoursPerWeek === 'number') rows.push([m.dataHoursPerWeek, formatNumber(offer.hoursPerWeek, locale)]);
        break;
      }
      case 'hoursPerWeek':
        rows.push([m.dataHoursPerWeek, typeof value === 'number' ? formatNumber(value, locale) : str(value)]);
        break;
      case 'reason':
        rows.push([m.dataReason, labelOf('closureReason', str(value), locale)]);
        break;
      case 'officerName':
        rows.push([m.dataOfficerName, str(value)]);
        break;
      case 'escalatedTo':
        rows.push([m.dataEscalatedTo, str(value)]);
        break;
      case 'source':
        rows.push([m.dataSource, participantLabel(str(value), m, locale)]);
        break;
      case 'exemption':
        rows.push([m.dataExemption, str((value as { ground?: string }).ground ?? value)]);
        break;
      case 'actionEventId':
        break; // an internal link, not for reading
      default:
        rows.push([key, str(value)]);
    }
  }
  return rows;
}

export function renderDetails(entry: TimelineEntry, ctx: DetailContext): TemplateResult {
  const { m, locale } = ctx;
  const { event } = entry;
  if (entry.derived) {
    const text =
      event.type === 'lrvThresholdPassed' && ctx.firstDayOfAbsence
        ? m.derivedLrvExplain(formatDate(ctx.firstDayOfAbsence, locale))
        : event.type === 'normExceeded' && ctx.normDeadline
          ? m.derivedNormExplain(formatDate(ctx.normDeadline, locale))
          : m.derivedWho;
    return html`<p>${text}</p>`;
  }
  const rows: Row[] = dataRows(entry, ctx);
  const recorded = formatDateTime(event.recordedAt, locale, 'long');
  if (recorded) rows.push([m.recordedAt, recorded]);
  if (event.actor?.name) rows.push([m.recordedBy, event.actor.name]);
  if (rows.length === 0) return html`<p>${m.noDetails}</p>`;
  return html`<dl>
    ${rows.map(([label, value]) => html`<div class="row"><dt>${label}</dt><dd>${value || nothing}</dd></div>`)}
  </dl>`;
}
