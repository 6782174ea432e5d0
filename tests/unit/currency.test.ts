import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currencyOf, overdueSeriesOf, periodEnd, scheduleProblems, seriesCurrency, type ResourceSchedule } from '../../lib/core/currency';

const published = new Map<string, string | null>([
  ['miit-2026-01', '2026-01-28'],
  ['hai-2026', '2026-04'],
  ['macropolo', '2024-03-27'],
]);

test('a monthly series whose latest figure is end-2025 is overdue by December 2026', () => {
  const rows = [
    { series: '5g', year: 2024, period: '2024', source_id: 'miit-2026-01' },
    { series: '5g', year: 2025, period: '2025', source_id: 'miit-2026-01' },
  ];
  const c = seriesCurrency('5g', rows, { cadence: 'monthly', publisher: 'MIIT', lagDays: 30, basis: 'monthly statistics' }, published, '2026-12-04');
  assert.equal(c.latestPeriod, '2025');
  assert.equal(c.latestSourcePublished, '2026-01-28');
  assert.equal(c.nextExpected, '2026-03-02'); // January 2026 ends on 31 January, plus 30 days
  assert.equal(c.overdue, true);
  // The same series read in February 2026 is not overdue yet.
  assert.equal(seriesCurrency('5g', rows, { cadence: 'monthly', publisher: 'MIIT', lagDays: 30, basis: 'b' }, published, '2026-02-15').overdue, false);
});

test('an annual series is due a year after its latest period plus the release lag', () => {
  const c = seriesCurrency('investment', [{ year: 2025, period: '2025', source_id: 'hai-2026' }], { cadence: 'annual', publisher: 'Stanford HAI', lagDays: 150, basis: 'spring report' }, published, '2026-12-04');
  assert.equal(c.nextExpected, '2027-05-30');
  assert.equal(c.overdue, false);
  assert.equal(c.latestSourcePublished, '2026-04');
});

test('an ended series has no next release and is never overdue', () => {
  const c = seriesCurrency('talent', [{ year: 2022, source_id: 'macropolo' }], { cadence: 'ended', publisher: 'MacroPolo', basis: 'ceased operations' }, published, '2026-12-04');
  assert.equal(c.cadence, 'ended');
  assert.equal(c.nextExpected, null);
  assert.equal(c.overdue, false);
  assert.equal(c.latestPeriod, '2022');
});

test('an irregular series of measures is due at the first change a measure schedules after its latest source', () => {
  const rows = [{ country: 'China', date: '2025-10-09', suspended_from: '2025-11-07', suspended_until: '2026-11-10', source_id: 'miit-2026-01', note: '' }];
  const schedule: ResourceSchedule = { seriesField: 'country', default: { cadence: 'irregular', publisher: 'governments', basis: 'none' } };
  const [c] = currencyOf(rows, schedule, published, '2026-12-04');
  assert.equal(c.series, 'China');
  assert.equal(c.nextExpected, '2026-11-11');
  assert.equal(c.overdue, true);
});

test('periods of every written form end on the right day', () => {
  assert.equal(periodEnd('2024-Q2'), '2024-06-30');
  assert.equal(periodEnd('2024-02'), '2024-02-29');
  assert.equal(periodEnd('2013-2024'), '2024-12-31');
  assert.equal(periodEnd('Q2 2024'), null);
});

test('a declared schedule with a bad cadence, a missing lag or an unknown series is refused, by name', () => {
  const rows = [{ measure: 'a' }];
  assert.deepEqual(scheduleProblems({ seriesField: 'measure', default: { cadence: 'annual', publisher: 'p', lagDays: 10, basis: 'b' } }, ['measure'], rows), []);
  const problems = scheduleProblems(
    { seriesField: 'measure', default: { cadence: 'weekly', publisher: 'p', basis: 'b' }, series: { b: { cadence: 'monthly', publisher: 'p', basis: 'b' } } },
    ['measure'],
    rows,
  );
  assert.ok(problems.some((p) => p.startsWith('schedule.default.cadence: "weekly"')));
  assert.ok(problems.some((p) => p.startsWith('schedule.series.b: no row has measure = "b"')));
  assert.ok(problems.some((p) => p.startsWith('schedule.series.b.lagDays')));
  assert.deepEqual(scheduleProblems(undefined, [], []), ['schedule: missing or not an object']);
});

test('a verdict learns which of its rows belong to overdue series', () => {
  const schedule: ResourceSchedule = { seriesField: 'series', default: { cadence: 'irregular', publisher: 'p', basis: 'b' } };
  const entries = [
    { series: '5g', cadence: 'monthly' as const, latestPeriod: '2025', latestSourcePublished: '2026-01-28', nextExpected: '2026-03-02', overdue: true, publisher: 'MIIT', basis: 'b' },
    { series: 'racks', cadence: 'irregular' as const, latestPeriod: '2025', latestSourcePublished: '2026-06', nextExpected: null, overdue: false, publisher: 'MIIT', basis: 'b' },
  ];
  assert.deepEqual(overdueSeriesOf([{ series: '5g' }, { series: 'racks' }], schedule, entries).map((e) => e.series), ['5g']);
  assert.deepEqual(overdueSeriesOf([{ series: 'racks' }], schedule, entries), []);
});
