import { writeCsv } from '../csv/write';
import type { EvidenceRow } from '../types';

/** The rows a verdict used, as one CSV: a `dataset` column, then every field in order of first appearance. */
export function evidenceCsv(rows: EvidenceRow[]): string {
  const fields = ['dataset'];
  for (const e of rows) for (const f of Object.keys(e.row)) if (!fields.includes(f)) fields.push(f);
  return writeCsv(fields, rows.map((e) => ({ ...e.row, dataset: e.dataset })));
}
