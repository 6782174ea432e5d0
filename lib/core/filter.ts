import { rowYear } from './dataset-meta';
import { inForceOn } from './in-force';
import type { DatasetMeta, Row } from './types';

/** A selection of rows: countries (canonical names), an inclusive year range, facet values and, for measures with a lifecycle, the day they must be in force on. */
export interface Filter {
  countries: string[];
  from: number | null;
  to: number | null;
  facets: Record<string, string[]>;
  /** YYYY-MM-DD: only measures in force on that day (datasets with an effective_date field). */
  inForce: string | null;
  /** The order rows are shown and downloaded in; null keeps the file's order. */
  sort: Sort;
}

export type Sort = { field: string; dir: 'asc' | 'desc' } | null;

/** Rows in the order asked, empty cells last, ties in file order; the same order for the table, the API and the CSV. */
export function sortRows<T extends Row>(rows: T[], sort: Sort): T[] {
  if (!sort) return rows;
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = a.row[sort.field];
      const y = b.row[sort.field];
      if (x === y || (x == null && y == null)) return a.i - b.i;
      if (x == null) return 1;
      if (y == null) return -1;
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sign || a.i - b.i;
    })
    .map((e) => e.row);
}

/** Whether `in_force=DAY` keeps a row; the data layer passes one that also keeps unconfirmed measures (lib/core/status-on). */
export type InForceTest = (row: Row, day: string) => boolean;
const lifecycleInForce: InForceTest = (row, day) => inForceOn(row, day).inForce;
const inForceMatch = (row: Row, day: string | null, test: InForceTest = lifecycleInForce) => day === null || test(row, day);


interface Bucket {
  years: number[];
  rows: number[];
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Row indices (ascending) ordered by year; a stable sort, so equal years keep file order. */
function bucketOf(indices: number[], years: Float64Array): Bucket {
  indices.sort((a, b) => years[a] - years[b] || a - b);
  const ys = new Array<number>(indices.length);
  for (let k = 0; k < indices.length; k++) ys[k] = years[indices[k]];
  return { years: ys, rows: indices };
}

/**
 * Rows indexed by country and year, so a selection costs O(log n + matches), not a full scan.
 * Rows without a year sit at -Infinity and match only when no year bound is set.
 */
export class DatasetIndex {
  private byCountry = new Map<string, Bucket>();
  private all: Bucket;

  constructor(
    private readonly rows: Row[],
    private readonly timeField: DatasetMeta['timeField'],
    private readonly inForceTest: InForceTest = lifecycleInForce,
  ) {
    const years = new Float64Array(rows.length);
    const grouped = new Map<string, number[]>();
    const all = new Array<number>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      years[i] = rowYear(rows[i], timeField) ?? -Infinity;
      all[i] = i;
      const country = rows[i].country;
      if (typeof country !== 'string') continue;
      let list = grouped.get(country);
      if (!list) grouped.set(country, (list = []));
      list.push(i);
    }
    for (const [country, list] of grouped) this.byCountry.set(country, bucketOf(list, years));
    this.all = bucketOf(all, years);
  }

  /** Indices of the matching rows, in file order. */
  select(filter: Filter): number[] {
    const buckets = filter.countries.length > 0 ? filter.countries.flatMap((c) => this.byCountry.get(c) ?? []) : [this.all];
    const from = filter.from ?? -Infinity;
    const to = filter.to ?? Infinity;
    const bounded = filter.from !== null || filter.to !== null;
    const facetEntries = Object.entries(filter.facets).filter(([, values]) => values.length > 0);
    const out: number[] = [];
    for (const bucket of buckets) {
      const start = bounded ? lowerBound(bucket.years, from) : 0;
      for (let k = start; k < bucket.years.length && bucket.years[k] <= to; k++) {
        if (bounded && bucket.years[k] === -Infinity) continue;
        const row = this.rows[bucket.rows[k]];
        if (facetEntries.every(([field, values]) => values.includes(String(row[field]))) && inForceMatch(row, filter.inForce, this.inForceTest)) out.push(bucket.rows[k]);
      }
    }
    return out.sort((a, b) => a - b);
  }

  rowsFor(filter: Filter): Row[] {
    return sortRows(
      this.select(filter).map((i) => this.rows[i]),
      filter.sort,
    );
  }
}

/** The same selection without an index: the reference the index is tested against. */
export function filterRows(rows: Row[], filter: Filter, timeField: DatasetMeta['timeField'], inForceTest: InForceTest = lifecycleInForce): Row[] {
  const countries = new Set(filter.countries);
  const kept = rows.filter((row) => {
    if (countries.size > 0 && !countries.has(String(row.country))) return false;
    const year = rowYear(row, timeField);
    if (filter.from !== null && (year === null || year < filter.from)) return false;
    if (filter.to !== null && (year === null || year > filter.to)) return false;
    if (!inForceMatch(row, filter.inForce, inForceTest)) return false;
    return Object.entries(filter.facets).every(([field, values]) => values.length === 0 || values.includes(String(row[field])));
  });
  return sortRows(kept, filter.sort);
}
