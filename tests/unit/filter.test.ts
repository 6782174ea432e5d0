import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatasetIndex, filterRows, sortRows, type Filter } from '../../lib/core/filter';
import type { Row } from '../../lib/core/types';

const rows: Row[] = [
  { measure: 'work_location_share', country: 'United States', year: 2019, value: 59 },
  { measure: 'work_location_share', country: 'China', year: 2019, value: 11 },
  { measure: 'work_location_share', country: 'United States', year: 2022, value: 42 },
  { measure: 'work_location_share', country: 'China', year: 2022, value: 28 },
  { measure: 'origin_share', country: 'China', year: 2022, value: 47 },
  { measure: 'origin_share', country: 'India', year: 2019, value: 8 },
];
const f = (p: Partial<Filter>): Filter => ({ countries: [], from: null, to: null, facets: {}, inForce: null, sort: null, ...p });

test('country, year range and facet narrow the rows, keeping file order', () => {
  const index = new DatasetIndex(rows, 'year');
  assert.deepEqual(index.rowsFor(f({ countries: ['China'], from: 2022, to: 2022 })).map((r) => r.value), [28, 47]);
  assert.deepEqual(index.rowsFor(f({ countries: ['China', 'United States'], facets: { measure: ['work_location_share'] } })).map((r) => r.value), [59, 11, 42, 28]);
  assert.deepEqual(index.rowsFor(f({ to: 2019 })).map((r) => r.value), [59, 11, 8]);
});

test('an empty selection is empty, not everything', () => {
  assert.deepEqual(new DatasetIndex(rows, 'year').rowsFor(f({ countries: ['India'], from: 2022 })), []);
});

test('the index selects exactly what a plain scan selects', () => {
  const index = new DatasetIndex(rows, 'year');
  const filters = [
    f({}),
    f({ countries: ['China'] }),
    f({ from: 2020 }),
    f({ countries: ['United States', 'India'], from: 2019, to: 2019 }),
    f({ facets: { measure: ['origin_share'] }, to: 2022 }),
  ];
  for (const filter of filters) assert.deepEqual(index.rowsFor(filter), filterRows(rows, filter, 'year'));
});

test('dates give the year for datasets without a year column', () => {
  const dated: Row[] = [
    { country: 'United States', date: '2022-10-07' },
    { country: 'China', date: '2023-07-03' },
  ];
  assert.deepEqual(new DatasetIndex(dated, 'date').rowsFor(f({ from: 2023 })), [dated[1]]);
});

test('in force on a day keeps only measures then in effect: not proposals, not suspended, not ended', () => {
  const measures: Row[] = [
    { id: 'a', country: 'United States', date: '2022-10-07', effective_date: '2022-10-07', ended_date: null, suspended_from: null, suspended_until: null },
    { id: 'b', country: 'United States', date: '2024-01-29', effective_date: null, ended_date: null, suspended_from: null, suspended_until: null },
    { id: 'c', country: 'United States', date: '2025-01-13', effective_date: '2025-01-13', ended_date: '2025-05-13', suspended_from: null, suspended_until: null },
    { id: 'd', country: 'China', date: '2025-10-09', effective_date: '2025-10-09', ended_date: null, suspended_from: '2025-11-07', suspended_until: '2026-11-10' },
  ];
  const ids = (day: string) => new DatasetIndex(measures, 'date').rowsFor(f({ inForce: day })).map((r) => r.id);
  assert.deepEqual(ids('2025-03-01'), ['a', 'c']);
  assert.deepEqual(ids('2025-10-20'), ['a', 'd']);
  assert.deepEqual(ids('2026-01-01'), ['a']);
  assert.deepEqual(filterRows(measures, f({ inForce: '2025-03-01' }), 'date').map((r) => r.id), ['a', 'c']);
});

test('rows sort by a column in either direction, empty cells last, ties in file order', () => {
  const table: Row[] = [
    { id: 'a', value: 2 },
    { id: 'b', value: null },
    { id: 'c', value: 3 },
    { id: 'd', value: 2 },
  ];
  assert.deepEqual(sortRows(table, { field: 'value', dir: 'asc' }).map((r) => r.id), ['a', 'd', 'c', 'b']);
  assert.deepEqual(sortRows(table, { field: 'value', dir: 'desc' }).map((r) => r.id), ['c', 'a', 'd', 'b']);
  assert.equal(sortRows(table, null), table);
});
