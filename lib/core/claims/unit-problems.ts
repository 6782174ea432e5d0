import { comparableUnits } from '../units';
import { matches, wheresOf } from './evaluate';
import type { Check, DatasetMeta, Row } from '../types';

/**
 * A comparison across units that cannot be converted into each other (lib/core/units.ts) is a data
 * error, reported by validate-data: every unit a compare check's sides select must convert to every
 * other. Pure.
 */
export function unitProblems(check: Check, rows: Row[], timeField: DatasetMeta['timeField'], here: string): string[] {
  if (check.kind !== 'compare') return [];
  const units = [...new Set(wheresOf(check).flatMap((w) => rows.filter((r) => matches(r, w, timeField)).map((r) => r.unit)))];
  const out: string[] = [];
  for (let i = 0; i < units.length; i++)
    for (let j = i + 1; j < units.length; j++)
      if (!comparableUnits(units[i], units[j])) out.push(`${here}: compares "${String(units[i])}" with "${String(units[j])}", units the unit table (lib/core/units.ts) cannot convert into each other`);
  return out;
}
