// Human-readable text of a point field, for the comparison view, the change log and the
// conflict panel: status labels, "(leeg)" for empty texts, evidence titles, sub-item statuses.
import { ONTWERPEN_SUB_ITEMS } from '@thuiszitters/domain';
import { labelOf } from '../shared/labels.js';
import type { Locale } from '../i18n/locale.js';
import { isAssessmentStatus, type PointField } from './assessment-model.js';
import { messages } from './messages.js';

export function fieldLabel(field: PointField | string, locale: Locale): string {
  const m = messages[locale];
  switch (field) {
    case 'status':
      return m.fieldStatus;
    case 'owner':
      return m.fieldOwner;
    case 'note':
      return m.fieldNote;
    case 'evidence':
      return m.fieldEvidence;
    case 'subItems':
      return m.fieldSubItems;
    default:
      return field;
  }
}

export function formatFieldValue(field: PointField | string, value: unknown, locale: Locale): string {
  const m = messages[locale];
  if (value === null || value === undefined || value === '') return m.empty;
  if (field === 'status' && isAssessmentStatus(value)) return labelOf('assessmentStatus', value, locale);
  if (field === 'evidence' && Array.isArray(value)) {
    if (value.length === 0) return m.empty;
    return value.map((e: { title?: unknown }) => String(e?.title ?? '')).join('; ');
  }
  if (field === 'subItems' && Array.isArray(value)) {
    return value
      .map((s: { key?: unknown; status?: unknown }) => {
        const item = ONTWERPEN_SUB_ITEMS.find((i) => i.key === s?.key);
        const status = isAssessmentStatus(s?.status) ? labelOf('assessmentStatus', s.status, locale) : String(s?.status);
        return `${item ? item.label[locale] : String(s?.key)}: ${status}`;
      })
      .join('; ');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
