import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datasetView } from '../../lib/core/dataset-view';
import type { Filter } from '../../lib/core/filter';
import type { DatasetMeta, Row, Source } from '../../lib/core/types';
import { talentMeta } from './meta-fixture';

const meta: DatasetMeta = {
  ...talentMeta,
  fields: [
    { name: 'measure', type: 'string', categories: [{ value: 'work_location_share', label: 'Where researchers work' }, { value: 'origin_share', label: 'Where researchers come from' }] },
    ...talentMeta.fields.slice(1),
    { name: 'unit', type: 'string' },
    { name: 'source_id', type: 'string' },
    { name: 'confidence', type: 'string' },
  ],
};
const sources = new Map<string, Source>([['mp', { id: 'mp', publisher: 'MacroPolo', title: 'Tracker', url: 'https://macropolo.org/', seen_at: null, published: '2024-03', accessed: '2026-11-26', kind: 'publisher', terms: null }]]);
const row = (measure: string, country: string, year: number, value: number): Row => ({ measure, country, year, value, unit: 'percent', source_id: 'mp', confidence: 'secondary' });
const rows = [row('work_location_share', 'China', 2022, 28), row('origin_share', 'China', 2022, 47)];
const filter = (p: Partial<Filter>): Filter => ({ countries: [], from: null, to: null, facets: {}, inForce: null, sort: null, ...p });

test('the view model gives the chart, caption, sources and download of a selection, in labels', () => {
  const v = datasetView(meta, rows, filter({ countries: ['China'], facets: { measure: ['origin_share'] }, from: 2022, to: 2022 }), sources, { measure: null, groupBy: null });
  assert.equal(v.spec.title, 'Where researchers come from');
  assert.equal(v.caption, 'Talent: China (measure Where researchers come from) in 2022');
  assert.equal(v.download.name, 'talent_China_origin_share_2022.csv');
  assert.equal(v.download.bundleName, 'talent_China_origin_share_2022.zip');
  assert.equal(v.download.href, '/api/datasets/talent/csv?country=China&from=2022&to=2022&measure=origin_share');
  assert.deepEqual(v.sources.map((s) => [s.publisher, s.rows]), [['MacroPolo', 1]]);
});

test('the view model keeps the selection order for the table and names the sort in the download link', () => {
  const sorted = [rows[1], rows[0]];
  const v = datasetView(meta, sorted, filter({ sort: { field: 'value', dir: 'desc' } }), sources, { measure: 'work_location_share', groupBy: null });
  assert.equal(v.rows, sorted);
  assert.equal(v.spec.measure, 'work_location_share');
  assert.match(v.download.href, /sort=value&order=desc$/);
});
