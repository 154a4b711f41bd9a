import { describe, expect, it } from 'vitest';
import * as labels from './labels.js';
import {
  ASSESSMENT_STATUSES,
  CLASSIFICATION_CODES,
  CLOSURE_REASONS,
  COMPULSORY_EDUCATION_STATUSES,
  EVENT_TYPES,
  EXEMPTION_GROUNDS,
  LEAD_ROLES,
  LOCALES,
  MEETING_TYPES,
  NORM_STATUSES,
  OFFER_TYPES,
  SCHOOL_TYPES,
} from './types.js';

const tables: [string, labels.LabelTable<string>, readonly string[]][] = [
  ['classification', labels.CLASSIFICATION_LABELS, CLASSIFICATION_CODES],
  ['normStatus', labels.NORM_STATUS_LABELS, NORM_STATUSES],
  ['compulsoryEducation', labels.COMPULSORY_EDUCATION_LABELS, COMPULSORY_EDUCATION_STATUSES],
  ['schoolType', labels.SCHOOL_TYPE_LABELS, SCHOOL_TYPES],
  ['leadRole', labels.LEAD_ROLE_LABELS, LEAD_ROLES],
  ['offerType', labels.OFFER_TYPE_LABELS, OFFER_TYPES],
  ['closureReason', labels.CLOSURE_REASON_LABELS, CLOSURE_REASONS],
  ['exemptionGround', labels.EXEMPTION_GROUND_LABELS, EXEMPTION_GROUNDS],
  ['eventType', labels.EVENT_TYPE_LABELS, EVENT_TYPES],
  ['meetingType', labels.MEETING_TYPE_LABELS, MEETING_TYPES],
  ['assessmentStatus', labels.ASSESSMENT_STATUS_LABELS, ASSESSMENT_STATUSES],
];

describe('labels', () => {
  it.each(tables)('%s has exactly the codes of the contract, each in every locale', (_name, table, codes) => {
    expect(Object.keys(table).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      for (const locale of LOCALES) expect(table[code][locale].trim(), `${code}.${locale}`).not.toBe('');
    }
  });

  it('lists all 24 event types of the brief, and caseReported (gemeld, issue 15)', () => {
    expect(EVENT_TYPES).toHaveLength(25);
    expect(EVENT_TYPES[0]).toBe('caseReported');
  });

  it('looks a label up by locale', () => {
    expect(labels.label(labels.EVENT_TYPE_LABELS, 'offerMade', 'nl')).toBe('Aanbod gedaan');
    expect(labels.label(labels.EVENT_TYPE_LABELS, 'offerMade', 'en')).toBe('Offer made');
  });
});
