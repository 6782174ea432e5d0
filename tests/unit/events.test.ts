import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutChart } from '../../lib/core/chart-layout';
import type { ChartSpec } from '../../lib/core/charts';
import { beforeAfter, dayScale, eventsOnChart, hasTimeAxis, periodSpan } from '../../lib/core/event-timing';
import { chooseEvents, eventChoiceToParams, eventsFrom, parseEventChoice, splitEventParams } from '../../lib/core/events';
import type { Row, Source } from '../../lib/core/types';

const allowed = { actors: ['United States', 'China', 'Netherlands'], categories: ['chips and equipment', 'critical minerals'] };
const sources = new Map<string, Source>([['bis', { id: 'bis', publisher: 'BIS (Federal Register)', title: 'Rule', url: 'https://www.federalregister.gov/d/2022-21658', seen_at: null, published: null, accessed: null, kind: 'government', terms: null }]]);
const measure = (id: string, date: string, country: string, extra: Partial<Row> = {}): Row => ({
  id,
  date,
  effective_date: date,
  suspended_from: null,
  suspended_until: null,
  ended_date: null,
  country,
  category: 'chips and equipment',
  effect: 'restriction',
  title: `Measure ${id}`,
  citation: null,
  source_id: 'bis',
  ...extra,
});
const rows = [
  measure('029', '2022-10-07', 'United States', { citation: '87 FR 62186' }),
  measure('039', '2023-10-17', 'United States', { effective_date: '2023-11-17' }),
  measure('058', '2024-12-03', 'China', { category: 'critical minerals', suspended_from: '2025-11-09', suspended_until: '2026-11-27' }),
];
const events = eventsFrom(rows, sources, '2026-11-26');

const series = (points: Array<[string, number | null]>): ChartSpec => ({
  kind: 'bars',
  title: '5G base stations',
  xLabel: 'Year',
  yLabel: 'count',
  unit: 'count',
  series: [{ key: 'China', label: 'China', color: '#c00' }],
  points: points.map(([x, v]) => ({ x, values: { China: v }, info: {} })),
  measureField: 'series',
  measure: '5g_base_stations',
  measures: ['5g_base_stations'],
  note: null,
});

test('events= and event_category= are read from the URL, case-insensitively, and write back the same', () => {
  const parse = (q: string) => parseEventChoice(new URLSearchParams(q), allowed);
  assert.deepEqual(parse(''), { ok: true, choice: null });
  assert.deepEqual(parse('events=none'), { ok: true, choice: { kind: 'none' } });
  assert.deepEqual(parse('events=united states,CHINA'), { ok: true, choice: { kind: 'some', actors: ['United States', 'China'], categories: [] } });
  assert.deepEqual(parse('events=all&event_category=critical minerals'), { ok: true, choice: { kind: 'some', actors: null, categories: ['critical minerals'] } });
  const choice = parse('events=China&event_category=critical minerals');
  assert.ok(choice.ok && choice.choice);
  assert.deepEqual(eventChoiceToParams(choice.choice), [['events', 'China'], ['event_category', 'critical minerals']]);
});

test('an unknown actor or category, or a repeated parameter, is refused with the parameter named', () => {
  const bad = parseEventChoice(new URLSearchParams('events=Atlantis'), allowed);
  assert.equal(bad.ok, false);
  assert.ok(!bad.ok && bad.error.param === 'events' && /Atlantis.*allowed: United States, China, Netherlands/.test(bad.error.message));
  const cat = parseEventChoice(new URLSearchParams('events=all&event_category=spies'), allowed);
  assert.ok(!cat.ok && cat.error.param === 'event_category');
  const twice = parseEventChoice(new URLSearchParams('events=China&events=all'), allowed);
  assert.ok(!twice.ok && twice.error.code === 'repeated_param');
});

test('event parameters are split from the dataset filter, so they never reach the data API', () => {
  const { filterParams, eventParams } = splitEventParams(new URLSearchParams('series=5g&events=China&from=2020&event_category=critical minerals'));
  assert.equal(filterParams.toString(), 'series=5g&from=2020');
  assert.equal(eventParams.toString(), 'events=China&event_category=critical+minerals');
});

test('a choice selects the measures of its actors and categories; the fallback applies only without one', () => {
  assert.deepEqual(chooseEvents(events, { kind: 'some', actors: ['United States'], categories: [] }, { kind: 'none' }).map((e) => e.id), ['029', '039']);
  assert.deepEqual(chooseEvents(events, { kind: 'some', actors: null, categories: ['critical minerals'] }, { kind: 'none' }).map((e) => e.id), ['058']);
  assert.deepEqual(chooseEvents(events, null, { kind: 'ids', ids: ['039'] }).map((e) => e.id), ['039']);
  assert.deepEqual(chooseEvents(events, { kind: 'none' }, { kind: 'ids', ids: ['039'] }), []);
});

test('an event carries its status on its own date, its citation and its source', () => {
  const [oct22, oct23, minerals] = events;
  assert.equal(oct22.citation, '87 FR 62186');
  assert.match(oct22.status, /in force since 2022-10-07/);
  assert.match(oct23.status, /not in force yet on 2023-10-17 \(effective 2023-11-17\)/);
  assert.equal(oct22.source.url, 'https://www.federalregister.gov/d/2022-21658');
  assert.deepEqual(minerals.suspension, { from: '2025-11-09', to: '2026-11-26' }, 'a suspension still running is drawn up to today');
});

test('periods cover their days: a year, a month, a span of years; a country is not a period', () => {
  assert.deepEqual(periodSpan('2022'), { start: '2022-01-01', end: '2022-12-31' });
  assert.deepEqual(periodSpan('2024-02'), { start: '2024-02-01', end: '2024-02-29' });
  assert.deepEqual(periodSpan('2021-2025'), { start: '2021-01-01', end: '2025-12-31' });
  assert.equal(periodSpan('China'), null);
  assert.equal(hasTimeAxis(series([['2021', 1]])), true);
  assert.equal(hasTimeAxis({ ...series([['China', 1]]), kind: 'grouped-bars' }), false);
});

test('before and after come from the rows: the last period ended before the event, the first ending on or after it', () => {
  const spec = series([['2021', 1_425_000], ['2022', 2_312_000], ['2023', 3_377_000], ['2024', null]]);
  const [row] = beforeAfter(spec, [events[0]]);
  assert.deepEqual(row.series[0].before, { period: '2021', value: 1_425_000 });
  assert.deepEqual(row.series[0].after, { period: '2022', value: 2_312_000 }, 'the year holding the event counts as after');
  const [late] = beforeAfter(spec, [events[1]]);
  assert.deepEqual(late.series[0].before, { period: '2022', value: 2_312_000 });
  assert.deepEqual(late.series[0].after, { period: '2023', value: 3_377_000 });
  const [none] = beforeAfter(spec, [events[2]]);
  assert.equal(none.series[0].after, null, 'a missing value is not an after');
});

test('only events inside the chart are drawn; a suspension draws as a band over its days', () => {
  const spec = series([['2021', 1], ['2022', 2], ['2023', 3], ['2024', 4], ['2025', 5], ['2026', 6]]);
  assert.deepEqual(eventsOnChart(series([['2019', 1], ['2020', 2]]), events), []);
  const layout = layoutChart(spec, { width: 640, height: 320 }, events);
  const rules = layout.marks.filter((m) => m.kind === 'event');
  const bands = layout.marks.filter((m) => m.kind === 'band');
  assert.deepEqual(rules.map((m) => m.kind === 'event' && m.n), [1, 2, 3]);
  assert.equal(bands.length, 1);
  const band = bands[0];
  assert.ok(band.kind === 'band');
  assert.equal(band.id, '058');
  // The band starts inside 2025 and runs to late 2026: more than a year's width.
  const x = (d: string) => dayScale(spec.points.map((p) => ({ x: p.x, start: 0, end: 0 })))(d);
  assert.equal(x('2030-01-01'), null);
  const oct22 = rules[0].kind === 'event' ? rules[0].x : NaN;
  const oct23 = rules[1].kind === 'event' ? rules[1].x : NaN;
  assert.ok(oct23 - oct22 > 50, 'a year apart on the axis');
  assert.ok(band.width > oct23 - oct22, 'a year-long suspension is at least a year wide');
});

test('days map in proportion between period ends; outside the chart they map to nothing', () => {
  const scale = dayScale([
    { x: '2022', start: 0, end: 100 },
    { x: '2023', start: 100, end: 200 },
  ]);
  assert.equal(scale('2021-12-31'), null);
  assert.ok(Math.abs(scale('2022-07-02')! - 50) < 1);
  assert.ok(Math.abs(scale('2023-07-02')! - 150) < 1);
});
