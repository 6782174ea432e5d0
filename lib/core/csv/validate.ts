import type { Cell, FieldDescriptor, Problem, Row, TableSchema } from '../types';
import type { ParsedCsv } from './parse';

/** Cells a spreadsheet would run as a formula. Not allowed in text cells of `data/`. */
export const FORMULA_PREFIX = /^[=+\-@\t\r]/;

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const YEAR = /^\d{4}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** A failed check. One instance per rule, so a valid cell allocates nothing. */
class Broken {
  constructor(readonly rule: string) {}
}

type Checker = (raw: string) => Cell | Broken;

const FORMULA = new Broken('text starts with =, +, -, @, tab or CR (spreadsheet formula injection)');

/** Type conversion for one field, decided once per table instead of once per cell. */
function converterFor(field: FieldDescriptor): Checker {
  switch (field.type) {
    case 'integer': {
      const bad = new Broken('type: expected an integer');
      return (raw) => (INTEGER.test(raw) ? Number(raw) : bad);
    }
    case 'number': {
      const bad = new Broken('type: expected a number');
      return (raw) => (NUMBER.test(raw) ? Number(raw) : bad);
    }
    case 'year': {
      const bad = new Broken('type: expected a four-digit year');
      return (raw) => (YEAR.test(raw) ? Number(raw) : bad);
    }
    case 'date': {
      const bad = new Broken('type: expected a date YYYY-MM-DD');
      return (raw) => (isCalendarDate(raw) ? raw : bad);
    }
    case 'boolean': {
      // Table Schema's default trueValues/falseValues, narrowed to the lower-case words the data uses.
      const bad = new Broken('type: expected true or false');
      return (raw) => (raw === 'true' ? true : raw === 'false' ? false : bad);
    }
    default:
      return (raw) => {
        const first = raw.charCodeAt(0);
        // = + - @ tab CR
        return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13 ? FORMULA : raw;
      };
  }
}

/** Conversion plus the field's constraints, compiled into one function. */
function checkerFor(field: FieldDescriptor): Checker {
  const convert = converterFor(field);
  const c = field.constraints ?? {};
  const tests: Array<(value: Cell, raw: string) => Broken | null> = [];
  if (c.enum) {
    const allowed = new Set<unknown>([...c.enum, ...c.enum.map(String)]);
    const bad = new Broken(`enum: must be one of ${c.enum.join(' | ')}`);
    tests.push((value, raw) => (allowed.has(value) || allowed.has(raw) ? null : bad));
  }
  if (c.minimum !== undefined) {
    const min = c.minimum;
    const bad = new Broken(`minimum: must be at least ${min}`);
    tests.push((value) => ((value as number | string) < min ? bad : null));
  }
  if (c.maximum !== undefined) {
    const max = c.maximum;
    const bad = new Broken(`maximum: must be at most ${max}`);
    tests.push((value) => ((value as number | string) > max ? bad : null));
  }
  if (c.pattern !== undefined) {
    const pattern = new RegExp(`^(?:${c.pattern})$`, 'u');
    const bad = new Broken(`pattern: must match ${c.pattern}`);
    tests.push((_, raw) => (pattern.test(raw) ? null : bad));
  }
  if (tests.length === 0) return convert;
  return (raw) => {
    const value = convert(raw);
    if (value instanceof Broken) return value;
    for (const test of tests) {
      const broken = test(value, raw);
      if (broken) return broken;
    }
    return value;
  };
}

const EMPTY_RECORD: string[] = [];

/** `(v) => ({ "measure": v[0], "country": v[1], ... })` for the schema's field names. */
function rowBuilder(names: string[]): (values: Cell[]) => Row {
  const body = names.map((name, i) => `${JSON.stringify(name)}: v[${i}]`).join(', ');
  return new Function('v', `return { ${body} };`) as (values: Cell[]) => Row;
}

export interface TableOutcome {
  rows: Row[];
  problems: Problem[];
}

/**
 * Checks a parsed CSV against its Table Schema: header, types, required, enum, minimum/maximum,
 * pattern, unique and primary key. Returns typed rows and every problem found (not just the first).
 * It consumes `csv.records`: each record is released once its row is built.
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
  const onlyEmpty = missing.size === 1 && missing.has('');
  const keyFields = asArray(schema.primaryKey).map((name) => names.indexOf(name));
  const compiled = fields.map((field, c) => ({
    name: field.name,
    check: checkerFor(field),
    required: Boolean(field.constraints?.required) || keyFields.includes(c),
    seen: field.constraints?.unique ? new Set<Cell>() : null,
  }));
  // Primary keys as a tree of Maps, one level per key field, the record index at the leaf: no
  // per-row key string to build and hash.
  const keysSeen = new Map<string, unknown>();
  // Cells go into one reused array; each row is then built by one object literal of the schema's
  // shape, which the engine creates far faster than an object filled key by key.
  const values: Cell[] = new Array(names.length).fill(null);
  const buildRow = rowBuilder(names);
  const rows: Row[] = new Array(csv.records.length);
  const fail = (r: number, c: number, raw: string, rule: string) =>
    problems.push({ file, line: csv.lineOf(r), column: c + 1, field: names[c], value: raw, rule });

  for (let r = 0; r < csv.records.length; r++) {
    const cells = csv.records[r];

    for (let c = 0; c < compiled.length; c++) {
      const field = compiled[c];
      const raw = cells[c];
      if (onlyEmpty ? raw === '' : missing.has(raw)) {
        values[c] = null;
        if (field.required) fail(r, c, raw, 'required: a value is needed');
        continue;
      }
      const value = field.check(raw);
      if (value instanceof Broken) {
        fail(r, c, raw, value.rule);
        values[c] = null;
        continue;
      }
      values[c] = value;
      if (field.seen) {
        if (field.seen.has(value)) fail(r, c, raw, 'unique: this value already appears in an earlier row');
        field.seen.add(value);
      }
    }
    if (keyFields.length > 0) {
      let level = keysSeen;
      for (let k = 0; k < keyFields.length - 1; k++) {
        const cell = cells[keyFields[k]];
        let next = level.get(cell) as Map<string, unknown> | undefined;
        if (next === undefined) level.set(cell, (next = new Map()));
        level = next;
      }
      const last = cells[keyFields[keyFields.length - 1]];
      const earlier = level.get(last) as number | undefined;
      if (earlier !== undefined) {
        problems.push({
          file,
          line: csv.lineOf(r),
          column: keyFields[0] + 1,
          field: keyFields.map((c) => names[c]).join('+'),
          value: keyFields.map((c) => cells[c]).join(' / '),
          rule: `primary key: duplicates the row on line ${csv.lineOf(earlier)}`,
        });
      } else level.set(last, r);
    }
    rows[r] = buildRow(values);
    // The raw cells are not needed again; letting them go keeps peak memory near one copy of the data.
    csv.records[r] = EMPTY_RECORD;
  }
  return { rows, problems };
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.field}=${p.value}: ${p.rule}`;
}
