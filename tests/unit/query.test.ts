import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeFilter, downloadName, filterToSearchParams, parseFilter } from '../../lib/core/query';
import { talentMeta } from './meta-fixture';

const parse = (q: string) => parseFilter(new URLSearchParams(q), talentMeta);
const error = (q: string) => {
  const r = parse(q);
  assert.equal(r.ok, false, `expected ${q} to be rejected`);
  return r.ok ? null! : r.error;
};

test('countries repeat or come comma-separated, match case-insensitively and come back canonical', () => {
  const r = parse('country=china&country=United%20States,india');
  assert.ok(r.ok);
  assert.deepEqual(r.filter.countries, ['China', 'United States', 'India']);
});

test('year is short for from=to; from and to are inclusive bounds', () => {
  const a = parse('year=2022');
  assert.ok(a.ok);
  assert.equal(a.filter.from, 2022);
  assert.equal(a.filter.to, 2022);
  const b = parse('from=2019&to=2022');
  assert.ok(b.ok);
  assert.deepEqual([b.filter.from, b.filter.to], [2019, 2022]);
});

test('facets take their field name and canonical values', () => {
  const r = parse('measure=ORIGIN_SHARE');
  assert.ok(r.ok);
  assert.deepEqual(r.filter.facets, { measure: ['origin_share'] });
});

test('bad years, ranges and values each get a code, the parameter and a message', () => {
  assert.deepEqual(
    [error('from=20x9').code, error('from=20x9').param],
    ['invalid_year', 'from'],
  );
  assert.equal(error('to=2019.5').code, 'invalid_year');
  assert.equal(error('from=99999999999999999999').code, 'year_out_of_range');
  assert.equal(error('to=1200').code, 'year_out_of_range');
  assert.match(error('from=2022&to=2019').message, /from \(2022\) is after to \(2019\)/);
  assert.equal(error('year=2022&from=2019').code, 'invalid_range');
  assert.equal(error('from=2019&from=2020').code, 'repeated_param');
});

test('an unknown country lists what is allowed', () => {
  const e = error('country=Atlantis');
  assert.equal(e.code, 'unknown_country');
  assert.match(e.message, /"Atlantis" is not in this dataset; allowed: China, Europe, India, United States/);
});

test('an unknown facet value and an unknown parameter are rejected with the choices', () => {
  assert.match(error('measure=height').message, /allowed: origin_share, work_location_share/);
  const e = error('colour=red');
  assert.equal(e.code, 'unknown_param');
  assert.match(e.message, /takes: country, from, to, year, sort, order, measure/);
});

test('over-long values, too many values and control characters are refused', () => {
  assert.equal(error(`country=${'x'.repeat(101)}`).code, 'value_too_long');
  assert.equal(error(`country=${Array(51).fill('China').join(',')}`).code, 'too_many_values');
  assert.equal(error('country=Chi%00na').code, 'invalid_value');
});

test('a filter survives the round trip through the URL', () => {
  const r = parse('country=China&from=2019&to=2022&measure=origin_share');
  assert.ok(r.ok);
  const again = parseFilter(filterToSearchParams(r.filter), talentMeta);
  assert.ok(again.ok);
  assert.deepEqual(again.filter, r.filter);
});

test('download names and empty-state text say what was asked', () => {
  const r = parse('country=China&from=2019&to=2022');
  assert.ok(r.ok);
  assert.equal(downloadName('talent', r.filter), 'talent_China_2019-2022.csv');
  const india = parse('country=India&from=2015&to=2016');
  assert.ok(india.ok);
  assert.equal(describeFilter(india.filter), 'India between 2015 and 2016');
});

test('in_force takes a real day, only on datasets whose measures have a lifecycle, and round-trips', () => {
  const timeline = { ...talentMeta, id: 'export-controls', timeField: 'date' as const, fields: [...talentMeta.fields, { name: 'effective_date', type: 'date' as const }] };
  const r = parseFilter(new URLSearchParams('in_force=2024-12-31'), timeline);
  assert.ok(r.ok);
  assert.equal(r.filter.inForce, '2024-12-31');
  assert.equal(filterToSearchParams(r.filter).toString(), 'in_force=2024-12-31');
  assert.equal(downloadName('export-controls', r.filter), 'export-controls_in-force-2024-12-31.csv');
  assert.equal(describeFilter(r.filter), 'any country, in force on 2024-12-31');
  const bad = parseFilter(new URLSearchParams('in_force=2024-02-30'), timeline);
  assert.ok(!bad.ok && bad.error.code === 'invalid_date' && bad.error.param === 'in_force');
  assert.equal(error('in_force=2024-12-31').code, 'unknown_param');
});

test('sort and order name a column and a direction, and round-trip through the URL', () => {
  const r = parse('sort=value&order=desc&country=China');
  assert.ok(r.ok);
  assert.deepEqual(r.filter.sort, { field: 'value', dir: 'desc' });
  assert.equal(filterToSearchParams(r.filter).toString(), 'country=China&sort=value&order=desc');
  const asc = parse('sort=year');
  assert.ok(asc.ok && asc.filter.sort?.dir === 'asc');
  assert.equal(error('sort=colour').param, 'sort');
  assert.equal(error('order=up&sort=year').code, 'invalid_value');
  assert.equal(error('order=desc').param, 'order');
});

test('a shared link keeps its view: pages drop the parameters sites add (utm_*, fbclid), the parser still refuses them', async () => {
  const { isTrackingParam } = await import('../../lib/core/query');
  const { viewSearch } = await import('../../lib/core/view-path.mjs');
  const page = viewSearch(new URLSearchParams('country=China&utm_source=newsletter&fbclid=IwAR0x&utm_campaign=a&year=2022'));
  assert.equal(page.toString(), 'country=China&year=2022');
  assert.ok(parse(page.toString()).ok);
  assert.equal(error('country=China&fbclid=IwAR0x').code, 'unknown_param');
  // Only the known names: a filter that merely starts like one is not dropped.
  assert.equal(isTrackingParam('utm'), false);
  assert.equal(isTrackingParam('country'), false);
  assert.equal(viewSearch(new URLSearchParams('gclid=x&measure=a&measure=b')).toString(), 'measure=a&measure=b');
});
