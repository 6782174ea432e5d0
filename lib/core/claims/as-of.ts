import type { Row } from '../types';
import type { EvidenceSource } from './evaluate';

/**
 * The evidence a reader could have seen on `cutoff`: only rows whose source was published on or
 * before it. `published` is YYYY-MM-DD, YYYY-MM or YYYY; a shorter date sorts before every day in
 * its month or year, so "2024-12" and "2024" count as on or before "2024-12-31". A row whose source
 * has no publication date is left out: we cannot show it was visible.
 */
export function visibleOn(source: EvidenceSource, published: Map<string, string | null>, cutoff: string): EvidenceSource {
  const visible = (row: Row) => {
    const date = typeof row.source_id === 'string' ? published.get(row.source_id) : null;
    return typeof date === 'string' && date !== '' && date <= cutoff;
  };
  const out: EvidenceSource = new Map();
  for (const [id, data] of source) out.set(id, 'unavailable' in data ? data : { ...data, rows: data.rows.filter(visible) });
  return out;
}
