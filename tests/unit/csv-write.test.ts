import { test } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { writeCsv } from '../../lib/core/csv/write';
import type { Row } from '../../lib/core/types';

const fields = ['country', 'year', 'value', 'note'];

test('parse(write(rows)) gives back the rows, with quoting where needed', () => {
  const rows: Row[] = [
    { country: 'United States', year: 2022, value: 42, note: 'plain' },
    { country: 'China', year: 2019, value: 11.5, note: 'comma, "quotes" and\na newline' },
    { country: 'Europe', year: 2019, value: null, note: '' },
  ];
  const text = writeCsv(fields, rows);
  const back = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  assert.deepEqual(
    back,
    rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f] === null ? '' : String(r[f])]))),
  );
  assert.ok(text.startsWith('country,year,value,note\n'));
  assert.ok(text.endsWith('\n'));
});

test('text cells that start a formula are neutralised; negative numbers are not', () => {
  const rows: Row[] = [
    { country: '=HYPERLINK("http://x")', year: 2020, value: -3, note: '+1' },
    { country: '@SUM(A1)', year: 2020, value: 1, note: '-2+3' },
    { country: '\tTAB', year: 2020, value: 1, note: '\rCR' },
  ];
  const back = Papa.parse<string[]>(writeCsv(fields, rows), { skipEmptyLines: true }).data.slice(1);
  assert.deepEqual(back, [
    ['\'=HYPERLINK("http://x")', '2020', '-3', "'+1"],
    ["'@SUM(A1)", '2020', '1', "'-2+3"],
    ["'\tTAB", '2020', '1', "'\rCR"],
  ]);
});

test('columns follow the given field order', () => {
  assert.equal(writeCsv(['value', 'country'], [{ country: 'China', value: 28 }]), 'value,country\n28,China\n');
});
