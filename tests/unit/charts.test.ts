import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definitionOf, entityColor, MAX_POINTS, shapeChart, sourceLines, structureOf } from '../../lib/core/charts';
import type { DatasetMeta, Row, Source } from '../../lib/core/types';
import { talentMeta } from './meta-fixture';

const meta: DatasetMeta = {
  ...talentMeta,
  fields: [...talentMeta.fields, { name: 'unit', type: 'string' }, { name: 'source_id', type: 'string' }, { name: 'confidence', type: 'string' }],
  view: { ...talentMeta.view, default: 'work_location_share', unit: { field: 'unit' }, definition: ['tier', 'unit'] },
};
const sources = new Map<string, Source>([['mp', { id: 'mp', publisher: 'MacroPolo', title: 'Tracker', url: 'https://macropolo.org/', seen_at: null, published: null, accessed: null, kind: null, terms: null }]]);
const row = (measure: string, country: string, year: number, value: number): Row => ({ measure, country, year, value, unit: 'percent', source_id: 'mp', confidence: 'secondary' });
const rows = [row('work_location_share', 'United States', 2019, 59), row('work_location_share', 'China', 2019, 11), row('work_location_share', 'United States', 2022, 42), row('work_location_share', 'China', 2022, 28), row('origin_share', 'China', 2022, 47)];

test('shares of a few years become grouped bars per country, one measure at a time, with sources on each point', () => {
  const spec = shapeChart(meta, rows, sources, {});
  assert.equal(spec.kind, 'grouped-bars');
  assert.equal(spec.measure, 'work_location_share');
  assert.deepEqual(spec.measures, ['work_location_share', 'origin_share']);
  assert.deepEqual(spec.points.map((p) => p.x), ['United States', 'China']);
  assert.deepEqual(spec.points[1].values, { '2019': 11, '2022': 28 });
  assert.equal(spec.points[1].info['2022']?.source, 'MacroPolo, Tracker');
  assert.equal(spec.yLabel, 'Share (%)');
});

test('asking for another measure charts that measure; one country over time is bars by period', () => {
  const spec = shapeChart(meta, rows, sources, { measure: 'origin_share' });
  assert.equal(spec.kind, 'bars');
  assert.deepEqual(spec.points.map((p) => [p.x, p.values]), [['2022', { China: 47 }]]);
});

test('a long series becomes lines and is downsampled to at most MAX_POINTS', () => {
  const long: Row[] = [];
  for (let i = 0; i < 5000; i++) long.push(row('work_location_share', 'China', 1900 + (i % 200), i));
  const periodMeta: DatasetMeta = { ...meta, fields: [...meta.fields, { name: 'period', type: 'string' }], view: { ...meta.view, period: 'period' } };
  const many = long.map((r, i) => ({ ...r, period: `p${String(i).padStart(5, '0')}` }));
  const spec = shapeChart(periodMeta, many, sources, {});
  assert.equal(spec.kind, 'lines');
  assert.ok(spec.points.length <= MAX_POINTS);
  assert.match(spec.note ?? '', /of 5000 points/);
});

test('dated measures become a timeline counted per year and category', () => {
  const timelineMeta: DatasetMeta = { ...meta, timeField: 'date', fields: [{ name: 'date', type: 'date' }, { name: 'country', type: 'string' }, { name: 'category', type: 'string' }], facets: { category: ['chips', 'investment'] }, view: { kind: 'counts', entity: 'category', group: 'country', period: 'date', grain: 'day' } };
  const measures: Row[] = [
    { date: '2022-10-07', country: 'United States', category: 'chips' },
    { date: '2023-10-17', country: 'United States', category: 'chips' },
    { date: '2023-08-09', country: 'United States', category: 'investment' },
  ];
  const spec = shapeChart(timelineMeta, measures, sources, {});
  assert.equal(spec.kind, 'timeline');
  assert.deepEqual(spec.points.map((p) => [p.x, p.values]), [['2022', { chips: 1, investment: 0 }], ['2023', { chips: 1, investment: 1 }]]);
  assert.deepEqual(shapeChart(timelineMeta, measures, sources, { groupBy: 'country' }).series.map((s) => s.key), ['United States']);
});

test('the US and China keep their colours in every chart', () => {
  assert.equal(entityColor('United States'), 'var(--c-united-states)');
  assert.equal(entityColor('China'), 'var(--c-china)');
  assert.equal(entityColor('Atlantis'), entityColor('Atlantis'));
});

test('source lines name each source once with its confidence levels', () => {
  const lines = sourceLines(rows, sources);
  assert.equal(lines.length, 1);
  assert.equal(lines[0].publisher, 'MacroPolo');
  assert.equal(lines[0].rows, 5);
  assert.deepEqual(lines[0].confidence, ['secondary']);
});

test('a dataset of named items becomes a structure grouped by its first facet', () => {
  const segMeta: DatasetMeta = {
    ...talentMeta,
    timeField: 'year',
    fields: [{ name: 'segment', type: 'string' }, { name: 'sub_item', type: 'string' }, { name: 'country', type: 'string' }, { name: 'year', type: 'year' }],
    facets: { segment: ['Information', 'Innovation'] },
    view: { kind: 'counts', entity: 'segment', item: 'sub_item', period: 'year', grain: 'year' },
  };
  const items: Row[] = [
    { segment: 'Information', sub_item: '5G', country: 'China', year: 2020 },
    { segment: 'Innovation', sub_item: 'Labs', country: 'China', year: 2020 },
    { segment: 'Information', sub_item: 'Data centres', country: 'China', year: 2020 },
  ];
  assert.deepEqual(structureOf(segMeta, items)?.groups, [
    { name: 'Information', items: ['5G', 'Data centres'] },
    { name: 'Innovation', items: ['Labs'] },
  ]);
  assert.equal(structureOf(meta, rows), null);
});

test('rows of one measure on different definitions never share an axis: each definition gets its own panel, and the chart says why', () => {
  const tiered = [
    { ...row('elite_work_share', 'United States', 2019, 65), tier: 'top 0.5%, 2019' },
    { ...row('elite_work_share', 'United States', 2022, 57), tier: 'top ~2%, 2022' },
    { ...row('elite_work_share', 'China', 2022, 12), tier: 'top ~2%, 2022' },
  ];
  const spec = shapeChart(meta, tiered, sources, { measure: 'elite_work_share' });
  const drawn = spec.points.flatMap((p) => Object.values(p.values)).filter((v) => v !== null);
  assert.deepEqual(drawn.sort(), [12, 57]);
  assert.equal(spec.definition, 'top ~2%, 2022 · percent');
  assert.equal(spec.panels?.length, 1);
  const panel = spec.panels![0];
  assert.equal(panel.definition, 'top 0.5%, 2019 · percent');
  assert.deepEqual(panel.points.flatMap((p) => Object.values(p.values)).filter((v) => v !== null), [65]);
  assert.match(spec.note ?? '', /2 definitions .*never share an axis/);
  assert.equal(shapeChart(meta, rows, sources, {}).note, null);
  assert.equal(shapeChart(meta, rows, sources, {}).panels, undefined);
});

test('FP16 and FP32 computing power, and flows and cumulative totals, are different definitions', () => {
  const base = { series: 'x', country: 'China', unit: 'EFLOPS' };
  const view = { ...meta.view, definition: ['unit'], tags: 'basis' };
  assert.notEqual(definitionOf({ ...base, basis: 'total computing power in use, FP32 basis' }, view), definitionOf({ ...base, basis: 'intelligent computing power, FP16 basis' }, view));
  assert.equal(definitionOf({ ...base, basis: 'total; precision (FP32/FP64/FP16) not stated by the source' }, view), 'EFLOPS');
  assert.notEqual(definitionOf({ ...base, basis: 'FLOW for 2022 to date' }, view), definitionOf({ ...base, basis: 'CUMULATIVE to September 2022' }, view));
  assert.notEqual(definitionOf({ ...base, unit: 'percent' }, view), definitionOf({ ...base, unit: 'count' }, view));
});

test('periods are charted in time order: mid-2022 before end-2022', () => {
  const withPeriod: DatasetMeta = { ...meta, fields: [...meta.fields, { name: 'period', type: 'string' }], view: { ...meta.view, period: 'period', grain: 'month' } };
  const at = (period: string, value: number): Row => ({ ...row('cells', 'China', Number(period.slice(0, 4)), value), period });
  const spec = shapeChart(withPeriod, [at('2022', 3), at('2022-06', 2), at('2021', 1)], sources, {});
  assert.deepEqual(spec.points.map((p) => p.x), ['2021', '2022-06', '2022']);
});
