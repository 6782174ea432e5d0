import 'server-only';
import { dayOf } from '../core/in-force';
import { STATUS_COLUMNS, hasLifecycle, publishedById, statusColumns, statusOn } from '../core/status-on';
import type { DatasetMeta, Row } from '../core/types';
import { getSources } from './data';

/** The columns of a selection's view: the schema's fields, then, for measures, the computed status columns. */
export const viewFields = (meta: DatasetMeta): string[] => [...meta.fields.map((f) => f.name), ...(hasLifecycle(meta) ? STATUS_COLUMNS : [])];

/**
 * Measures as the API, the filtered CSV and the pages show them: each row with its status on `day`
 * (the `in_force` day when asked, else today) and whether a source confirms it (lib/core/status-on).
 * Other datasets' rows pass through unchanged.
 */
export async function withStatus(meta: DatasetMeta, rows: Row[], day: string | null, now = new Date()): Promise<Row[]> {
  if (!hasLifecycle(meta)) return rows;
  const published = publishedById(await getSources());
  const on = day ?? dayOf(now);
  return rows.map((r) => ({ ...r, ...statusColumns(statusOn(r, on, published)) }));
}
