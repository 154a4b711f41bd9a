// The reports an SWV and a municipality deliver (issue 20, item 3), from the cases of the
// caller's tenancy, classified by deriveCase on the reference date (the same rules as every
// case's `derived`). Definitions in the contract (tag Reports) and the README; the official
// templates are not published as data formats, so these are the figures with their definitions.
import { absenceStoppedOn, deriveCase, isIsoDate, schoolYearOf, todayInAmsterdam, type ExemptionGround } from '@thuiszitters/domain';
import { inspectieReportRefusal, leerplichtCountRefusal } from '../auth/reports.js';
import { factsOf } from '../store/cases.js';
import { toProfile } from '../store/reference.js';
import { badRequest, HttpProblem } from '../http/problem.js';
import type { OperationHandlers, RequestContext } from '../http/context.js';
import { casesForReport } from '../store/reports.js';

const GROUPS = ['absoluutVerzuim', 'langdurigRelatiefVerzuim', 'vrijstelling'] as const;
const GROUNDS: ExemptionGround[] = ['vrijstelling5a', 'vrijstelling5b', 'vrijstelling5c', 'vrijstelling15', 'vervangendeLeerplicht3a', 'vervangendeLeerplicht3b'];

/** `referenceDate` (default today in Amsterdam); a day in the future has no facts yet: 400. */
function referenceDateOf(ctx: RequestContext<'getInspectieThuiszitterReport' | 'getLeerplichtCount'>): string {
  const today = todayInAmsterdam(ctx.now());
  const value = ctx.query.referenceDate;
  const date = typeof value === 'string' && isIsoDate(value) ? value : today;
  if (date > today) throw badRequest('The reference date lies in the future.', [{ name: 'referenceDate', reason: `Must not be after today (${today}).` }]);
  return date;
}

function schoolYearLabel(date: string): string {
  const start = schoolYearOf(date).startYear;
  return `${start}/${String(start + 1).slice(2)}`;
}

/** Each case of the tenancy as it stood on `on`: its classification and whether the absence ran. */
async function classified(ctx: RequestContext<'getInspectieThuiszitterReport' | 'getLeerplichtCount'>, on: string) {
  const rows = await casesForReport(ctx.db, ctx.auth, on);
  return rows.map((row) => {
    const facts = factsOf(row);
    const derived = deriveCase(facts, toProfile(row), on);
    return { row, facts, derived, absent: absenceStoppedOn(facts, on) === null };
  });
}

const getInspectieThuiszitterReport = async (ctx: RequestContext<'getInspectieThuiszitterReport'>) => {
  const refusal = inspectieReportRefusal(ctx.auth);
  if (refusal) throw new HttpProblem(403, refusal);
  const on = referenceDateOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const cases = await classified({ ...ctx, db: tx }, on);
    const pupils = cases
      .map(({ row, facts, derived, absent }) => {
        const group: (typeof GROUPS)[number] | null =
          derived.isThuiszitter && derived.classification === 'absoluut'
            ? 'absoluutVerzuim'
            : derived.isThuiszitter && derived.classification === 'langdurigRelatief'
              ? 'langdurigRelatiefVerzuim'
              : absent && derived.classification === 'vrijgesteld'
                ? 'vrijstelling'
                : null;
        if (!group) return null;
        return {
          group,
          pupilRef: row.pupil_ref ?? row.data.pupilRef ?? '',
          caseId: row.id,
          school: row.school_key,
          schoolType: row.school_type,
          birthYearMonth: facts.birthYearMonth,
          firstDayOfAbsence: facts.absence.firstDayOfAbsence,
          daysAbsent: derived.daysAbsent,
          exemptionGround: facts.absence.exemption?.ground ?? null,
          normStatus: derived.normStatus,
          hasOffer: Boolean(facts.offer),
        };
      })
      .filter((pupil) => pupil !== null)
      .sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || a.school.localeCompare(b.school) || a.pupilRef.localeCompare(b.pupilRef));
    // A pupil-level list of a whole region: audited like a list of cases.
    await ctx.audit({ action: 'list', caseId: null, caseIds: pupils.map((pupil) => pupil.caseId), detail: `Inspectie thuiszitter report on ${on}` }, tx);
    const count = (group: (typeof GROUPS)[number]) => pupils.filter((pupil) => pupil.group === group).length;
    return {
      status: 200,
      body: {
        swvCode: ctx.auth.organisation,
        referenceDate: on,
        schoolYear: schoolYearLabel(on),
        counts: { absoluutVerzuim: count('absoluutVerzuim'), langdurigRelatiefVerzuim: count('langdurigRelatiefVerzuim'), vrijstelling: count('vrijstelling'), total: pupils.length },
        pupils,
      },
    };
  });
};

const getLeerplichtCount = async (ctx: RequestContext<'getLeerplichtCount'>) => {
  const refusal = leerplichtCountRefusal(ctx.auth);
  if (refusal) throw new HttpProblem(403, refusal);
  const on = referenceDateOf(ctx);
  const cases = (await classified(ctx, on)).filter((item) => item.absent);
  const is = (...codes: string[]) => cases.filter((item) => codes.includes(item.derived.classification)).length;
  const vrijstellingen = Object.fromEntries(
    GROUNDS.map((ground) => [ground, cases.filter((item) => item.derived.classification === 'vrijgesteld' && item.facts.absence.exemption?.ground === ground).length]),
  );
  return {
    status: 200,
    body: {
      municipalityCode: ctx.auth.organisation,
      referenceDate: on,
      schoolYear: schoolYearLabel(on),
      absoluutVerzuim: is('absoluut'),
      relatiefVerzuim: is('relatief', 'langdurigRelatief'),
      langdurigRelatiefVerzuim: is('langdurigRelatief'),
      vrijstellingen,
    },
  };
};

export const reportHandlers: OperationHandlers = { getInspectieThuiszitterReport, getLeerplichtCount };
