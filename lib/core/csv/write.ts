import type { Cell, Row } from '../types';
import { FORMULA_PREFIX } from './validate';

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe; numbers and booleans stay as they are. */
export function neutralise(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return FORMULA_PREFIX.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 CSV: header in the given field order, LF line ends, a final newline. */
export function writeCsv(fields: string[], rows: Row[]): string {
  const lines = [fields.map(quote).join(',')];
  for (const row of rows) lines.push(fields.map((f) => quote(neutralise(row[f] ?? null))).join(','));
  return `${lines.join('\n')}\n`;
}
