import { labelFor } from '../labels';
import { formatValue } from './evaluate';
import type { DatasetMeta, EvidenceRow } from '../types';

/** One evidence row in a line of words: who, what (its label), when, how much. */
export function describeRow(e: EvidenceRow, fields: DatasetMeta['fields']): string {
  const { row } = e;
  const meta = { fields };
  const what = row.title ?? (row.measure != null ? labelFor(meta, 'measure', row.measure) : row.series != null ? labelFor(meta, 'series', row.series) : (row.provider ?? row.item ?? row.sub_item ?? row.name ?? null));
  const value = typeof row.value === 'number' ? formatValue(row.value, row.unit) : null;
  return [row.id, row.country, what, row.period ?? row.date ?? row.year, value].filter((x) => x !== null && x !== undefined && x !== '').join(' · ');
}
