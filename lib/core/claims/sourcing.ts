import type { EvidenceRow, Row, Sourcing } from '../types';

/** `single_sourced` as the fact-date columns carry it: a boolean, or its CSV text. */
export const isSingleSourced = (row: Row): boolean => String(row.single_sourced) === 'true';

/**
 * The strength of the sourcing of the rows a verdict or check rests on: counts by confidence and
 * single-sourcing, and the words shown beside the verdict ("on secondary sources"). It never changes a
 * verdict or a status: the same rule for every check kind. Pure.
 */
export function sourcingOf(rows: EvidenceRow[]): Sourcing {
  const count = (c: string) => rows.filter((e) => e.row.confidence === c).length;
  const [primary, secondary, asCited] = [count('primary'), count('secondary'), count('as-cited')];
  const singleSourced = rows.filter((e) => isSingleSourced(e.row)).length;
  const strength: Sourcing['strength'] = rows.length === 0 ? 'none' : secondary + asCited === 0 ? 'primary' : primary === 0 ? 'secondary' : 'mixed';
  const base = { none: 'on no evidence', primary: 'on primary sources', secondary: 'on secondary sources', mixed: `on primary and secondary sources (${secondary + asCited} of ${rows.length} rows secondary)` }[strength];
  const single = singleSourced === 0 ? '' : singleSourced === rows.length ? ', each figure found in a single publication' : `, ${singleSourced} of ${rows.length} figures found in a single publication`;
  return { primary, secondary, asCited, singleSourced, strength, label: base + single };
}
