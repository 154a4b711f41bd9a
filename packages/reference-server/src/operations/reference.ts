// Reference data: the reason taxonomy, the schools of the caller's region and the SWV's
// definition profile.
//   listSchools — school: the schools of its own SWV; swv: its region; leerplicht: the schools
//                 located in its municipality (whichever SWV they belong to).
//   getDefinitionProfile — the profile row of the caller's SWV, thresholds the row leaves out
//                 (or a missing row) filled with the national defaults of @thuiszitters/domain.
//                 Leerplicht: the profile of the SWV with most schools in its municipality.
import { DEFAULT_REASONS, resolveProfile, type DefinitionProfile } from '@thuiszitters/domain';
import { forbidden } from '../http/problem.js';
import type { Database } from '../storage/database.js';
import type { AuthContext, OperationHandlers } from './types.js';

interface SchoolRow {
  brin: string;
  vestiging: string;
  name: string;
  school_type: string;
  municipality_code: string;
  swv_code: string;
  holiday_region: string | null;
}

interface ProfileRow {
  swv_code: string;
  name: string;
  lrv_threshold_days: number | null;
  norm_months: number | null;
  almost_out_days: number | null;
  choices?: Record<string, unknown> | null;
  small_cell_threshold: number | null;
  retention_months: number | null;
}

/** The SWV the caller belongs to (for leerplicht: the one with most schools in its municipality). */
export async function callerSwvCode(db: Database, auth: AuthContext): Promise<string | null> {
  if (auth.role === 'swv') return auth.organisation;
  const rows =
    auth.role === 'school'
      ? await db.query<{ swv_code: string }>('SELECT swv_code FROM schools WHERE school_key = $1', [auth.organisation])
      : await db.query<{ swv_code: string }>(
          `SELECT swv_code FROM schools WHERE municipality_code = $1
            GROUP BY swv_code ORDER BY count(*) DESC, swv_code LIMIT 1`,
          [auth.organisation],
        );
  return rows[0]?.swv_code ?? null;
}

/** The definition profile of an SWV with defaults filled in; `null` code gives the national defaults. */
export async function definitionProfile(db: Database, swvCode: string | null): Promise<DefinitionProfile> {
  const rows = swvCode
    ? await db.query<ProfileRow>(
        `SELECT swv_code, name, lrv_threshold_days, norm_months, almost_out_days, small_cell_threshold, retention_months, choices
           FROM definition_profiles WHERE swv_code = $1`,
        [swvCode],
      )
    : [];
  const row = rows[0];
  const thresholds = resolveProfile({
    ...((row?.choices ?? {}) as Partial<DefinitionProfile>),
    lrvThresholdDays: row?.lrv_threshold_days ?? undefined,
    normMonths: row?.norm_months ?? undefined,
    almostOutDays: row?.almost_out_days ?? undefined,
    smallCellThreshold: row?.small_cell_threshold ?? undefined,
    retentionMonths: row?.retention_months ?? undefined,
  });
  return { swvCode: swvCode ?? '', name: row?.name ?? (swvCode ? `Samenwerkingsverband ${swvCode}` : 'Landelijke standaard'), ...thresholds };
}

export const referenceHandlers: OperationHandlers = {
  async listReasons() {
    return {
      status: 200,
      body: { items: DEFAULT_REASONS.map((r) => ({ code: r.code, label: { nl: r.label.nl, en: r.label.en }, healthData: r.healthData })) },
    };
  },

  async listSchools(ctx) {
    const { auth } = ctx;
    const where =
      auth.role === 'school'
        ? 'swv_code = (SELECT swv_code FROM schools WHERE school_key = $1)'
        : auth.role === 'swv'
          ? 'swv_code = $1'
          : 'municipality_code = $1';
    const rows = await ctx.db.query<SchoolRow>(
      `SELECT brin, vestiging, name, school_type, municipality_code, swv_code, holiday_region FROM schools WHERE ${where} ORDER BY name, brin, vestiging`,
      [auth.organisation],
    );
    return {
      status: 200,
      body: {
        items: rows.map((row) => ({
          brin: row.brin,
          vestiging: row.vestiging,
          name: row.name,
          schoolType: row.school_type,
          municipalityCode: row.municipality_code,
          swvCode: row.swv_code,
          holidayRegion: row.holiday_region ?? null,
        })),
      },
    };
  },

  async getDefinitionProfile(ctx) {
    const swvCode = await callerSwvCode(ctx.db, ctx.auth);
    // A school or municipality this server does not know has no SWV and so no profile.
    if (swvCode === null) throw forbidden('Your organisation belongs to no samenwerkingsverband known to this server.');
    return { status: 200, body: await definitionProfile(ctx.db, swvCode) };
  },
};
