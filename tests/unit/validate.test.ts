import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../lib/core/csv/parse';
import { formatProblem, validateTable } from '../../lib/core/csv/validate';
import type { TableSchema } from '../../lib/core/types';

const schema: TableSchema = {
  fields: [
    { name: 'measure', type: 'string', constraints: { required: true, enum: ['origin_share', 'work_location_share'] } },
    { name: 'country', type: 'string', constraints: { required: true } },
    { name: 'year', type: 'year', constraints: { required: true, minimum: 2015, maximum: 2025 } },
    { name: 'value', type: 'number', constraints: { minimum: 0, maximum: 100 } },
    { name: 'count', type: 'integer' },
    { name: 'date', type: 'date' },
    { name: 'code', type: 'string', constraints: { unique: true, pattern: '[a-z]+' } },
  ],
  primaryKey: ['measure', 'country', 'year'],
  missingValues: ['', 'NA'],
};
const HEADER = 'measure,country,year,value,count,date,code';

function check(body: string) {
  const parsed = parseCsv(`${HEADER}\n${body}`, 'data/t.csv');
  assert.ok(parsed.ok, 'fixture must parse');
  return validateTable(parsed.csv, schema, 'data/t.csv');
}
const only = (body: string) => {
  const { problems } = check(body);
  assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
  return formatProblem(problems[0]);
};

test('valid rows come back typed, with missing values as null', () => {
  const { rows, problems } = check('origin_share,China,2022,47,3,2024-05-08,abc\nwork_location_share,China,2019,NA,,,xyz\n');
  assert.deepEqual(problems, []);
  assert.deepEqual(rows[0], { measure: 'origin_share', country: 'China', year: 2022, value: 47, count: 3, date: '2024-05-08', code: 'abc' });
  assert.equal(rows[1].value, null);
  assert.equal(rows[1].date, null);
});

test('text in a number column names file, line, column, field, value and rule', () => {
  assert.equal(only('origin_share,China,2022,lots,3,2024-05-08,abc\n'), 'data/t.csv:2:4 value=lots: type: expected a number');
});

test('an integer column rejects decimals', () => {
  assert.match(only('origin_share,China,2022,4,3.5,2024-05-08,abc\n'), /:2:5 count=3\.5: type: expected an integer/);
});

test('an empty required cell is reported', () => {
  assert.match(only('origin_share,,2022,4,3,2024-05-08,abc\n'), /:2:2 country=: required/);
});

test('a value outside the enum lists what is allowed', () => {
  assert.match(only('talent_share,China,2022,4,3,2024-05-08,abc\n'), /measure=talent_share: enum: must be one of origin_share \| work_location_share/);
});

test('a year out of range and a share above 100 break minimum/maximum', () => {
  assert.match(only('origin_share,China,2031,4,3,2024-05-08,abc\n'), /year=2031: maximum: must be at most 2025/);
  assert.match(only('origin_share,China,2022,140,3,2024-05-08,abc\n'), /value=140: maximum: must be at most 100/);
  assert.match(only('origin_share,China,22,4,3,2024-05-08,abc\n'), /year=22: type: expected a four-digit year/);
});

test('an impossible calendar date is rejected', () => {
  assert.match(only('origin_share,China,2022,4,3,2024-02-30,abc\n'), /date=2024-02-30: type: expected a date/);
});

test('a duplicate primary key names the earlier line', () => {
  assert.match(only('origin_share,China,2022,4,3,,abc\norigin_share,China,2022,5,3,,def\n'), /:3:1 measure\+country\+year=origin_share \/ China \/ 2022: primary key: duplicates the row on line 2/);
});

test('a unique column rejects a repeated value and a pattern mismatch', () => {
  assert.match(only('origin_share,China,2022,4,3,,abc\norigin_share,India,2022,5,3,,abc\n'), /:3:7 code=abc: unique/);
  assert.match(only('origin_share,China,2022,4,3,,ABC\n'), /code=ABC: pattern/);
});

test('a text cell that a spreadsheet would run as a formula is rejected', () => {
  assert.match(only('origin_share,China,2022,4,3,,=cmd\n'), /code==cmd: text starts with =/);
});

test('a header that differs from the schema is reported at its column', () => {
  const parsed = parseCsv('measure,nation,year,value,count,date,code\norigin_share,China,2022,4,3,,abc\n', 'data/t.csv');
  assert.ok(parsed.ok);
  const { problems } = validateTable(parsed.csv, schema, 'data/t.csv');
  assert.match(formatProblem(problems[0]), /^data\/t\.csv:1:2 country=nation: header: expected measure,country,year/);
});

test('every problem is reported, not only the first', () => {
  const { problems } = check('origin_share,China,2022,x,y,z,abc\n');
  assert.deepEqual(problems.map((p) => p.field), ['value', 'count', 'date']);
});
