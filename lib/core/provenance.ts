import type { Provenance, Row, Source } from './types';

export type { Provenance };

/** Counts from the rows themselves, so the summary always matches the data. Pure. */
export function provenanceOf(rows: Row[], sourcesById: Map<string, Source>): Provenance {
  const counts = { primary: 0, secondary: 0, 'as-cited': 0 };
  const cited = new Set<string>();
  for (const row of rows) {
    if (row.confidence === 'primary' || row.confidence === 'secondary' || row.confidence === 'as-cited') counts[row.confidence]++;
    if (typeof row.source_id === 'string') cited.add(row.source_id);
  }
  const sourcesByKind: Record<string, number> = {};
  for (const id of cited) {
    const kind = sourcesById.get(id)?.kind ?? 'unknown';
    sourcesByKind[kind] = (sourcesByKind[kind] ?? 0) + 1;
  }
  return { rows: counts, sourcesByKind };
}
