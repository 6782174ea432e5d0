import { factDateWith } from './claims/as-of';
import { formatNumber } from './format';
import { valueLabel } from './labels';
import { el, escapeMarkup } from './markup';
import type { FieldDescriptor, Row, Source } from './types';

export const isNumeric = (f: FieldDescriptor) => f.type === 'number' || f.type === 'integer' || f.type === 'year';

/** Long text (notes, descriptions): a cell shows its first LONG_SHOWN characters and a "more" button for the rest. */
const LONG = new Set(['note', 'description', 'title', 'target']);
/**
 * How much of a long text a cell shows before the reader asks for the rest: two or three lines of the
 * column, so rows stay compact. The rest is not in the table's markup until then (the browser has it
 * in the view's rows, which the page carries once), so a long note is not sent twice.
 */
export const LONG_SHOWN = 100;

/** A text cut at the last word boundary at or before `max` characters, or null when it fits. */
export function shortened(text: string, max = LONG_SHOWN): string | null {
  if (text.length <= max) return null;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.(–-]+$/, '');
}

/** Whether any long text of these rows is shortened in the table (so the table offers to show them all in full). */
export function hasShortenedText(fields: FieldDescriptor[], rows: Row[]): boolean {
  const long = fields.filter((f) => LONG.has(f.name));
  return long.length > 0 && rows.some((r) => long.some((f) => typeof r[f.name] === 'string' && shortened(r[f.name] as string) !== null));
}

/** The key of one long cell that a reader opened: the row's position in the view and the field. */
export const longCellKey = (rowIndex: number, field: string) => `${rowIndex}:${field}`;

/** Fields holding an id of data/sources.csv: the row's own source and the earliest source of its figure. */
const SOURCE_FIELDS = new Set(['source_id', 'first_source_id']);

function cellClass(f: FieldDescriptor): string | undefined {
  if (isNumeric(f)) return 'num';
  if (LONG.has(f.name)) return 'long';
  return f.type === 'string' && !f.constraints?.enum ? 'text' : undefined;
}

/**
 * Whether a row's figure or event first became public after the paper's cutoff day: its fact date (see
 * factDateWith), not the date of the copy we cite, so a 2024 figure read in a 2025 copy is not marked.
 */
export function afterPaper(row: Row, sources: Record<string, Source>, cutoff: string | null, dataset = ''): boolean {
  if (cutoff === null) return false;
  const fact = factDateWith(row, dataset, (id) => sources[id]?.published ?? null);
  return fact !== null && fact > cutoff;
}

/**
 * The stored value, for cells whose text shows it differently (a formatted number, a label): tests and
 * scripts read it from `data-value`. A cell showing its value as stored (a note) does not repeat it.
 */
function rawUnlessShown(field: FieldDescriptor, value: Row[string], unit: Row[string]): string | undefined {
  if (value === null) return '';
  const raw = String(value);
  if (field.type === 'number' || field.type === 'integer' || SOURCE_FIELDS.has(field.name)) return raw;
  return valueLabel(field, value) === raw && !unit ? undefined : raw;
}

/** What a cell shows, as markup: a dash for no value, a source as a link, a number with its unit, a label. */
function cellContent(field: FieldDescriptor, value: Row[string], unit: Row[string], sources: Record<string, Source>, cutoff: string | null, open: boolean, key: string): string {
  if (value === null) return el('span', { class: 'muted' }, '–');
  if (SOURCE_FIELDS.has(field.name)) {
    const s = sources[String(value)];
    const published = s?.published ? `; published ${s.published}${cutoff !== null && s.published > cutoff ? ', after the paper' : ''}` : '';
    // Only web addresses become links (a javascript: or data: address in the data would stay text).
    return s?.url && /^https?:\/\//i.test(s.url) ? el('a', { href: s.url, title: `${s.publisher}: ${s.title}${published}`, rel: 'noopener noreferrer' }, escapeMarkup(String(value))) : escapeMarkup(String(value));
  }
  if (field.type === 'number' || field.type === 'integer') {
    const shown = typeof value === 'number' ? formatNumber(value, { digits: 4 }) : String(value);
    return unit ? escapeMarkup(shown) + el('span', { class: 'unit' }, escapeMarkup(unit === 'percent' ? '%' : String(unit))) : escapeMarkup(shown);
  }
  const label = valueLabel(field, value);
  const short = LONG.has(field.name) && !open ? shortened(label) : null;
  if (short === null) return escapeMarkup(label);
  return `${escapeMarkup(short)}… ${el('button', { type: 'button', class: 'more', 'data-more': key, 'aria-label': `Show the whole ${fieldNoun(field)} (${label.length} characters)` }, 'more')}`;
}

const fieldNoun = (field: FieldDescriptor) => (field.title ?? field.name).toLowerCase();

/**
 * The table's body rows as markup, one cell per field in schema order. The table inserts it as it is:
 * its hundreds of cells are not hydrated one by one, and the server and the browser build the same
 * string from the same rows. A long text shows its beginning and a "more" button (`data-more`, the
 * cell's longCellKey) unless its key is in `opened`, or `opened` is 'all'.
 */
export function tableRowsMarkup(fields: FieldDescriptor[], rows: Row[], sources: Record<string, Source>, cutoff: string | null, dataset = '', opened: ReadonlySet<string> | 'all' = new Set()): string {
  return rows
    .map((row, i) =>
      el(
        'tr',
        { 'data-after-paper': afterPaper(row, sources, cutoff, dataset) ? '' : undefined },
        ...fields.map((f) => {
          const unit = f.name === 'value' ? row.unit : null;
          return el('td', { class: cellClass(f), 'data-value': rawUnlessShown(f, row[f.name], unit) }, cellContent(f, row[f.name], unit, sources, cutoff, opened === 'all' || opened.has(longCellKey(i, f.name)), longCellKey(i, f.name)));
        }),
      ),
    )
    .join('');
}
