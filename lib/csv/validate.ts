import type { Cell, FieldDescriptor, Problem, Row, TableSchema } from '../types';
import type { ParsedCsv } from './parse';

/** Cells a spreadsheet would run as a formula. Not allowed in text cells of `data/`. */
export const FORMULA_PREFIX = /^[=+\-@\t\r]/;

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const YEAR = /^\d{4}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Converted = { ok: true; value: Cell } | { ok: false; rule: string };

export function asArray(value: string[] | string | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function isCalendarDate(raw: string): boolean {
  const m = DATE.exec(raw);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function convert(raw: string, field: FieldDescriptor): Converted {
  switch (field.type) {
    case 'integer':
      return INTEGER.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, rule: 'type: expected an integer' };
    case 'number':
      return NUMBER.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, rule: 'type: expected a number' };
    case 'year':
      return YEAR.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, rule: 'type: expected a four-digit year' };
    case 'date':
      return isCalendarDate(raw) ? { ok: true, value: raw } : { ok: false, rule: 'type: expected a date YYYY-MM-DD' };
    default:
      return FORMULA_PREFIX.test(raw)
        ? { ok: false, rule: 'text starts with =, +, -, @, tab or CR (spreadsheet formula injection)' }
        : { ok: true, value: raw };
  }
}

function checkConstraints(value: Cell, raw: string, field: FieldDescriptor): string | null {
  const c = field.constraints;
  if (!c || value === null) return null;
  if (c.enum && !c.enum.some((allowed) => allowed === value || String(allowed) === raw)) {
    return `enum: must be one of ${c.enum.join(' | ')}`;
  }
  if (c.minimum !== undefined && value < c.minimum) return `minimum: must be at least ${c.minimum}`;
  if (c.maximum !== undefined && value > c.maximum) return `maximum: must be at most ${c.maximum}`;
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(raw)) {
    return `pattern: must match ${c.pattern}`;
  }
  return null;
}

export interface TableOutcome {
  rows: Row[];
  problems: Problem[];
}

/**
 * Checks a parsed CSV against its Table Schema: header, types, required, enum, minimum/maximum,
 * pattern, unique and primary key. Returns typed rows and every problem found (not just the first).
 */
export function validateTable(csv: ParsedCsv, schema: TableSchema, file: string): TableOutcome {
  const problems: Problem[] = [];
  const fields = schema.fields;
  const names = fields.map((f) => f.name);
  const headerMismatch = names.findIndex((name, i) => csv.header[i] !== name);
  if (headerMismatch !== -1 || csv.header.length !== names.length) {
    const column = headerMismatch === -1 ? names.length + 1 : headerMismatch + 1;
    problems.push({
      file,
      line: 1,
      column,
      field: names[column - 1] ?? '(header)',
      value: csv.header[column - 1] ?? '',
      rule: `header: expected ${names.join(',')}`,
    });
    return { rows: [], problems };
  }

  const missing = new Set(schema.missingValues ?? ['']);
  const uniqueSeen = fields.map((f) => (f.constraints?.unique ? new Set<Cell>() : null));
  const keyFields = asArray(schema.primaryKey).map((name) => names.indexOf(name));
  const keysSeen = new Map<string, number>();
  const rows: Row[] = new Array(csv.records.length);

  for (let r = 0; r < csv.records.length; r++) {
    const cells = csv.records[r];
    const row: Row = {};
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c];
      const raw = cells[c];
      const fail = (rule: string) =>
        problems.push({ file, line: csv.lineOf(r), column: c + 1, field: field.name, value: raw, rule });
      if (missing.has(raw)) {
        row[field.name] = null;
        if (field.constraints?.required || keyFields.includes(c)) fail('required: a value is needed');
        continue;
      }
      const converted = convert(raw, field);
      if (!converted.ok) {
        fail(converted.rule);
        row[field.name] = null;
        continue;
      }
      row[field.name] = converted.value;
      const broken = checkConstraints(converted.value, raw, field);
      if (broken) fail(broken);
      const seen = uniqueSeen[c];
      if (seen) {
        if (seen.has(converted.value)) fail('unique: this value already appears in an earlier row');
        seen.add(converted.value);
      }
    }
    if (keyFields.length > 0) {
      const key = keyFields.map((c) => cells[c]).join('\u0000');
      const earlier = keysSeen.get(key);
      if (earlier !== undefined) {
        problems.push({
          file,
          line: csv.lineOf(r),
          column: keyFields[0] + 1,
          field: keyFields.map((c) => names[c]).join('+'),
          value: keyFields.map((c) => cells[c]).join(' / '),
          rule: `primary key: duplicates the row on line ${earlier}`,
        });
      } else keysSeen.set(key, csv.lineOf(r));
    }
    rows[r] = row;
  }
  return { rows, problems };
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.field}=${p.value}: ${p.rule}`;
}
