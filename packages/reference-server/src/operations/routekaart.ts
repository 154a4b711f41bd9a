// Routekaart "Passend onderwijs zonder thuiszitters": assessments of an organisation (SWV or
// gemeente) at a date, one status/owner/note/evidence per point, and a change history.
//
// Who may do what (design choice):
//   read  — swv: its own SWV's assessments; leerplicht: its municipality's, and those of the SWVs
//           that have schools in its municipality; school: its own SWV's (the policy is no secret
//           to the schools that carry it out).
//   write — only the organisation itself: swv for its SWV code, leerplicht (the gemeente) for its
//           municipality code; schools never write (403). Writes also need `routekaart:write`.
// An assessment outside the caller's readable organisations answers 404, like a case.
// Concurrency: ETag `"<version>"`; updates need If-Match (428 without, 412 with `current` when stale).
// Changes are listed newest first (the contract's order).
import { randomUUID } from 'node:crypto';
import {
  ASSESSMENT_STATUSES,
  ONTWERPEN_SUB_ITEM_KEYS,
  ROUTEKAART_POINTS,
  isIsoDate,
  isOneOf,
  isRoutekaartPointNumber,
  type AssessmentStatus,
  type OrganisationType,
} from '@thuiszitters/domain';
import type { ChangeActor, Evidence, RoutekaartAssessment, RoutekaartPoint, RoutekaartPointUpdate, RoutekaartSubItem as SubItem } from '@thuiszitters/sdk';
import type { AuthContext } from '../auth/claims.js';
import { regionOf, routekaartWritableOrganisation } from '../auth/tenancy.js';
import { canonicalJson, withIdempotency } from './idempotency.js';
import { requiredVersion } from '../cases/preconditions.js';
import { HttpProblem, badRequest, forbidden, notFound } from '../http/problem.js';
import type { OperationHandlers } from '../http/context.js';
import { organisationName, swvsInMunicipality, swvsOfSchool } from '../store/reference.js';
import {
  findAssessment,
  insertAssessment,
  insertChanges,
  listAssessments,
  listChanges,
  updateAssessmentPoints,
  type AssessmentRow,
} from '../store/routekaart.js';
import type { Database } from '../storage/database.js';

/** The fields of a point that a change row records, in this order. */
const POINT_FIELDS = ['status', 'owner', 'note', 'evidence', 'subItems'] as const;
type PointField = (typeof POINT_FIELDS)[number];

/** Ten fresh points: nothing started, point 7 with its sub-items. */
export function freshPoints(): RoutekaartPoint[] {
  return ROUTEKAART_POINTS.map((definition) => ({
    number: definition.number,
    status: 'notStarted' as const,
    owner: null,
    note: null,
    evidence: [],
    ...(definition.subItems.length > 0 ? { subItems: definition.subItems.map((item) => ({ key: item.key, status: 'notStarted' as const })) } : {}),
    updatedAt: null,
    updatedBy: null,
  }));
}

export function organisationType(code: string): OrganisationType {
  return /^GM[0-9]{4}$/.test(code) ? 'gemeente' : 'swv';
}

/** The name the server knows for an organisation (SWV profile or municipality), or null. */
export function knownOrganisationName(db: Database, code: string): Promise<string | null> {
  return organisationName(db, code, organisationType(code));
}

/**
 * Organisation codes whose assessments the caller may read: its SWV (a school's is its
 * school's SWV); a municipality reads its own and those of the SWVs with schools in it.
 */
async function readableOrganisations(db: Database, auth: AuthContext): Promise<string[]> {
  const region = regionOf(auth);
  if ('swv' in region) return [region.swv];
  if ('swvOfSchool' in region) return swvsOfSchool(db, region.swvOfSchool);
  return [region.municipality, ...(await swvsInMunicipality(db, region.municipality))];
}

function requireScope(auth: AuthContext, scope: string) {
  if (!auth.scopes.includes(scope)) throw forbidden(`This operation needs the scope ${scope}.`);
}

function requireWrite(auth: AuthContext, organisation: string) {
  requireScope(auth, 'routekaart:write');
  const own = routekaartWritableOrganisation(auth);
  if (own === null) throw forbidden('Schools may read the Routekaart of their samenwerkingsverband, not change it.');
  if (own !== organisation) throw forbidden('Only the organisation itself may change its Routekaart assessments.');
}

function toAssessment(row: AssessmentRow): RoutekaartAssessment {
  return {
    id: row.id,
    version: row.version,
    organisation: { code: row.organisation_code, name: row.organisation_name, type: row.organisation_type },
    assessedOn: row.assessed_on,
    copiedFrom: row.copied_from,
    createdAt: new Date(row.created_at).toISOString(),
    points: row.points,
  };
}

const etag = (version: number) => `"${version}"`;

/** Loads an assessment the caller may read, or answers 404. */
async function loadReadable(db: Database, auth: AuthContext, id: string, lock = false): Promise<AssessmentRow> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound();
  const row = await findAssessment(db, id, lock);
  if (!row || !(await readableOrganisations(db, auth)).includes(row.organisation_code)) throw notFound();
  return row;
}

function stale(row: AssessmentRow): HttpProblem {
  return new HttpProblem(
    412,
    'The assessment was changed since you read it. `current` holds the latest version; apply your change to it and send its ETag.',
    { current: toAssessment(row) },
    { ETag: etag(row.version) },
  );
}

// ---------------------------------------------------------------------------------------------
// Validation of a point update beyond what the spec's schema already checks.

/** A point update as applied: `RoutekaartPointUpdate` of the contract. */
type PointUpdate = RoutekaartPointUpdate;

/**
 * The rules beyond the schema (which the router has checked: status, owner, note and the shape of
 * evidence and sub-items): evidence links are http(s), only point 7 has sub-items, with its keys.
 */
function parsePointUpdate(pointNumber: number, body: RoutekaartPointUpdate): PointUpdate {
  const invalid: { name: string; reason: string }[] = [];
  if (!body.evidence.every(isWebLink)) {
    invalid.push({ name: '/evidence', reason: 'Must be a list of { title, url } with an http(s) url.' });
  }
  let subItems: SubItem[] | undefined;
  if (body.subItems !== undefined) {
    if (pointNumber !== 7) invalid.push({ name: '/subItems', reason: 'Only point 7 (Ontwerpen) has sub-items.' });
    else if (!body.subItems.every(isSubItem)) {
      invalid.push({ name: '/subItems', reason: `Must be a list of { key, status } with keys ${ONTWERPEN_SUB_ITEM_KEYS.join(', ')}.` });
    } else subItems = body.subItems.map((item) => ({ key: item.key, status: item.status }));
  }
  if (invalid.length > 0) throw badRequest('The point update is not valid.', invalid);
  return {
    status: body.status,
    owner: body.owner ?? null,
    note: body.note ?? null,
    evidence: body.evidence.map((item) => ({ title: item.title, url: item.url })),
    ...(subItems ? { subItems } : {}),
  };
}

function isWebLink(evidence: Evidence): boolean {
  return /^https?:\/\//.test(evidence.url);
}

function isSubItem(item: SubItem): boolean {
  return isOneOf(ONTWERPEN_SUB_ITEM_KEYS, item.key) && isOneOf(ASSESSMENT_STATUSES, item.status);
}

/** Applies an update to a point; returns the new point and the fields that changed. */
export function applyPointUpdate(
  point: RoutekaartPoint,
  update: PointUpdate,
  at: string,
  by: string | null,
): { point: RoutekaartPoint; changes: { field: PointField; from: unknown; to: unknown }[] } {
  const next: RoutekaartPoint = { ...point, status: update.status, owner: update.owner, note: update.note, evidence: update.evidence };
  if (update.subItems && point.subItems) {
    // Sub-items keep their canonical order; a missing key keeps its old status.
    const byKey = new Map(update.subItems.map((item) => [item.key, item.status]));
    next.subItems = point.subItems.map((item) => ({ key: item.key, status: byKey.get(item.key) ?? item.status }));
  }
  const changes = POINT_FIELDS.filter((field) => canonicalJson(point[field] ?? null) !== canonicalJson(next[field] ?? null)).map(
    (field) => ({ field, from: point[field] ?? null, to: next[field] ?? null }),
  );
  if (changes.length > 0) {
    next.updatedAt = at;
    next.updatedBy = by;
  }
  return { point: next, changes };
}

const actorOf = (auth: AuthContext): ChangeActor => ({ organisation: auth.organisation, role: auth.role, name: auth.name });

// ---------------------------------------------------------------------------------------------

export const routekaartHandlers = {
  async listRoutekaartAssessments(ctx) {
    requireScope(ctx.auth, 'routekaart:read');
    const readable = await readableOrganisations(ctx.db, ctx.auth);
    const requested = typeof ctx.query.organisation === 'string' && ctx.query.organisation !== '' ? ctx.query.organisation : undefined;
    // Default: the caller's own organisation (for a school: its SWV).
    const organisation = requested ?? routekaartWritableOrganisation(ctx.auth) ?? readable[0];
    if (organisation === undefined || !readable.includes(organisation)) {
      // Policy documents are not secret, but another region's are not ours to show.
      return { status: 200, body: { items: [] } };
    }
    const rows = await listAssessments(ctx.db, organisation);
    return { status: 200, body: { items: rows.map(toAssessment) } };
  },

  async createRoutekaartAssessment(ctx) {
    const body = ctx.body;
    const code = typeof body.organisation === 'string' ? body.organisation : '';
    const invalid: { name: string; reason: string }[] = [];
    if (!/^((PO|VO)[0-9]{4}|GM[0-9]{4})$/.test(code)) invalid.push({ name: '/organisation', reason: 'Must be an SWV code (VO2801) or a municipality code (GM0599).' });
    if (!isIsoDate(body.assessedOn)) invalid.push({ name: '/assessedOn', reason: 'Must be a date (YYYY-MM-DD).' });
    if (body.copyFrom !== undefined && typeof body.copyFrom !== 'string') invalid.push({ name: '/copyFrom', reason: 'Must be an assessment id.' });
    if (invalid.length > 0) throw badRequest('The assessment is not valid.', invalid);
    requireWrite(ctx.auth, code);

    // Idempotency-Key handling is shared with the case operations (same table, same rules).
    return withIdempotency(ctx, 'createRoutekaartAssessment', code, async (tx) => {
      let points = freshPoints();
      let copiedFrom: string | null = null;
      if (typeof body.copyFrom === 'string') {
        const source = await loadReadable(tx, ctx.auth, body.copyFrom).catch(() => null);
        if (!source || source.organisation_code !== code) {
          throw badRequest('copyFrom must be an earlier assessment of the same organisation.', [
            { name: '/copyFrom', reason: 'No assessment of this organisation with this id.' },
          ]);
        }
        points = source.points;
        copiedFrom = source.id;
      }
      // The server adds the name it knows (SWV profile, municipality); else the code stands in.
      const name = (await knownOrganisationName(tx, code)) ?? (organisationType(code) === 'gemeente' ? `Gemeente ${code}` : code);
      const row = await insertAssessment(tx, {
        id: randomUUID(), code, name, type: organisationType(code), assessedOn: body.assessedOn, points, createdAt: ctx.now().toISOString(), copiedFrom,
      });
      const assessment = toAssessment(row);
      return {
        status: 201,
        body: assessment,
        headers: { ETag: etag(assessment.version), Location: `/v1/routekaart-assessments/${assessment.id}` },
      };
    });
  },

  async getRoutekaartAssessment(ctx) {
    requireScope(ctx.auth, 'routekaart:read');
    const row = await loadReadable(ctx.db, ctx.auth, ctx.params.assessmentId);
    return { status: 200, body: toAssessment(row), headers: { ETag: etag(row.version) } };
  },

  async updateRoutekaartPoint(ctx) {
    const pointNumber = Number(ctx.params.pointNumber);
    if (!isRoutekaartPointNumber(pointNumber)) {
      throw badRequest('The Routekaart has points 1 to 10.', [{ name: 'pointNumber', reason: 'Must be 1..10.' }]);
    }
    return ctx.db.transaction(async (tx) => {
      const row = await loadReadable(tx, ctx.auth, ctx.params.assessmentId, true);
      requireWrite(ctx.auth, row.organisation_code);
      const expected = requiredVersion(ctx.headers['if-match']);
      if (expected !== '*' && !expected.includes(row.version)) throw stale(row);
      const update = parsePointUpdate(pointNumber, ctx.body);
      const at = ctx.now().toISOString();
      const index = row.points.findIndex((p) => p.number === pointNumber);
      const { point, changes } = applyPointUpdate(row.points[index], update, at, ctx.auth.name ?? ctx.auth.subject);
      if (changes.length === 0) {
        return { status: 200, body: toAssessment(row), headers: { ETag: etag(row.version) } };
      }
      const points = row.points.map((p, i) => (i === index ? point : p));
      const updated = await updateAssessmentPoints(tx, row.id, row.version, points);
      if (!updated) throw stale(await loadReadable(tx, ctx.auth, row.id));
      await insertChanges(tx, row.id, at, actorOf(ctx.auth), pointNumber, changes, randomUUID);
      return { status: 200, body: toAssessment(updated), headers: { ETag: etag(updated.version) } };
    });
  },

  async listRoutekaartChanges(ctx) {
    requireScope(ctx.auth, 'routekaart:read');
    const row = await loadReadable(ctx.db, ctx.auth, ctx.params.assessmentId);
    const changes = await listChanges(ctx.db, row.id);
    return {
      status: 200,
      body: {
        items: changes.map((change) => ({
          id: change.id,
          at: new Date(change.at).toISOString(),
          actor: change.actor,
          pointNumber: change.point_number,
          field: change.field,
          from: change.from_value,
          to: change.to_value,
        })),
      },
    };
  },
} satisfies OperationHandlers;
