import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePeriods, fitsGrain, parsePeriod, periodLabel, periodYear, spanOf } from '../../lib/core/period';
import { beforeAfter, eventsOnChart, hasTimeAxis } from '../../lib/core/event-timing';
import type { ChartSpec } from '../../lib/core/chart-spec';
import type { ChartEvent } from '../../lib/core/events';

test('periods of every grain parse to the days they cover', () => {
  assert.deepEqual(parsePeriod('2022'), { text: '2022', grain: 'year', start: '2022-01-01', end: '2022-12-31' });
  assert.deepEqual(parsePeriod('2024-Q1'), { text: '2024-Q1', grain: 'quarter', start: '2024-01-01', end: '2024-03-31' });
  assert.deepEqual(parsePeriod('2024-Q4')?.end, '2024-12-31');
  assert.deepEqual(parsePeriod('2024-02'), { text: '2024-02', grain: 'month', start: '2024-02-01', end: '2024-02-29' });
  assert.deepEqual(parsePeriod('2024-10-07'), { text: '2024-10-07', grain: 'day', start: '2024-10-07', end: '2024-10-07' });
  assert.deepEqual(parsePeriod('2013-2022'), { text: '2013-2022', grain: 'year', start: '2013-01-01', end: '2022-12-31' });
  for (const bad of ['2024-Q5', '2024-13', '2024-02-30', 'China', '2022-2013', '']) assert.equal(parsePeriod(bad), null, bad);
});

test('periods order by the day they end, then start; a quarter sits between its months and the year', () => {
  const sorted = ['2022', '2022-Q2', '2022-06', '2022-04', '2021', '2013-2022', '2022-06-30'].sort(comparePeriods);
  assert.deepEqual(sorted, ['2021', '2022-04', '2022-Q2', '2022-06', '2022-06-30', '2013-2022', '2022']);
  assert.deepEqual(spanOf(['2024-Q2', '2023-Q4']), { start: '2023-10-01', end: '2024-06-30' });
  assert.equal(spanOf(['2024-Q2', 'China']), null);
});

test('grain, year and label', () => {
  assert.ok(fitsGrain('2022', 'quarter'));
  assert.ok(fitsGrain('2022-Q3', 'quarter'));
  assert.ok(!fitsGrain('2022-07', 'quarter'));
  assert.ok(!fitsGrain('2022-07-01', 'month'));
  assert.equal(periodYear('2024-Q3'), 2024);
  assert.equal(periodLabel('2024-Q3'), 'Q3 2024');
  assert.equal(periodLabel('2022-09'), 'Sep 2022');
  assert.equal(periodLabel('2022-09-30'), '30 Sep 2022');
});

test('a quarterly chart takes policy events: on its axis, with the values before and after', () => {
  const q = (x: string, v: number) => ({ x, values: { AWS: v }, info: {} });
  const spec: ChartSpec = { kind: 'bars', title: 't', xLabel: 'Quarter', yLabel: '%', unit: 'percent', series: [{ key: 'AWS', label: 'AWS', color: 'x' }], points: [q('2024-Q4', 30), q('2025-Q1', 29), q('2025-Q2', 30)], measureField: null, measure: null, measures: [], note: null };
  const event = { day: '2025-01-15', suspension: null } as unknown as ChartEvent;
  const outside = { day: '2026-01-15', suspension: null } as unknown as ChartEvent;
  assert.ok(hasTimeAxis(spec));
  assert.deepEqual(eventsOnChart(spec, [event, outside]), [event]);
  const [row] = beforeAfter(spec, [event]);
  assert.deepEqual(row.series[0].before, { period: '2024-Q4', value: 30 });
  assert.deepEqual(row.series[0].after, { period: '2025-Q1', value: 29 });
});
