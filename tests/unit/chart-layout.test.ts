import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutChart } from '../../lib/core/chart-layout';
import type { ChartSpec } from '../../lib/core/charts';
import type { ChartEvent } from '../../lib/core/events';
import { fieldLabel, labelFor, valueLabel } from '../../lib/core/labels';

const spec = (over: Partial<ChartSpec>): ChartSpec => ({
  kind: 'bars', title: 't', xLabel: 'Year', yLabel: 'Share (%)', unit: 'percent', measureField: null, measure: null, measures: [], note: null,
  series: [{ key: 'United States', label: 'United States', color: 'var(--c-united-states)' }, { key: 'China', label: 'China', color: 'var(--c-china)' }],
  points: [
    { x: '2019', values: { 'United States': 59, China: 11 }, info: {} },
    { x: '2022', values: { 'United States': 42, China: 28 }, info: {} },
  ],
  ...over,
});

test('bars start at zero, are as tall as their values, and carry their values as labels', () => {
  const l = layoutChart(spec({}), { width: 640, height: 320 });
  const bars = l.marks.filter((m) => m.kind === 'rect');
  assert.equal(bars.length, 4);
  const [us2019, china2019] = bars as Array<Extract<(typeof bars)[number], { kind: 'rect' }>>;
  assert.ok(Math.abs(us2019.height / china2019.height - 59 / 11) < 0.01, 'heights are proportional to the values');
  assert.equal(us2019.y + us2019.height, l.plot.bottom, 'bars stand on the baseline');
  assert.deepEqual(l.marks.filter((m) => m.kind === 'value').map((m) => (m as { text: string }).text), ['59%', '11%', '42%', '28%']);
  assert.equal(l.yTicks[0].label, '0%');
});

test('a timeline stacks its categories and labels each year with its total', () => {
  const l = layoutChart(spec({ kind: 'timeline', unit: 'measures', points: [{ x: '2024', values: { 'United States': 3, China: 2 }, info: {} }] }), { width: 640, height: 320 });
  const [a, b] = l.marks.filter((m) => m.kind === 'rect') as Array<{ y: number; height: number }>;
  assert.ok(Math.abs(a.y - (b.y + b.height)) < 1e-9, 'the second category sits on the first');
  assert.deepEqual(l.marks.filter((m) => m.kind === 'value').map((m) => (m as { text: string }).text), ['5']);
});

test('lines skip missing values and draw a dot for each value, with its source in the title', () => {
  const points = [2019, 2020, 2021].map((y) => ({ x: String(y), values: { China: y === 2020 ? null : y - 2000, 'United States': null }, info: { China: { value: y - 2000, label: `China, ${y}`, source: 'MIIT', confidence: 'secondary' } } }));
  const l = layoutChart(spec({ kind: 'lines', points }), { width: 640, height: 320 });
  const dots = l.marks.filter((m) => m.kind === 'dot') as Array<{ title: string }>;
  assert.equal(dots.length, 2);
  assert.match(dots[0].title, /China, 2019: 19% \(MIIT; secondary\)/);
  assert.equal(l.marks.filter((m) => m.kind === 'path').length, 1);
});

test('labels come from the schema: field titles and category labels, with the value as fallback', () => {
  const fields = [{ name: 'measure', type: 'string' as const, title: 'Measure', categories: [{ value: 'work_location_share', label: 'Where top-tier AI researchers work' }] }, { name: 'date_kind', type: 'string' as const }];
  assert.equal(labelFor({ fields }, 'measure', 'work_location_share'), 'Where top-tier AI researchers work');
  assert.equal(labelFor({ fields }, 'measure', 'unknown_code'), 'unknown_code');
  assert.equal(valueLabel(undefined, 'China'), 'China');
  assert.equal(fieldLabel(fields[1]), 'Date kind');
});

test('the SVG markup draws every mark of the layout, escapes every text, and is a group when it holds event links', async () => {
  const { chartSvgMarkup } = await import('../../lib/core/chart-svg');
  const hostile = spec({ xLabel: 'Year <script>alert(1)</script>', series: [{ key: 'China', label: 'China', color: 'var(--c-china)' }], points: [{ x: '2019 & "after"', values: { China: 11 }, info: {} }] });
  const markup = chartSvgMarkup({ spec: hostile, width: 640, height: 320, label: 'Share "of" <researchers>', sourceLine: 'Source: A & B' });
  assert.doesNotMatch(markup, /<script/);
  assert.match(markup, /Year &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(markup, /<title>Share &quot;of&quot; &lt;researchers&gt;<\/title>/);
  assert.match(markup, /2019 &amp; &quot;after&quot;/);
  assert.match(markup, /Source: A &amp; B/);
  assert.match(markup, /role="img"/);
  const layout = layoutChart(hostile, { width: 640, height: 304 });
  assert.equal((markup.match(/data-mark="bar"/g) ?? []).length, layout.marks.filter((m) => m.kind === 'rect').length);
  assert.equal((markup.match(/class="value-label"/g) ?? []).length, layout.marks.filter((m) => m.kind === 'value').length);
  // Every element opened is closed: the markup nests.
  const opened = (markup.match(/<[a-z]+[ >]/g) ?? []).length;
  assert.equal((markup.match(/<\/[a-z]+>/g) ?? []).length, opened);

  const event: ChartEvent = { id: '050', day: '2020-07-01', effective: null, actor: 'United States', category: 'chips', title: 'Chip rules', citation: null, status: 'in force', suspension: null, ended: null, source: { publisher: 'BIS', url: 'https://www.bis.gov/' } };
  const lines = spec({ kind: 'lines', points: ['2019', '2020', '2021'].map((x, i) => ({ x, values: { 'United States': 40 + i, China: 10 + i }, info: {} })) });
  const withEvent = chartSvgMarkup({ spec: lines, width: 640, height: 320, label: 'Shares', events: [event], eventAnchor: 'chart-x' });
  assert.match(withEvent, /data-mark="event"/);
  assert.match(withEvent, /role="group"/);
  assert.match(withEvent, /href="#chart-x-event-050"/);
  assert.match(withEvent, /<title>[^<]*Chip rules/);
});
