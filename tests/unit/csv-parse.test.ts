import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../lib/core/csv/parse';
import { formatProblem } from '../../lib/core/csv/validate';

const F = 'data/t.csv';
const messages = (text: string) => {
  const out = parseCsv(text, F);
  assert.equal(out.ok, false, 'expected the parse to fail');
  return out.ok ? [] : out.problems.map(formatProblem);
};

test('a well-formed file parses into header and records with their lines', () => {
  const out = parseCsv('a,b\n1,"x, y"\n2,"say ""hi"""\n', F);
  assert.ok(out.ok);
  assert.deepEqual(out.csv.header, ['a', 'b']);
  assert.deepEqual(out.csv.records, [['1', 'x, y'], ['2', 'say "hi"']]);
  assert.equal(out.csv.lineOf(1), 3);
});

test('a quoted cell that spans lines keeps later rows on their physical lines', () => {
  const out = parseCsv('a,b\n1,"two\nlines"\n2,z\n', F);
  assert.ok(out.ok);
  assert.deepEqual(out.csv.records[0], ['1', 'two\nlines']);
  assert.equal(out.csv.lineOf(1), 4);
});

test('a file without a final newline still parses every row', () => {
  const out = parseCsv('a,b\n1,2', F);
  assert.ok(out.ok);
  assert.deepEqual(out.csv.records, [['1', '2']]);
});

test('an unclosed quote is reported at its line and column', () => {
  const [m] = messages('a,b\n1,2\n3,"open\n');
  assert.match(m, /^data\/t\.csv:3:2 .*unclosed quote/);
});

test('a stray quote inside a cell says how to write it', () => {
  const ms = messages('a,b,c\n1,"x"y,3\n');
  assert.match(ms[0], /^data\/t\.csv:2:2 .*stray quote: a quote inside a quoted cell must be doubled/);
});

test('a row with the wrong number of cells names its line and counts', () => {
  const ms = messages('a,b,c\n1,2,3\n4,5\n');
  assert.equal(ms.length, 1);
  assert.match(ms[0], /^data\/t\.csv:3:3 \(row\)=2: wrong column count: 2 cells where the header has 3/);
});

test('a byte-order mark is named as the problem', () => {
  assert.match(messages('\uFEFFa,b\n1,2\n')[0], /data\/t\.csv:1:1 .*byte-order mark/);
});

test('CRLF line ends are named with the first line they occur on', () => {
  assert.match(messages('a,b\n1,2\r\n3,4\r\n')[0], /data\/t\.csv:2:1 .*CRLF/);
});

test('an empty file and a header-only file are errors, not empty datasets', () => {
  assert.match(messages('')[0], /file is empty/);
  assert.match(messages('\n')[0], /file is empty/);
  assert.match(messages('a,b\n')[0], /header only/);
});

test('a blank line in the middle is reported', () => {
  assert.match(messages('a,b\n1,2\n\n3,4\n')[0], /data\/t\.csv:3:1 .*blank line/);
});
