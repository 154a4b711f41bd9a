// Case operations: listCases, createCase, getCase, updateCase, closeCase, reopenCase.
// Every query is limited to the caller's tenancy; every read and write is audited in the same
// transaction; derived fields are computed on read.
import { randomUUID } from 'node:crypto';
import { refusedChanges } from '../auth/field-permissions.js';
import { mayReadReasons } from '../auth/tenancy.js';
import { loadProfiles, profilesFromRow, today } from '../cases/derive.js';
import { withIdempotency } from '../cases/idempotency.js';
import { assertFresh, requiredVersion } from '../cases/preconditions.js';
import { assertWithinTenancy, columnsOf, findSchool, findVisibleCase, updateCaseRow } from '../cases/queries.js';
import { CASE_COLUMNS, deriveRow, etagOf, toApiCase, type CaseData, type CaseRow } from '../cases/record.js';
import { insertEvent } from '../cases/events.js';
import { refreshCaseFigures } from '../cases/figures.js';
import { checkClosure, checkFacts, resolveProfile, type FieldError } from '@thuiszitters/domain';
import { HttpProblem } from '../http/problem.js';
import type { Database } from '../storage/database.js';
import type { OperationHandlers, RequestContext } from './types.js';
import { listCases } from './case-list.js';
import { annotateWorklist } from '../store/worklist.js';
import { assertNoOpenDuplicate } from './duplicate-case.js';

const FACT_KEYS = ['pupilRef', 'birthYearMonth', 'school', 'schoolType', 'municipalityCode', 'absence', 'reasons', 'lead', 'voice', 'offer', 'notes'] as const;

async function view(db: Database, ctx: RequestContext, row: CaseRow) {
  await annotateWorklist(db, [row]);
  const profiles = await loadProfiles(db, [row.swv_code]);
  return toApiCase(row, ctx.auth, profiles, today(ctx.now()));
}

function caseAnswer(status: number, body: { id: string; version: number }, extra: Record<string, string> = {}) {
  return { status, body, headers: { ETag: etagOf(body.version), ...extra } };
}

/** RFC 7396 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> =
    target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** 403 naming each field the caller's role may not change (the table in auth/field-permissions.ts). */
function refuseFieldChanges(ctx: RequestContext, patch: Record<string, unknown>, before: Record<string, unknown>, after: Record<string, unknown>): void {
  const refused = refusedChanges(ctx.auth, patch, before, after);
  if (refused.length === 0) return;
  throw new HttpProblem(403, `Your role may not change ${refused.map((r) => r.field).join(', ')}.`, {
    invalidParams: refused.map((r) => ({ name: r.field, reason: `may not be changed by role ${ctx.auth.role}: ${r.reason}` })),
  });
}

function pick(body: Record<string, unknown>): CaseData {
  const data: CaseData = {};
  for (const key of FACT_KEYS) if (body[key] !== undefined) data[key] = body[key] as never;
  return data;
}

/** 400 with a field error per impossible fact (see checkFacts/checkClosure of the domain). */
function refuseImpossible(errors: FieldError[]): void {
  if (errors.length > 0) throw new HttpProblem(400, 'Some facts cannot be true.', { invalidParams: errors });
}

/**
 * The data of a reopened case: the closed episode (absence, offer, closure) goes into the
 * history; a new episode starts today with its own clock, without the old offer and DUO report
 * (profile `reopenedCase: newEpisode`), or keeps the old first day (`continues`).
 */
export function reopened(data: CaseData, on: string, mode: 'newEpisode' | 'continues'): CaseData {
  const closure = data.closure!;
  const episode = {
    reportedOn: data.reportedOn ?? on,
    absence: data.absence!,
    offer: data.offer ?? null,
    closure: { closedOn: closure.closedOn, reason: closure.reason, note: closure.note ?? null },
  } as NonNullable<CaseData['episodes']>[number];
  const next: CaseData = { ...data, closure: null, episodes: [...(data.episodes ?? []), episode], reportedOn: on };
  if (mode === 'newEpisode') {
    next.absence = { ...data.absence!, firstDayOfAbsence: on, duoReportNumber: null };
    next.offer = null;
  }
  return next;
}

const createCase = async (ctx: RequestContext) => {
  const body = ctx.body as Record<string, unknown>;
  // Every role reports what it knows when creating (reasons are required, `onbekend` exists);
  // only reading and later changing reasons, voice and notes need a need to know.
  const data = pick(body);
  refuseImpossible(checkFacts(data, today(ctx.now())));
  data.reportedOn = today(ctx.now());
  const school = await findSchool(ctx.db, data.school!);
  assertWithinTenancy(ctx.auth, school, data.municipalityCode!);
  data.holidayRegion = school.holiday_region ?? null;
  const id = randomUUID();
  return withIdempotency(
    ctx,
    'createCase',
    '',
    async (tx) => {
      const now = ctx.now();
      const c = columnsOf(data, school);
      await assertNoOpenDuplicate(tx, ctx, c.swv_code, c.pupil_ref);
      const rows = await tx.query<CaseRow>(
        `INSERT INTO cases (id, version, status, pupil_ref, school_key, school_type, municipality_code, swv_code, enrolled,
            authorised, first_day_of_absence, primary_reason, secondary_reasons, offer_type, offer_start, created_at, updated_at, data)
         VALUES ($1::uuid, 1, 'open', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text[], $12, $13, $14, $14, $15::jsonb)
         RETURNING ${CASE_COLUMNS.replace(/c\./g, '')}`,
        [
          id, c.pupil_ref, c.school_key, c.school_type, c.municipality_code, c.swv_code, c.enrolled, c.authorised,
          c.first_day_of_absence, c.primary_reason, c.secondary_reasons, c.offer_type, c.offer_start, now, JSON.stringify(data),
        ],
      );
      const row = rows[0]!;
      await refreshCaseFigures(tx, [id]);
      await insertEvent(tx, ctx, id, { type: 'caseReported', occurredOn: data.reportedOn!, data: {} });
      await ctx.audit({ action: 'create', caseId: id }, tx);
      const apiCase = await view(tx, ctx, row);
      return caseAnswer(201, apiCase, { Location: `/v1/cases/${id}` });
    },
    (answer) => ctx.audit({ action: 'read', caseId: (answer.body as { id: string }).id, detail: 'idempotent replay of create' }),
  );
};

const getCase = async (ctx: RequestContext) =>
  ctx.db.transaction(async (tx) => {
    const row = await findVisibleCase(tx, ctx.auth, ctx.params.caseId);
    await annotateWorklist(tx, [row]);
    await ctx.audit({ action: 'read', caseId: row.id }, tx);
    return caseAnswer(200, toApiCase(row, ctx.auth, profilesFromRow(row), today(ctx.now())));
  });

const updateCase = async (ctx: RequestContext) => {
  const expected = requiredVersion(ctx.headers['If-Match']);
  const patch = ctx.body as Record<string, unknown>;
  // Fields the role cannot read are refused before anything is looked up.
  refuseFieldChanges(ctx, patch, {}, {});
  return ctx.db.transaction(async (tx) => {
    const row = await findVisibleCase(tx, ctx.auth, ctx.params.caseId, true);
    await annotateWorklist(tx, [row]);
    const current = toApiCase(row, ctx.auth, profilesFromRow(row), today(ctx.now()));
    assertFresh(expected, row.version, () => current, etagOf(row.version));
    const facts: Record<string, unknown> = {};
    for (const key of FACT_KEYS) if (row.data[key] !== undefined) facts[key] = row.data[key];
    const merged = mergePatch(facts, patch) as Record<string, unknown>;
    refuseFieldChanges(ctx, patch, facts, merged);
    const data: CaseData = { ...row.data };
    for (const key of FACT_KEYS) {
      if (merged[key] === undefined) delete data[key];
      else data[key] = merged[key] as never;
    }
    refuseImpossible(checkFacts(data, today(ctx.now())));
    const previous = data.episodes?.[data.episodes.length - 1];
    const first = data.absence?.firstDayOfAbsence;
    if (previous && first && first <= previous.closure.closedOn) {
      refuseImpossible([{ name: 'absence.firstDayOfAbsence', reason: `must be after the closure of the previous episode (${previous.closure.closedOn})` }]);
    }
    const school = await findSchool(tx, data.school!);
    assertWithinTenancy(ctx.auth, school, data.municipalityCode!);
    data.holidayRegion = school.holiday_region ?? null;
    const updated = await updateCaseRow(tx, row.id, data, school, row.status, ctx.now());
    await refreshCaseFigures(tx, [row.id]);
    await ctx.audit({ action: 'update', caseId: row.id, detail: `fields: ${Object.keys(patch).join(', ')}` }, tx);
    return caseAnswer(200, await view(tx, ctx, updated));
  });
};

const closeCase = async (ctx: RequestContext) => {
  const expected = requiredVersion(ctx.headers['If-Match']);
  const closure = ctx.body as { closedOn: string; reason: string; note?: string | null };
  return ctx.db.transaction(async (tx) => {
    const row = await findVisibleCase(tx, ctx.auth, ctx.params.caseId, true);
    await annotateWorklist(tx, [row]);
    const current = toApiCase(row, ctx.auth, profilesFromRow(row), today(ctx.now()));
    assertFresh(expected, row.version, () => current, etagOf(row.version));
    if (row.status === 'closed') throw new HttpProblem(409, 'The case is already closed; reopen it first.');
    refuseImpossible(checkClosure(closure, row.data.absence?.firstDayOfAbsence, today(ctx.now())));
    const note = mayReadReasons(ctx.auth) ? (closure.note ?? null) : null;
    const data: CaseData = { ...row.data, closure: { closedOn: closure.closedOn, reason: closure.reason, note } };
    const school = { school_key: row.school_key, school_type: row.school_type, municipality_code: row.municipality_code, swv_code: row.swv_code };
    const updated = await updateCaseRow(tx, row.id, data, school, 'closed', ctx.now());
    await refreshCaseFigures(tx, [row.id]);
    await insertEvent(tx, ctx, row.id, { type: 'caseClosed', occurredOn: closure.closedOn, data: { reason: closure.reason } });
    await ctx.audit({ action: 'close', caseId: row.id }, tx);
    return caseAnswer(200, await view(tx, ctx, updated));
  });
};

const reopenCase = async (ctx: RequestContext) => {
  const expected = requiredVersion(ctx.headers['If-Match']);
  return ctx.db.transaction(async (tx) => {
    const row = await findVisibleCase(tx, ctx.auth, ctx.params.caseId, true);
    await annotateWorklist(tx, [row]);
    const current = toApiCase(row, ctx.auth, profilesFromRow(row), today(ctx.now()));
    assertFresh(expected, row.version, () => current, etagOf(row.version));
    if (row.status !== 'closed') throw new HttpProblem(409, 'The case is open; only a closed case can be reopened.');
    const data = reopened(row.data, today(ctx.now()), resolveProfile(profilesFromRow(row).get(row.swv_code)).reopenedCase);
    const school = { school_key: row.school_key, school_type: row.school_type, municipality_code: row.municipality_code, swv_code: row.swv_code };
    const updated = await updateCaseRow(tx, row.id, data, school, 'open', ctx.now());
    await refreshCaseFigures(tx, [row.id]);
    await insertEvent(tx, ctx, row.id, { type: 'caseReopened', occurredOn: today(ctx.now()), data: {} });
    await ctx.audit({ action: 'reopen', caseId: row.id }, tx);
    return caseAnswer(200, await view(tx, ctx, updated));
  });
};

export const caseHandlers: OperationHandlers = { listCases, createCase, getCase, updateCase, closeCase, reopenCase };
