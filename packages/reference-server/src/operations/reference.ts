// Reference data: the reason taxonomy, the schools of the caller's region and the SWV's
// definition profile.
//   listSchools — school: the schools of its own SWV; swv: its region; leerplicht: the schools
//                 located in its municipality (whichever SWV they belong to).
//   getDefinitionProfile — the profile row of the caller's SWV, thresholds the row leaves out
//                 (or a missing row) filled with the national defaults of @thuiszitters/domain.
//                 Leerplicht: the profile of the SWV with most schools in its municipality.
import { DEFAULT_REASONS, resolveProfile, type DefinitionProfile } from '@thuiszitters/domain';
import { forbidden } from '../http/problem.js';
import type { OperationHandlers } from '../http/context.js';
import { callerSwvCode, findProfileRow, listRegionSchools } from '../store/reference.js';
import type { Database } from '../storage/database.js';

/** The definition profile of an SWV with defaults filled in; `null` code gives the national defaults. */
export async function definitionProfile(db: Database, swvCode: string | null): Promise<DefinitionProfile> {
  const row = swvCode ? await findProfileRow(db, swvCode) : null;
  const thresholds = resolveProfile({
    ...row?.choices,
    lrvThresholdDays: row?.lrv_threshold_days ?? undefined,
    normMonths: row?.norm_months ?? undefined,
    almostOutDays: row?.almost_out_days ?? undefined,
    smallCellThreshold: row?.small_cell_threshold ?? undefined,
    retentionMonths: row?.retention_months ?? undefined,
  });
  return { swvCode: swvCode ?? '', name: row?.name ?? (swvCode ? `Samenwerkingsverband ${swvCode}` : 'Landelijke standaard'), ...thresholds };
}

export const referenceHandlers = {
  async listReasons() {
    return {
      status: 200,
      body: { items: DEFAULT_REASONS.map((r) => ({ code: r.code, label: { nl: r.label.nl, en: r.label.en }, healthData: r.healthData })) },
    };
  },

  async listSchools(ctx) {
    const rows = await listRegionSchools(ctx.db, ctx.auth);
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
} satisfies OperationHandlers;
