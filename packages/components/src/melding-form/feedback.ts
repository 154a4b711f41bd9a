// Live feedback while filling in: the classification the facts lead to, from the same
// deriveCase() the server uses, so the form never tells a different story than the API.
import { deriveCase, isBirthYearMonth, isIsoDate, isOneOf, EXEMPTION_GROUNDS, type DerivationProfile, type DerivedClassification } from '@thuiszitters/domain';
import type { MeldingValues } from './form-model.js';

/** The derivation for the current facts, or null while the facts it needs are incomplete. */
export function deriveFromValues(
  v: MeldingValues,
  profile: Partial<DerivationProfile> | null | undefined,
  today: string,
): DerivedClassification | null {
  if (!isBirthYearMonth(v.birthYearMonth) || !isIsoDate(v.firstDayOfAbsence) || !v.enrolled || (v.enrolled === 'yes' && !v.authorised)) return null;
  if (v.firstDayOfAbsence > today) return null;
  const exemption =
    v.hasExemption && isOneOf(EXEMPTION_GROUNDS, v.exemptionGround) && isIsoDate(v.exemptionFrom)
      ? { ground: v.exemptionGround, from: v.exemptionFrom, to: isIsoDate(v.exemptionTo) ? v.exemptionTo : null }
      : null;
  try {
    return deriveCase(
      {
        birthYearMonth: v.birthYearMonth,
        absence: {
          enrolled: v.enrolled === 'yes',
          firstDayOfAbsence: v.firstDayOfAbsence,
          authorised: v.enrolled === 'yes' && v.authorised === 'yes',
          exemption,
          duoReportNumber: v.duoReportNumber.trim() || null,
        },
      },
      profile ?? {},
      today,
    );
  } catch {
    return null; // an out-of-range date the domain refuses: no feedback rather than an exception
  }
}
