// The domain's enum lists (@thuiszitters/domain) are the contract's enums: checked as types
// against the generated schema (tsc, `npm test` step "TypeScript") and as values against
// openapi/thuiszitters.yaml (vitest), so neither side can gain or lose a member alone. The same
// for the one contract type the domain keeps its own copy of, `DefinitionProfile`: the domain
// depends on no package (architecture.md), so it cannot import the SDK's generated one.
import {
  ABSENCE_COUNTINGS,
  AFTER_EXEMPTION,
  DEFAULT_PROFILE,
  LRV_COMPARISONS,
  OFFER_MEETS_NORM,
  REOPENED_CASE,
  type DefinitionProfile,
  ASSESSMENT_STATUSES,
  AUDIT_ACTIONS,
  CASE_STATUSES,
  CLASSIFICATION_CODES,
  CLOSURE_REASONS,
  COMPULSORY_EDUCATION_STATUSES,
  DUO_REPORT_STATUSES,
  EVENT_TYPES,
  EXEMPTION_GROUNDS,
  HOLIDAY_REGIONS,
  LEAD_ROLES,
  MEETING_TYPES,
  NORM_STATUSES,
  OFFER_TYPES,
  ORGANISATION_TYPES,
  SCHOOL_TYPES,
  USER_ROLES,
} from '@thuiszitters/domain';
import type { components } from '@thuiszitters/sdk';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Role } from '../src/auth/claims.js';
import { defaultSpecPath } from '../src/config.js';
import { loadSpec } from '../src/http/spec.js';
import type { AuditEntry } from '../src/store/audit.js';

type S = components['schemas'];
type Member<T extends readonly unknown[]> = T[number];

/** Domain list → the contract schema whose enum it must equal. */
const PAIRS = {
  CaseStatus: CASE_STATUSES,
  SchoolType: SCHOOL_TYPES,
  LeadRole: LEAD_ROLES,
  UserRole: USER_ROLES,
  ClosureReason: CLOSURE_REASONS,
  Classification: CLASSIFICATION_CODES,
  CompulsoryEducation: COMPULSORY_EDUCATION_STATUSES,
  NormStatus: NORM_STATUSES,
  DuoReportStatus: DUO_REPORT_STATUSES,
  HolidayRegion: HOLIDAY_REGIONS,
  MeetingType: MEETING_TYPES,
  CaseEventType: EVENT_TYPES,
  RoutekaartStatus: ASSESSMENT_STATUSES,
  AuditAction: AUDIT_ACTIONS,
  OfferType: OFFER_TYPES,
  ExemptionGround: EXEMPTION_GROUNDS,
} as const;

describe('the domain enums are the contract enums', () => {
  it('as types (generated schema)', () => {
    expectTypeOf<Member<typeof CASE_STATUSES>>().toEqualTypeOf<S['CaseStatus']>();
    expectTypeOf<Member<typeof SCHOOL_TYPES>>().toEqualTypeOf<S['SchoolType']>();
    expectTypeOf<Member<typeof LEAD_ROLES>>().toEqualTypeOf<S['LeadRole']>();
    expectTypeOf<Member<typeof USER_ROLES>>().toEqualTypeOf<S['UserRole']>();
    expectTypeOf<Member<typeof CLOSURE_REASONS>>().toEqualTypeOf<S['ClosureReason']>();
    expectTypeOf<Member<typeof CLASSIFICATION_CODES>>().toEqualTypeOf<S['Classification']>();
    expectTypeOf<Member<typeof COMPULSORY_EDUCATION_STATUSES>>().toEqualTypeOf<S['CompulsoryEducation']>();
    expectTypeOf<Member<typeof NORM_STATUSES>>().toEqualTypeOf<S['NormStatus']>();
    expectTypeOf<Member<typeof DUO_REPORT_STATUSES>>().toEqualTypeOf<S['DuoReportStatus']>();
    expectTypeOf<Member<typeof HOLIDAY_REGIONS>>().toEqualTypeOf<S['HolidayRegion']>();
    expectTypeOf<Member<typeof MEETING_TYPES>>().toEqualTypeOf<S['MeetingType']>();
    expectTypeOf<Member<typeof EVENT_TYPES>>().toEqualTypeOf<S['CaseEventType']>();
    expectTypeOf<Member<typeof ASSESSMENT_STATUSES>>().toEqualTypeOf<S['RoutekaartStatus']>();
    expectTypeOf<Member<typeof AUDIT_ACTIONS>>().toEqualTypeOf<S['AuditAction']>();
    expectTypeOf<Member<typeof OFFER_TYPES>>().toEqualTypeOf<S['OfferType']>();
    expectTypeOf<Member<typeof EXEMPTION_GROUNDS>>().toEqualTypeOf<S['ExemptionGround']>();
    expectTypeOf<Member<typeof ORGANISATION_TYPES>>().toEqualTypeOf<S['RoutekaartOrganisation']['type']>();
    // The server's own names for the same lists.
    expectTypeOf<Role>().toEqualTypeOf<S['UserRole']>();
    expectTypeOf<AuditEntry['action']>().toEqualTypeOf<S['AuditAction']>();
  });

  it('as values (openapi/thuiszitters.yaml)', () => {
    const schemas = loadSpec(defaultSpecPath).components!.schemas as Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }>;
    for (const [name, list] of Object.entries(PAIRS)) {
      expect([...list].sort(), name).toEqual([...(schemas[name]!.enum ?? [])].sort());
    }
    expect([...ORGANISATION_TYPES].sort()).toEqual([...(schemas.RoutekaartOrganisation!.properties!.type!.enum ?? [])].sort());
  });

  it("the domain's DefinitionProfile is the contract's (types and the spec's members)", () => {
    expectTypeOf<DefinitionProfile>().toEqualTypeOf<S['DefinitionProfile']>();
    expectTypeOf<Member<typeof LRV_COMPARISONS>>().toEqualTypeOf<S['DefinitionProfile']['lrvComparison']>();
    expectTypeOf<Member<typeof ABSENCE_COUNTINGS>>().toEqualTypeOf<S['DefinitionProfile']['absenceCounting']>();
    expectTypeOf<Member<typeof AFTER_EXEMPTION>>().toEqualTypeOf<S['DefinitionProfile']['afterExemption']>();
    expectTypeOf<Member<typeof OFFER_MEETS_NORM>>().toEqualTypeOf<S['DefinitionProfile']['offerMeetsNorm']>();
    expectTypeOf<Member<typeof REOPENED_CASE>>().toEqualTypeOf<S['DefinitionProfile']['reopenedCase']>();
    const schema = (loadSpec(defaultSpecPath).components!.schemas as Record<string, { required?: string[]; properties: Record<string, { enum?: string[] }> }>).DefinitionProfile!;
    expect(Object.keys(schema.properties).sort()).toEqual(['swvCode', 'name', ...Object.keys(DEFAULT_PROFILE)].sort());
    expect([...(schema.required ?? [])].sort()).toEqual(Object.keys(schema.properties).sort());
    const enums: Record<string, readonly string[]> = {
      lrvComparison: LRV_COMPARISONS,
      absenceCounting: ABSENCE_COUNTINGS,
      afterExemption: AFTER_EXEMPTION,
      offerMeetsNorm: OFFER_MEETS_NORM,
      reopenedCase: REOPENED_CASE,
    };
    for (const [name, list] of Object.entries(enums)) expect([...list].sort(), name).toEqual([...(schema.properties[name]!.enum ?? [])].sort());
  });
});
