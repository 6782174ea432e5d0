import type { Evaluation, EvidenceRow, Row } from '../types';
import type { EvidenceSource } from './evaluate';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * When a row's figure or event first became public (its fact date), not when the copy we read was
 * published: `first_published` when the row has it (YYYY, YYYY-MM or YYYY-MM-DD), else for the
 * export-controls timeline the row's own `date` (when the measure was announced or published), else the
 * publication date of the row's source. Null when none is known. Pure.
 */
export function factDateOf(row: Row, dataset: string, published: Map<string, string | null>): string | null {
  return factDateWith(row, dataset, (id) => published.get(id) ?? null);
}

/** factDateOf with the sources' publication dates looked up by a function (e.g. from a record of sources). Pure. */
export function factDateWith(row: Row, dataset: string, publishedOf: (sourceId: string) => string | null): string | null {
  const first = text(row.first_published);
  if (first && DATE.test(first)) return first;
  if (dataset === 'export-controls') {
    const date = text(row.date);
    if (date && DATE.test(date)) return date;
  }
  const id = text(row.source_id);
  return id ? text(publishedOf(id)) : null;
}

/** Whether a fact date (YYYY, YYYY-MM or YYYY-MM-DD) is on or before a day: "2024-12" and "2024" count as on or before "2024-12-31". */
export const onOrBefore = (date: string, cutoff: string): boolean => date <= cutoff;

/**
 * The evidence a reader could have seen on `cutoff`: only rows whose fact date (see factDateOf) is on
 * or before it. A shorter date sorts before every day in its month or year. A row with no fact date is
 * left out: we cannot show it was public.
 */
export function visibleOn(source: EvidenceSource, published: Map<string, string | null>, cutoff: string): EvidenceSource {
  const out: EvidenceSource = new Map();
  for (const [id, data] of source) {
    if ('unavailable' in data) out.set(id, data);
    else
      out.set(id, {
        ...data,
        rows: data.rows.filter((row) => {
          const date = factDateOf(row, id, published);
          return date !== null && onOrBefore(date, cutoff);
        }),
      });
  }
  return out;
}

/** An evaluation whose evidence rows carry their fact dates (`factDate`), for the change panel and the API. Pure. */
export function withFactDates(e: Evaluation, published: Map<string, string | null>): Evaluation {
  const stamp = (x: EvidenceRow): EvidenceRow => ({ ...x, factDate: factDateOf(x.row, x.dataset, published) });
  return { ...e, rows: e.rows.map(stamp), checks: e.checks.map((c) => ({ ...c, rows: c.rows.map(stamp) })) };
}
