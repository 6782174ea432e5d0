import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateClaim, type EvidenceSource } from '../../lib/core/claims/evaluate';
import type { Basis, Check, Claim, CompareCheck, ValueCheck } from '../../lib/core/types';
import type { Row } from '../../lib/core/types';

const today: Basis = { kind: 'today', asOf: '2026-11-26', description: 'today' };
const talent: Row[] = [
  { measure: 'us_based_origin_share', country: 'China', year: 2022, value: 38, unit: 'percent', confidence: 'secondary' },
  { measure: 'us_based_origin_share', country: 'United States', year: 2022, value: 37, unit: 'percent', confidence: 'secondary' },
  { measure: 'work_location_share', tier: 'top', country: 'United States', year: 2022, value: 42, unit: 'percent', confidence: 'secondary', sample_size: 867 },
  { measure: 'work_location_share', tier: 'top', country: 'China', year: 2022, value: 28, unit: 'percent', confidence: 'secondary', sample_size: 867 },
  { measure: 'work_location_share', tier: 'top', country: 'United States', year: 2019, value: 59, unit: 'percent', confidence: 'secondary', sample_size: 675 },
  { measure: 'work_location_share', tier: 'top', country: 'China', year: 2019, value: 11, unit: 'percent', confidence: 'secondary', sample_size: 675 },
  { measure: 'elite_work_share', tier: 'elite', country: 'United States', year: 2022, value: 57, unit: 'percent', confidence: 'as-cited' },
];
const shares: Row[] = [
  { measure: 'compute_share', country: 'United States', year: 2023, value: 32, unit: 'percent', basis: 'CAICT', confidence: 'secondary' },
  { measure: 'compute_share', country: 'China', year: 2023, value: 26, unit: 'percent', basis: 'CAICT', confidence: 'secondary' },
  { measure: 'intelligent_share', country: 'China', year: 2023, value: 31, unit: 'percent', basis: 'FP16', confidence: 'primary' },
  { measure: 'cloud_share', provider: 'Amazon', country: 'United States', year: 2024, value: 30, unit: 'percent', confidence: 'secondary' },
  { measure: 'cloud_share', provider: 'Microsoft', country: 'United States', year: 2024, value: 21, unit: 'percent', confidence: 'secondary' },
  { measure: 'cloud_share', provider: 'Alibaba', country: 'China', year: 2024, value: 4, unit: 'percent', confidence: 'secondary' },
];
const source = (rows = talent, other = shares): EvidenceSource =>
  new Map([
    ['talent', { rows, timeField: 'year' as const }],
    ['shares', { rows: other, timeField: 'year' as const }],
  ]);

const claim = (...checks: Check[]): Claim => ({
  id: 't', title: 't', section: 's', quote: 'q', footnote: null, footnoteSource: null, dataset: 'talent', checks, partly: 'p', caveats: ['a caveat'],
});
const chinaShare = (expected: number): ValueCheck => ({
  kind: 'value', label: 'China-origin share', dataset: 'talent', statement: '38 per cent', field: 'value', expected, tolerance: 0.5, partlyTolerance: 5, toleranceWhy: 'the paper gives whole percent',
  where: { measure: 'us_based_origin_share', country: 'China', year: 2022 },
});
const usAboveChina = (extra: Partial<CompareCheck> = {}): CompareCheck => ({
  kind: 'compare', label: 'US above China', dataset: 'talent', statement: 'US may have a large pool', field: 'value', op: 'greater', latest: true,
  left: { where: { measure: 'work_location_share', country: 'United States' } },
  right: { where: { measure: 'work_location_share', country: 'China' } },
  ...extra,
});
const scaled = (rows: Row[], country: string, factor: number) => rows.map((r) => (r.country === country && typeof r.value === 'number' ? { ...r, value: r.value * factor } : r));

test('supported: every check passes on like-for-like data, and the rule that decided is given', () => {
  const e = evaluateClaim(claim(chinaShare(38), usAboveChina()), source(), today);
  assert.equal(e.verdict, 'supported');
  assert.equal(e.why, 'all 2 pillars hold');
  assert.equal(e.observed, '38%');
  assert.ok(e.caveats.includes('a caveat'));
  assert.equal(e.sourcing.label, 'on secondary sources');
});

test('a comparative claim turns contradicted when the compared country is scaled far down', () => {
  assert.equal(evaluateClaim(claim(usAboveChina()), source(), today).verdict, 'supported');
  assert.equal(evaluateClaim(claim(usAboveChina()), source(scaled(talent, 'United States', 0.001)), today).verdict, 'contradicted');
});

test('latest compares the most recent year both sides have', () => {
  const e = evaluateClaim(claim(usAboveChina()), source(), today);
  assert.match(e.observed, /United States \(2022\) 42% vs China \(2022\) 28%/);
  const only2019 = talent.filter((r) => !(r.country === 'China' && r.year === 2022));
  assert.match(evaluateClaim(claim(usAboveChina()), source(only2019), today).observed, /\(2019\)/);
});

test('a figure a little off is partly supported; far off is contradicted', () => {
  assert.equal(evaluateClaim(claim(chinaShare(40)), source(), today).verdict, 'partly supported');
  assert.equal(evaluateClaim(claim(chinaShare(60)), source(), today).verdict, 'contradicted');
});

test('mixed results are partly supported', () => {
  const reversed = usAboveChina({ left: usAboveChina().right, right: usAboveChina().left });
  const e = evaluateClaim(claim(chinaShare(38), reversed), source(), today);
  assert.equal(e.verdict, 'partly supported');
  assert.equal(e.why, '1 of 2 pillars holds, 1 fails');
});

test('a definitional mismatch caps a passing check, and so the verdict, at partly supported', () => {
  const e = evaluateClaim(claim(usAboveChina({ mismatch: 'the paper says nationals; the source counts undergraduate country' })), source(), today);
  assert.equal(e.checks[0].status, 'partial');
  assert.equal(e.verdict, 'partly supported');
  assert.match(e.checks[0].reason, /differs from the paper's words: the paper says nationals/);
});

test('a difference within sampling noise is partial, by a stated 95% test on the rows\' sample sizes', () => {
  const close = talent.map((r) => (r.measure === 'work_location_share' && r.year === 2022 ? { ...r, value: r.country === 'China' ? 40 : 42 } : r));
  const noisy = evaluateClaim(claim(usAboveChina({ uncertainty: { test: 'same-sample' } })), source(close), today);
  assert.equal(noisy.checks[0].status, 'partial');
  assert.match(noisy.checks[0].reason, /difference 2 points, 95% margin ±6(\.\d)? points .*within sampling noise/);
  const clear = evaluateClaim(claim(usAboveChina({ uncertainty: { test: 'same-sample' } })), source(), today);
  assert.equal(clear.checks[0].status, 'pass');
  assert.match(clear.checks[0].reason, /larger than sampling noise/);
});

test('without a sample size, a stated margin decides what is within noise', () => {
  const c = usAboveChina({ uncertainty: { margin: 15, why: 'the source rounds and gives no sample' } });
  assert.equal(evaluateClaim(claim(c), source(), today).checks[0].status, 'partial');
  assert.equal(evaluateClaim(claim({ ...c, uncertainty: { margin: 5, why: 'x' } }), source(), today).checks[0].status, 'pass');
  const noSize = talent.map(({ sample_size, ...r }) => r);
  assert.match(evaluateClaim(claim(usAboveChina({ uncertainty: { test: 'same-sample' } })), source(noSize), today).checks[0].reason, /gives no sample size/);
});

test('rows measured differently are never compared: not verifiable, with the reason', () => {
  const c: CompareCheck = {
    kind: 'compare', label: 'x', dataset: 'shares', statement: 'China dominates', field: 'value', op: 'greater',
    left: { where: { measure: 'intelligent_share', country: 'China' } },
    right: { where: { measure: 'compute_share', country: 'United States' } },
  };
  const e = evaluateClaim(claim(c), source(), today);
  assert.equal(e.verdict, 'not verifiable');
  assert.match(e.checks[0].reason, /measured differently \(measure: "intelligent_share" vs "compute_share"; basis: "FP16" vs "CAICT"\)/);
});

test('sides can be sums of rows on one unit, computed from the data', () => {
  const c: CompareCheck = {
    kind: 'compare', label: 'cloud', dataset: 'shares', statement: 'US cloud platforms', field: 'value', op: 'greater', latest: true,
    left: { where: { measure: 'cloud_share', country: 'United States' }, sum: true },
    right: { where: { measure: 'cloud_share', country: 'China' }, sum: true },
  };
  const e = evaluateClaim(claim(c), source(), today);
  assert.equal(e.verdict, 'supported');
  assert.match(e.observed, /United States \(2024, sum of 2 rows\) 51% vs China \(2024\) 4%/);
});

test('a threshold the paper implies: pass above it, fail below it', () => {
  const t: Check = { kind: 'threshold', label: 'China over half', dataset: 'shares', statement: 'dominates', side: { where: { measure: 'compute_share', country: 'China' } }, field: 'value', op: 'above', threshold: 50, thresholdWhy: 'more than half the world' };
  assert.equal(evaluateClaim(claim(t), source(), today).verdict, 'contradicted');
  assert.equal(evaluateClaim(claim({ ...t, threshold: 20 }), source(), today).verdict, 'supported');
});

test('evidence that exists only as-cited never supports a claim', () => {
  const e = evaluateClaim(
    claim({ kind: 'value', label: 'US elite share', dataset: 'talent', statement: '57 per cent', field: 'value', expected: 57, tolerance: 0.5, toleranceWhy: 'whole percent', where: { measure: 'elite_work_share', country: 'United States', year: 2022 } }),
    source(),
    today,
  );
  assert.equal(e.verdict, 'not verifiable');
  assert.equal(e.observed, '57% (given only by the paper)');
  assert.match(e.reasons[0], /as-cited/);
});

test('a check with no matching data is not verifiable, and says what it looked for', () => {
  const e = evaluateClaim(claim({ ...chinaShare(38), where: { measure: 'us_based_origin_share', country: 'India', year: 2022 } }), source(), today);
  assert.equal(e.verdict, 'not verifiable');
  assert.match(e.reasons[0], /no row matches measure=us_based_origin_share, country=India, year=2022/);
});

test('a broken dataset makes its checks not verifiable and names the dataset', () => {
  const broken: EvidenceSource = new Map([['talent', { unavailable: 'dataset "talent" failed validation' }]]);
  const e = evaluateClaim(claim(chinaShare(38)), broken, today);
  assert.equal(e.verdict, 'not verifiable');
  assert.match(e.reasons[0], /talent" failed validation/);
});

test('latest orders periods as time: a year end comes after its mid-year, a quarter by its months', async () => {
  const { periodKey } = await import('../../lib/core/claims/evaluate');
  const keys = ['2024', '2024-06', '2024-Q3', '2013-2023', '2025-Q1'].map((period) => periodKey({ period }, 'year'));
  assert.deepEqual(keys, ['2024-12', '2024-06', '2024-09', '2023-12', '2025-03']);
  assert.equal(periodKey({ year: 2022 }, 'year'), '2022-12');
});
