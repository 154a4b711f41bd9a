/**
 * Legal thresholds of Dutch school absence, one named constant each, with the source.
 * Regions may choose stricter values in their definition profile (see `profile.ts`);
 * these are the national defaults.
 */

/**
 * Langdurig relatief verzuim (LRV): enrolled and absent without valid reason for
 * *more than* 4 weeks (DUO, "Verzuim"; OCW letter 3 Feb 2016). More than 4 weeks =
 * more than 28 days, so day 29 of absence is the first LRV day.
 */
export const LRV_THRESHOLD_DAYS = 28;

/**
 * Verzuimmelding: the school reports 16 hours of unauthorised absence within
 * 4 consecutive school weeks to DUO (Leerplichtwet 1969 art. 21a; DUO "Verzuim melden").
 */
export const VERZUIM_REPORT_HOURS = 16;
/** The window of the verzuimmelding in school weeks (Leerplichtwet 1969 art. 21a). */
export const VERZUIM_REPORT_WEEKS = 4;

/**
 * Thuiszitterspact (OCW, VWS, VenJ, PO-Raad, VO-raad, VNG, 2016): no child longer than
 * three months at home without a suitable offer of education and/or care.
 */
export const NORM_MONTHS = 3;

/** Design choice: a case is "almost out" of the 3-month norm when at most this many days are left. */
export const ALMOST_OUT_DAYS = 14;

/** Design choice (worklist signals): an open case without a lead holder this many days after it was reported needs attention. */
export const NO_LEAD_HOLDER_DAYS = 14;

/** Design choice (worklist signals): an open case with nothing recorded for more than this many days (3 weeks) needs attention. */
export const NO_ACTIVITY_DAYS = 21;

/**
 * Leerplicht starts on the first day of the month after the 5th birthday
 * (Leerplichtwet 1969 art. 3; NJi "Leerplicht").
 */
export const LEERPLICHT_START_AGE = 5;

/**
 * Leerplicht ends at the end of the school year in which the child turns 16
 * (Leerplichtwet 1969 art. 3; NJi). A school year runs 1 August – 31 July (WPO/WVO).
 */
export const LEERPLICHT_END_AGE = 16;

/**
 * Kwalificatieplicht: after leerplicht, until a startkwalificatie (havo, vwo, mbo-2+)
 * or the 18th birthday (Leerplichtwet 1969 art. 4a; NJi).
 */
export const KWALIFICATIEPLICHT_END_AGE = 18;

/** The school year starts on 1 August (month 8) and ends on 31 July (WPO art. 1 / WVO). */
export const SCHOOL_YEAR_START_MONTH = 8;

/**
 * Design choice: aggregate statistics suppress counts below this size for roles without
 * case access (AVG data minimisation; CBS uses comparable small-cell rules).
 */
export const DEFAULT_SMALL_CELL_THRESHOLD = 5;

/** Design choice: closed cases are anonymised after this many months unless the SWV configures otherwise. */
export const DEFAULT_RETENTION_MONTHS = 24;

/**
 * Design choice: the holiday region of an SWV without one configured. Regions differ per
 * municipality (Rijksoverheid, "Schoolvakanties: regio-indeling"); `midden` is the largest.
 */
export const DEFAULT_HOLIDAY_REGION = 'midden' as const;

/**
 * Design choice: an offer of at least this many hours a week is full-time education, so once it
 * has started the pupil is no longer absent. 22 = the legal minimum of the first four years of
 * primary school (WPO art. 8: 3,520 hours in 4 years = 880 a year) over 40 school weeks; VO's
 * minimum (WVO art. 6f: 1,000 hours a year) is higher, so 22 is the lowest full-time week.
 */
export const FULL_TIME_HOURS_PER_WEEK = 22;

/**
 * Design choice: the registry holds whole-day absence, so after this many counted days (one
 * school week) an enrolled pupil has certainly missed more than VERZUIM_REPORT_HOURS (a school
 * week is at least 22 hours, see FULL_TIME_HOURS_PER_WEEK) and the school must report to DUO.
 */
export const VERZUIM_REPORT_AFTER_DAYS = 7;

