// Resolving a 412 in edit mode: which fields did the server change since the user started, and
// how to merge the user's choice per field onto the server's current version.
import type { Case } from '@thuiszitters/sdk';
import { EMPTY_VALUES, FIELD_ORDER, sameValue, valuesFromCase, type FieldKey, type MeldingValues } from './form-model.js';

export type Side = 'mine' | 'server';

export interface ConflictRow {
  key: FieldKey;
  mine: MeldingValues[FieldKey];
  server: MeldingValues[FieldKey];
}

/** Fields that changed on the server since `base` and now differ from the user's value. */
export function conflictRows(base: MeldingValues, mine: MeldingValues, server: MeldingValues): ConflictRow[] {
  return FIELD_ORDER.filter((key) => key !== 'pupilRef' && !sameValue(server[key], base[key]) && !sameValue(mine[key], server[key])).map(
    (key) => ({ key, mine: mine[key], server: server[key] }),
  );
}

/** The default choice: keep what the user changed, take the server's value for what they left alone. */
export function defaultChoice(key: FieldKey, base: MeldingValues, mine: MeldingValues): Side {
  return sameValue(mine[key], base[key]) ? 'server' : 'mine';
}

/**
 * The user's edits on top of the server's version: every field the user changed (relative to
 * `base`) keeps the user's value unless they chose the server's for it in the conflict view.
 */
export function mergeOnServer(
  base: MeldingValues,
  mine: MeldingValues,
  server: MeldingValues,
  choices: Partial<Record<FieldKey, Side>>,
): Partial<MeldingValues> {
  const edits: Partial<MeldingValues> = {};
  for (const key of FIELD_ORDER) {
    if (key === 'pupilRef') continue;
    const choice = choices[key] ?? defaultChoice(key, base, mine);
    if (choice === 'mine' && !sameValue(mine[key], server[key])) (edits as Record<string, unknown>)[key] = mine[key];
  }
  return edits;
}

/** What the conflict view shows and decides from. */
export interface ConflictState {
  server: Case;
  /** The values the user had when the 412 came, and the base they started from. */
  mine: MeldingValues;
  base: MeldingValues;
  rows: ConflictRow[];
  choices: Partial<Record<FieldKey, Side>>;
}

/** The conflict after a 412: the rows to decide, each with its default choice. */
export function openConflict(server: Case, base: MeldingValues, mine: MeldingValues): ConflictState {
  const rows = conflictRows(base, mine, { ...EMPTY_VALUES, ...valuesFromCase(server) });
  const choices = Object.fromEntries(rows.map((row) => [row.key, defaultChoice(row.key, base, mine)]));
  return { server, mine, base, rows, choices };
}
