import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateClaim, verdictOf, type EvidenceSource } from '../../lib/claims/evaluate';
import type { Check, Claim, ValueCheck } from '../../lib/claims/types';
import type { Row } from '../../lib/types';

const talent: Row[] = [
  { measure: 'us_based_origin_share', country: 'China', year: 2022, value: 38, unit: 'percent', confidence: 'secondary' },
  { measure: 'us_based_origin_share', country: 'United States', year: 2022, value: 37, unit: 'percent', confidence: 'secondary' },
  { measure: 'elite_work_share', country: 'United States', year: 2022, value: 57, unit: 'percent', confidence: 'as-cited' },
  { measure: 'elite_work_share', country: 'China', year: 2022, value: 12, unit: 'percent', confidence: 'secondary' },
];
const controls: Row[] = [
  { id: '1', date: '2022-10-07', country: 'United States', category: 'chips and equipment', identifier: 'FR 2022-21658', confidence: 'primary' },
  { id: '2', date: '2023-08-09', country: 'United States', category: 'investment', identifier: 'EO 14105', confidence: 'primary' },
  { id: '3', date: '2024-05-08', country: 'United States', category: 'legislation', identifier: 'H.R. 8315', confidence: 'primary' },
];
const source = (rows = talent): EvidenceSource =>
  new Map([
    ['talent', { rows, timeField: 'year' as const }],
    ['export-controls', { rows: controls, timeField: 'date' as const }],
  ]);

const claim = (...checks: Check[]): Claim => ({
  id: 't', title: 't', section: 's', quote: 'q', footnote: null, footnoteSource: null, dataset: 'talent', checks, partly: 'p', caveats: ['a caveat'],
});
const chinaShare = (expected: number): ValueCheck => ({
  kind: 'value', label: 'China-origin share', dataset: 'talent', field: 'value', expected, tolerance: 0.5, partlyTolerance: 5,
  where: { measure: 'us_based_origin_share', country: 'China', year: 2022 },
});
const chinaAboveUs: Check = {
  kind: 'compare', label: 'China above US', dataset: 'talent', field: 'value', op: 'greater',
  left: { measure: 'us_based_origin_share', country: 'China', year: 2022 },
  right: { measure: 'us_based_origin_share', country: 'United States', year: 2022 },
};

test('a figure the data matches is supported, with the observed value and the rows used', () => {
  const e = evaluateClaim(claim(chinaShare(38), chinaAboveUs), source());
  assert.equal(e.verdict, 'supported');
  assert.equal(e.observed, '38%');
  assert.equal(e.rows.length, 2);
  assert.ok(e.caveats.includes('a caveat'));
  assert.ok(e.caveats.some((c) => /secondary sources/.test(c)));
});

test('a figure a little off is partly supported; far off is contradicted', () => {
  assert.equal(evaluateClaim(claim(chinaShare(40)), source()).verdict, 'partly supported');
  assert.equal(evaluateClaim(claim(chinaShare(60)), source()).verdict, 'contradicted');
});

test('one check passing and one failing is partly supported', () => {
  const usAboveChina: Check = { ...chinaAboveUs, left: chinaAboveUs.right, right: chinaAboveUs.left };
  assert.equal(evaluateClaim(claim(chinaShare(38), usAboveChina), source()).verdict, 'partly supported');
});

test('evidence that exists only as-cited never supports a claim', () => {
  const e = evaluateClaim(
    claim({ kind: 'value', label: 'US elite share', dataset: 'talent', field: 'value', expected: 57, tolerance: 0.5, where: { measure: 'elite_work_share', country: 'United States', year: 2022 } }),
    source(),
  );
  assert.equal(e.verdict, 'not verifiable');
  assert.equal(e.observed, '57% (given only by the paper)');
  assert.match(e.reasons[0], /as-cited/);
});

test('a check with no matching data is not verifiable, and says what it looked for', () => {
  const e = evaluateClaim(claim({ ...chinaShare(38), where: { measure: 'us_based_origin_share', country: 'India', year: 2022 } }), source());
  assert.equal(e.verdict, 'not verifiable');
  assert.match(e.reasons[0], /no row matches measure=us_based_origin_share, country=India, year=2022/);
});

test('counts by category within a period, and dates, are checked against the timeline', () => {
  const count: Check = { kind: 'count', label: 'US chip controls 2018-2024', dataset: 'export-controls', where: { country: 'United States', category: 'chips and equipment' }, from: '2018-01-01', to: '2024-12-31', op: 'atLeast', expected: 1 };
  const date: Check = { kind: 'date', label: 'ENFORCE Act introduced', dataset: 'export-controls', field: 'date', expected: '2024-05-08', where: { identifier: 'H.R. 8315' } };
  const both = evaluateClaim(claim({ ...count, noun: 'measures' }, date), source());
  assert.equal(both.verdict, 'supported');
  assert.equal(both.observed, '1 measure');
  assert.equal(evaluateClaim(claim(count), source()).observed, '1 matching row');
  assert.equal(evaluateClaim(claim({ ...date, expected: '2024-05-10' }), source()).verdict, 'contradicted');
  assert.equal(evaluateClaim(claim({ ...count, to: '2021-12-31' }), source()).verdict, 'not verifiable');
});

test('changing one value in the data changes the verdict', () => {
  const before = evaluateClaim(claim(chinaShare(38), chinaAboveUs), source());
  const edited = talent.map((r) => (r.country === 'China' && r.measure === 'us_based_origin_share' ? { ...r, value: 30 } : r));
  const after = evaluateClaim(claim(chinaShare(38), chinaAboveUs), source(edited));
  assert.equal(before.verdict, 'supported');
  assert.equal(after.verdict, 'contradicted');
});

test('a broken dataset makes its checks not verifiable and names the dataset', () => {
  const broken: EvidenceSource = new Map([['talent', { unavailable: 'dataset "talent" failed validation' }]]);
  const e = evaluateClaim(claim(chinaShare(38)), broken);
  assert.equal(e.verdict, 'not verifiable');
  assert.match(e.reasons[0], /talent" failed validation/);
});

test('the verdict rule: all pass, some pass, only failures, nothing checkable', () => {
  assert.equal(verdictOf(['pass', 'pass']), 'supported');
  assert.equal(verdictOf(['pass', 'not verifiable']), 'partly supported');
  assert.equal(verdictOf(['partial']), 'partly supported');
  assert.equal(verdictOf(['fail', 'not verifiable']), 'contradicted');
  assert.equal(verdictOf(['not verifiable']), 'not verifiable');
  assert.equal(verdictOf([]), 'not verifiable');
});
