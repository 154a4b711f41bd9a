// Case operations: listCases, createCase, getCase, updateCase, closeCase, reopenCase.
// Every query is limited to the caller's tenancy; every read and write is audited in the same
// transaction; derived fields are computed on read.
import { randomUUID } from 'node:crypto';
import { refusedChanges } from '../auth/field-permissions.js';
import { mayReadReasons } from '../auth/tenancy.js';
import { profilesFromRow, today } from '../cases/derive.js';
import { withIdempotency } from './idempotency.js';
import { assertFresh, requiredVersion } from '../cases/preconditions.js';
import { assertWithinTenancy, findSchool, findVisibleCase } from './case-lookup.js';
import { deriveRow, etagOf, toApiCase, type ApiCase } from '../cases/record.js';
import { insertEvent } from '../cases/events.js';
import { insertCase, updateCaseRow, type CaseData, type CaseRow } from '../store/cases.js';
import { refreshCaseFigures } from '../store/figures.js';
import { loadProfiles } from '../store/reference.js';
import { checkClosure, checkFacts, resolveProfile, type FieldError } from '@thuiszitters/domain';
import type { CaseCreate } from '@thuiszitters/sdk';
import { HttpProblem } from '../http/problem.js';
import type { Database } from '../storage/database.js';
import type { OperationHandlers, RequestContext } from '../http/context.js';
import { listCases } from './case-list.js';
import { markOpenDuplicates } from '../store/worklist.js';
import { assertNoOpenDuplicate } from './duplicate-case.js';

const FACT_KEYS = ['pupilRef', 'birthYearMonth', 'school', 'schoolType', 'municipalityCode', 'absence', 'reasons', 'lead', 'voice', 'offer', 'notes'] as const;

async function view(db: Database, ctx: Pick<RequestContext, 'auth' | 'now'>, row: CaseRow) {
  await markOpenDuplicates(db, [row]);
  const profiles = await loadProfiles(db, [row.swv_code]);
  return toApiCase(row, ctx.auth, profiles, today(ctx.now()));
}

function caseAnswer(status: number, body: { id: string; version: number }, extra: Record<string, string> = {}) {
  return { status, body, headers: { ETag: etagOf(body.version), ...extra } };
}

/** RFC 7396 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  return isRecord(patch) ? mergeRecords(isRecord(target) ? target : {}, patch) : patch;
}

function mergeRecords(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const result = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** 403 naming each field the caller's role may not change (the table in auth/field-permissions.ts). */
function refuseFieldChanges(ctx: Pick<RequestContext, 'auth'>, patch: Record<string, unknown>, before: Record<string, unknown>, after: Record<string, unknown>): void {
  const refused = refusedChanges(ctx.auth, patch, before, after);
  if (refused.length === 0) return;
  throw new HttpProblem(403, `Your role may not change ${refused.map((r) => r.field).join(', ')}.`, {
    invalidParams: refused.map((r) => ({ name: r.field, reason: `may not be changed by role ${ctx.auth.role}: ${r.reason}` })),
  });
}

type FactKey = (typeof FACT_KEYS)[number];
type Facts = Partial<Pick<CaseData, FactKey>>;

/** The facts of a body or of stored data, without the members it leaves out (a whole `CaseCreate` gives whole facts). */
function pick(body: CaseCreate): CaseData;
function pick(body: Facts): Facts;
function pick(body: Facts): Facts {
  const data: Facts = {};
  for (const key of FACT_KEYS) copyFact(data, body, key);
  return data;
}

function copyFact<K extends FactKey>(to: Facts, from: Facts, key: K): void {
  if (from[key] !== undefined) to[key] = from[key];
}

/**
 * RFC 7396 over the facts: a merge patch valid against `CaseUpdate` (the router checked it) onto
 * stored facts is facts again; checkFacts and the field table then judge the result.
 */
function mergeFacts(facts: Facts, patch: Facts): Facts {
  return mergeRecords(facts, patch) as Facts;
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
  const episode: NonNullable<CaseData['episodes']>[number] = {
    reportedOn: data.reportedOn ?? on,
    absence: data.absence,
    offer: data.offer ?? null,
    closure: { closedOn: closure.closedOn, reason: closure.reason, note: closure.note ?? null },
  };
  const next: CaseData = { ...data, closure: null, episodes: [...(data.episodes ?? []), episode], reportedOn: on };
  if (mode === 'newEpisode') {
    next.absence = { ...data.absence, firstDayOfAbsence: on, duoReportNumber: null };
    next.offer = null;
  }
  return next;
}

const createCase = async (ctx: RequestContext<'createCase'>) => {
  const body = ctx.body;
  // Every role reports what it knows when creating (reasons are required, `onbekend` exists);
  // only reading and later changing reasons, voice and notes need a need to know.
  const data: CaseData = pick(body);
  refuseImpossible(checkFacts(data, today(ctx.now())));
  data.reportedOn = today(ctx.now());
  const school = await findSchool(ctx.db, data.school);
  assertWithinTenancy(ctx.auth, school, data.municipalityCode);
  data.holidayRegion = school.holiday_region ?? null;
  const id = randomUUID();
  return withIdempotency(
    ctx,
    'createCase',
    '',
    async (tx) => {
      const now = ctx.now();
      await assertNoOpenDuplicate(tx, ctx, school.swv_code, data.pupilRef ?? null);
      const row = await insertCase(tx, id, data, school, now);
      await refreshCaseFigures(tx, [id]);
      const { worklist } = await insertEvent(tx, ctx.auth, now, id, { type: 'caseReported', occurredOn: data.reportedOn!, data: {} });
      await ctx.audit({ action: 'create', caseId: id }, tx);
      const apiCase = await view(tx, ctx, { ...row, ...worklist });
      return caseAnswer(201, apiCase, { Location: `/v1/cases/${id}` });
    },
    (answer) => ctx.audit({ action: 'read', caseId: answer.body.id, detail: 'idempotent replay of create' }),
  );
};

const getCase = async (ctx: RequestContext<'getCase'>) =>
  ctx.db.transaction(async (tx) => {
    const row = await findVisibleCase(tx, ctx.auth, ctx.params.caseId);
    await markOpenDuplicates(tx, [row]);
    await ctx.audit({ action: 'read', caseId: row.id }, tx);
    return caseAnswer(200, toApiCase(row, ctx.auth, profilesFromRow(row), today(ctx.now())));
  });

const updateCase = async (ctx: RequestContext<'updateCase'>) => {
  const expected = requiredVersion(ctx.headers['If-Match']);
  const patch = ctx.body;
  // Fields the role cannot read are refused before anything is looked up.
  refuseFieldChanges(ctx, patch, {}, {});
  return ctx.db.transaction(async (tx) => {
    const row = await findVisibleCase(tx, ctx.auth, ctx.params.caseId, true);
    await markOpenDuplicates(tx, [row]);
    const current = toApiCase(row, ctx.auth, profilesFromRow(row), today(ctx.now()));
    assertFresh(expected, row.version, () => current, etagOf(row.version));
    const facts = pick(row.data);
    const merged = mergeFacts(facts, patch);
    refuseFieldChanges(ctx, patch, facts, merged);
    const data: CaseData = { ...row.data };
    for (const key of FACT_KEYS) {
      if (merged[key] === undefined) delete data[key];
      else copyFact(data, merged, key);
    }
    refuseImpossible(checkFacts(data, today(ctx.now())));
    const previous = data.episodes?.[data.episodes.length - 1];
    const first = data.absence?.firstDayOfAbsence;
    if (previous && first && first <= previous.closure.closedOn) {
      refuseImpossible([{ name: 'absence.firstDayOfAbsence', reason: `must be after the closure of the previous episode (${previous.closure.closedOn})` }]);
    }
    const school = await findSchool(tx, data.school);
    assertWithinTenancy(ctx.auth, school, data.municipalityCode);
    data.holidayRegion = school.holiday_region ?? null;
    const updated = await updateCaseRow(tx, row.id, data, school, row.status, ctx.now());
    await refreshCaseFigures(tx, [row.id]);
    await ctx.audit({ action: 'update', caseId: row.id, detail: `fields: ${Object.keys(patch).join(', ')}` }, tx);
    return caseAnswer(200, await view(tx, ctx, updated));
  });
};

const closeCase = async (ctx: RequestContext<'closeCase'>) => {
  const expected = requiredVersion(ctx.headers['If-Match']);
  const closure = ctx.body;
  return ctx.db.transaction(async (tx) => {
    const row = await findVisibleCase(tx, ctx.auth, ctx.params.caseId, true);
    await markOpenDuplicates(tx, [row]);
    const current = toApiCase(row, ctx.auth, profilesFromRow(row), today(ctx.now()));
    assertFresh(expected, row.version, () => current, etagOf(row.version));
    if (row.status === 'closed') throw new HttpProblem(409, 'The case is already closed; reopen it first.');
    refuseImpossible(checkClosure(closure, row.data.absence?.firstDayOfAbsence, today(ctx.now())));
    const note = mayReadReasons(ctx.auth) ? (closure.note ?? null) : null;
    const data: CaseData = { ...row.data, closure: { closedOn: closure.closedOn, reason: closure.reason, note } };
    const school = { school_key: row.school_key, school_type: row.school_type, municipality_code: row.municipality_code, swv_code: row.swv_code };
    const updated = await updateCaseRow(tx, row.id, data, school, 'closed', ctx.now());
    await refreshCaseFigures(tx, [row.id]);
    const { worklist } = await insertEvent(tx, ctx.auth, ctx.now(), row.id, { type: 'caseClosed', occurredOn: closure.closedOn, data: { reason: closure.reason } });
    await ctx.audit({ action: 'close', caseId: row.id }, tx);
    return caseAnswer(200, await view(tx, ctx, { ...updated, ...worklist }));
  });
};

const reopenCase = async (ctx: RequestContext<'reopenCase'>) => {
  const expected = requiredVersion(ctx.headers['If-Match']);
  return ctx.db.transaction(async (tx) => {
    const row = await findVisibleCase(tx, ctx.auth, ctx.params.caseId, true);
    await markOpenDuplicates(tx, [row]);
    const current = toApiCase(row, ctx.auth, profilesFromRow(row), today(ctx.now()));
    assertFresh(expected, row.version, () => current, etagOf(row.version));
    if (row.status !== 'closed') throw new HttpProblem(409, 'The case is open; only a closed case can be reopened.');
    const data = reopened(row.data, today(ctx.now()), resolveProfile(profilesFromRow(row).get(row.swv_code)).reopenedCase);
    const school = { school_key: row.school_key, school_type: row.school_type, municipality_code: row.municipality_code, swv_code: row.swv_code };
    const updated = await updateCaseRow(tx, row.id, data, school, 'open', ctx.now());
    await refreshCaseFigures(tx, [row.id]);
    const { worklist } = await insertEvent(tx, ctx.auth, ctx.now(), row.id, { type: 'caseReopened', occurredOn: today(ctx.now()), data: {} });
    await ctx.audit({ action: 'reopen', caseId: row.id }, tx);
    return caseAnswer(200, await view(tx, ctx, { ...updated, ...worklist }));
  });
};

export const caseHandlers = { listCases, createCase, getCase, updateCase, closeCase, reopenCase } satisfies OperationHandlers;
