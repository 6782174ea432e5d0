import type { Problem, Row, Source } from '../types';

/**
 * Fact dates: `first_published` is the day (or month, or year) a figure first became public, and
 * `first_source_id` the source in data/sources.csv that shows it. Both empty means the row's own source
 * is the earliest cited, so its `published` date is the fact date.
 */

/** `2024`, `2024-03` or `2024-03-19` cut to `length` characters (4, 7 or 10). */
const cut = (date: string, length: number) => date.slice(0, length);

/**
 * Whether `first` is the source's own date as the source gives it: `2024-03` fits a source published
 * `2024-03` only. A coarser date would drop what the source says; a finer one (`2024-03-06` for a
 * source dated `2024-03`) would claim more than it says.
 */
export function matchesPublished(first: string, published: string): boolean {
  return first === published;
}

/** Whether `a` is later than `b`, compared at the precision both dates have. */
export function laterThan(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return cut(a, length) > cut(b, length);
}

/**
 * The rules of the fact-date columns for one table's typed rows. Tables without the columns have none
 * to break. Problems name the line, column and value, like the schema checks.
 */
export function factDateProblems(
  file: string,
  fieldNames: string[],
  rows: Row[],
  sources: ReadonlyMap<string, Pick<Source, 'published'>>,
  lineOf: (recordIndex: number) => number,
): Problem[] {
  const firstCol = fieldNames.indexOf('first_published');
  const idCol = fieldNames.indexOf('first_source_id');
  if (firstCol === -1 && idCol === -1) return [];
  const problems: Problem[] = [];
  rows.forEach((row, i) => {
    const first = typeof row.first_published === 'string' ? row.first_published : null;
    const id = typeof row.first_source_id === 'string' ? row.first_source_id : null;
    const at = (col: number, field: string, value: string, rule: string) =>
      problems.push({ file, line: lineOf(i), column: col + 1, field, value, rule });
    if (first !== null && id === null) {
      at(idCol === -1 ? firstCol : idCol, 'first_source_id', '', 'fact date: first_published needs the first_source_id of the source that shows it');
      return;
    }
    if (id !== null && first === null) {
      at(firstCol === -1 ? idCol : firstCol, 'first_published', '', 'fact date: first_source_id is set but first_published is empty');
      return;
    }
    if (first === null || id === null) return;
    if (id === row.source_id) {
      at(idCol, 'first_source_id', id, "fact date: first_source_id is the row's own source; leave both fact-date columns empty instead");
      return;
    }
    const firstSource = sources.get(id);
    if (!firstSource) {
      at(idCol, 'first_source_id', id, 'foreign key: no such id in data/sources.csv');
      return;
    }
    const published = firstSource.published;
    if (!published || !matchesPublished(first, published)) {
      at(firstCol, 'first_published', first, `fact date: must be the published date of ${id} as it gives it (${published ?? 'none recorded'})`);
    }
    const own = sources.get(String(row.source_id))?.published;
    if (own && laterThan(first, own)) {
      at(firstCol, 'first_published', first, `fact date: later than the row's own source ${String(row.source_id)} (published ${own})`);
    }
  });
  return problems;
}
