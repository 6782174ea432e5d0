import Papa from 'papaparse';
import type { Problem } from '../types';

export interface ParsedCsv {
  header: string[];
  /** Data records (header excluded), each with the physical line it starts on (1-based). */
  records: string[][];
  lineOf: (recordIndex: number) => number;
}

export type ParseOutcome = { ok: true; csv: ParsedCsv } | { ok: false; problems: Problem[] };

const fileProblem = (file: string, line: number, rule: string, column = 1): Problem => ({
  file,
  line,
  column,
  field: '(file)',
  value: '',
  rule,
});

/**
 * Parses RFC 4180 CSV (comma, double quotes, LF line ends, UTF-8 without BOM) with papaparse.
 * Structural problems (BOM, CRLF, unclosed quotes, ragged rows, empty or header-only files) are
 * returned as values; nothing throws.
 */
export function parseCsv(text: string, file: string): ParseOutcome {
  const problems: Problem[] = [];
  if (text.length === 0 || text.trim().length === 0) {
    return { ok: false, problems: [fileProblem(file, 1, 'file is empty: expected a header row and data rows')] };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push(fileProblem(file, 1, 'file starts with a byte-order mark: save it as UTF-8 without BOM'));
    text = text.slice(1);
  }
  const crlf = text.indexOf('\r\n');
  if (crlf !== -1) {
    const line = countNewlines(text, crlf) + 1;
    problems.push(fileProblem(file, line, 'line ends are CRLF: save the file with LF line ends'));
  }

  const result = Papa.parse<string[]>(text, { delimiter: ',', quoteChar: '"', header: false, skipEmptyLines: false });
  const lineOf = lineLocator(text, result.data.length);

  for (const err of result.errors) {
    const row = err.row ?? 0;
    const rule =
      err.code === 'MissingQuotes'
        ? 'unclosed quote: a quoted cell never ends'
        : err.code === 'InvalidQuotes'
          ? 'stray quote: a quote inside a quoted cell must be doubled ("")'
          : `${err.code}: ${err.message}`;
    problems.push(fileProblem(file, lineOf(row), rule, columnAt(text, err.index)));
  }

  const rows = result.data;
  // A final newline yields one empty record; drop it (and only it).
  if (rows.length > 0 && isBlank(rows[rows.length - 1])) rows.pop();
  if (rows.length === 0) {
    return { ok: false, problems: [fileProblem(file, 1, 'file is empty: expected a header row and data rows')] };
  }
  const header = rows[0];
  if (rows.length === 1) {
    problems.push(fileProblem(file, 1, 'header only: the file has no data rows'));
  }
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i];
    if (isBlank(cells)) {
      problems.push(fileProblem(file, lineOf(i), 'blank line inside the file'));
    } else if (cells.length !== header.length) {
      problems.push({
        file,
        line: lineOf(i),
        column: Math.min(cells.length, header.length) + 1,
        field: '(row)',
        value: String(cells.length),
        rule: `wrong column count: ${cells.length} cells where the header has ${header.length}`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    csv: { header, records: rows.slice(1), lineOf: (recordIndex) => lineOf(recordIndex + 1) },
  };
}

/** The 1-based column of a character offset: commas outside quotes since the start of its record. */
function columnAt(text: string, index: number | undefined): number {
  if (index === undefined || index < 0) return 1;
  let start = index;
  while (start > 0 && text[start - 1] !== '\n') start--;
  let column = 1;
  let inQuotes = false;
  for (let i = start; i < index && i < text.length; i++) {
    if (text[i] === '"') inQuotes = !inQuotes;
    else if (text[i] === ',' && !inQuotes) column++;
  }
  return column;
}

function isBlank(cells: string[]): boolean {
  return cells.length === 1 && cells[0] === '';
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Maps a record index (0 = header) to its starting physical line. When no cell spans lines, record
 * i starts on line i + 1; otherwise the starts are found once by a quote-aware scan, only if asked.
 */
function lineLocator(text: string, recordCount: number): (recordIndex: number) => number {
  let starts: number[] | null = null;
  const simple = countNewlines(text, text.length) + 1 === recordCount;
  return (recordIndex) => {
    if (simple) return recordIndex + 1;
    starts ??= recordStartLines(text);
    return starts[recordIndex] ?? starts[starts.length - 1] ?? 1;
  };
}

function recordStartLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n') {
      line++;
      if (!inQuotes) starts.push(line);
    }
  }
  return starts;
}
