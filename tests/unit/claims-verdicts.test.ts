/** The verdict rule: pillars, latest evidence, horizon, fact dates, units, sourcing beside the verdict. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCheck, evaluateClaim, type EvidenceSource } from '../../lib/core/claims/evaluate';
import { factDateOf, visibleOn } from '../../lib/core/claims/as-of';
import { verdictChange } from '../../lib/core/claims/difference';
import { documentProblems } from '../../lib/core/claims/document';
import { judgePillar } from '../../lib/core/claims/verdict';
import { sourcingOf } from '../../lib/core/claims/sourcing';
import { comparableUnits, convert } from '../../lib/core/units';
import { unitProblems } from '../../lib/core/claims/unit-problems';
import type { Basis, Check, Claim, CompareCheck, EvidenceRow, ExistsCheck, Row, ThresholdCheck, ValueCheck } from '../../lib/core/types';

const today: Basis = { kind: 'today', asOf: '2026-12-04', description: 'today' };
const paper: Basis = { kind: 'paper', asOf: '2024-12-31', description: 'paper' };

const compute: Row[] = [
  { measure: 'ai_share', country: 'China', year: 2021, value: 26, unit: 'percent', basis: 'CAE', confidence: 'secondary', source_id: 'cae' },
  { measure: 'ai_share', country: 'United States', year: 2021, value: 15, unit: 'percent', basis: 'CAE', confidence: 'secondary', source_id: 'cae' },
  { measure: 'sc_share', country: 'China', year: 2025, value: 15, unit: 'percent', basis: 'Epoch', confidence: 'primary', source_id: 'epoch' },
  { measure: 'sc_share', country: 'United States', year: 2025, value: 75, unit: 'percent', basis: 'Epoch', confidence: 'primary', source_id: 'epoch' },
  { measure: 'g5_share', country: 'China', year: 2025, value: 60, unit: 'percent', confidence: 'secondary', source_id: 'miit' },
  { measure: 'power_price', country: 'United States', year: 2023, value: 8.06, unit: 'US cents per kWh', basis: 'EIA', confidence: 'secondary', source_id: 'eia' },
  { measure: 'power_price', country: 'China', year: 2024, value: 0.088, unit: 'USD per kWh', basis: 'compilation', confidence: 'secondary', source_id: 'cb' },
  { measure: 'odd', country: 'China', year: 2024, value: 3, unit: 'EFLOPS', confidence: 'primary', source_id: 'x' },
  { measure: 'odd', country: 'United States', year: 2024, value: 2, unit: 'percent', confidence: 'primary', source_id: 'x' },
];
const source = (rows = compute): EvidenceSource => new Map([['d', { rows, timeField: 'year' as const }]]);
const greater = (label: string, measure: string, pillar: string, extra: Partial<CompareCheck> = {}): CompareCheck => ({
  kind: 'compare', label, dataset: 'd', statement: 'China dominates', field: 'value', op: 'greater', latest: true, pillar,
  left: { where: { measure, country: 'China' } }, right: { where: { measure, country: 'United States' } }, ...extra,
});
const g5: ThresholdCheck = { kind: 'threshold', label: '5G majority', dataset: 'd', statement: 'connectivity', side: { where: { measure: 'g5_share', country: 'China' } }, field: 'value', op: 'above', threshold: 50, thresholdWhy: 'a majority', latest: true, pillar: 'connectivity' };
const claim = (checks: Check[], pillars?: Array<[string, string]>, horizonYears?: number): Claim => ({
  id: 't', title: 't', section: 's', quote: 'q', footnote: null, footnoteSource: null, dataset: 'd', checks, partly: 'p', caveats: [],
  ...(pillars ? { pillars: pillars.map(([id, statement]) => ({ id, statement })) } : {}),
  ...(horizonYears ? { horizonYears, horizonWhy: 'the present' } : {}),
});

test('each verdict is reachable from fixtures: supported, partly supported, contradicted, not verifiable', () => {
  const ai = [greater('AI 2021', 'ai_share', 'ai'), greater('supercomputers', 'sc_share', 'ai')];
  const pillars: Array<[string, string]> = [['connectivity', '5G'], ['ai', 'AI compute']];
  assert.equal(evaluateClaim(claim([g5], [['connectivity', '5G']], 3), source(), today).verdict, 'supported');
  assert.equal(evaluateClaim(claim([g5, ...ai], pillars, 3), source(), today).verdict, 'partly supported');
  assert.equal(evaluateClaim(claim(ai, [['ai', 'AI compute']], 3), source(), today).verdict, 'contradicted');
  assert.equal(evaluateClaim(claim([greater('AI 2021', 'ai_share', 'ai')], [['ai', 'AI compute']], 3), source(), today).verdict, 'not verifiable');
});

test('a pillar is judged on its latest evidence: a later failing measure outweighs an earlier pass', () => {
  const checks = [greater('AI 2021', 'ai_share', 'ai'), greater('supercomputers', 'sc_share', 'ai')];
  const e = evaluateClaim(claim(checks, [['ai', 'AI compute']]), source(), today);
  assert.equal(e.pillars[0].status, 'fail');
  assert.deepEqual(e.pillars[0].decidedBy, ['supercomputers']);
  assert.equal(e.verdict, 'contradicted');
  // Without the later measure the earlier one decides.
  const before = evaluateClaim(claim(checks, [['ai', 'AI compute']]), source(compute.filter((r) => r.measure !== 'sc_share')), today);
  assert.equal(before.verdict, 'supported');
});

test('latest measures of one date that disagree make the pillar hold only in part', () => {
  const checks = [{ ...g5, pillar: 'p' }, greater('supercomputers', 'sc_share', 'p')];
  const e = evaluateClaim(claim(checks, [['p', 'both']]), source(), today);
  assert.equal(e.pillars[0].status, 'partial');
  assert.equal(e.verdict, 'partly supported');
  assert.match(e.pillars[0].why, /disagree/);
});

test('a claim about the present cannot rest on a figure older than its horizon; the same figure counts on an earlier day', () => {
  const c = claim([greater('AI 2021', 'ai_share', 'ai')], [['ai', 'AI compute']], 3);
  const now = evaluateClaim(c, source(), today);
  assert.equal(now.verdict, 'not verifiable');
  assert.match(now.checks[0].reason, /older than the claim's horizon/);
  assert.equal(now.checks[0].rows.length, 2, 'the stale rows are still shown as what the check looked at');
  assert.equal(now.sourcing.strength, 'none', 'but the verdict rests on none of them');
  assert.equal(evaluateClaim(c, source(), paper).verdict, 'supported');
  // No horizon declared: the old figure still counts.
  assert.equal(evaluateClaim({ ...c, horizonYears: undefined }, source(), today).verdict, 'supported');
});

test('units are converted before a comparison: 8.06 US cents is not above 0.088 USD per kWh', () => {
  assert.equal(convert(0.088, 'USD per kWh', 'US cents per kWh'), 8.8);
  assert.equal(convert(2, 'USD bn', 'USD million'), 2000);
  assert.equal(convert(0.42, 'share', 'percent'), 42);
  assert.equal(convert(1, 'EFLOPS', 'percent'), null);
  assert.ok(comparableUnits('US cents per kWh', 'USD per kWh'));
  const power: CompareCheck = {
    kind: 'compare', label: 'power', dataset: 'd', statement: 'electricity is relatively cheap', field: 'value', op: 'greater', latest: false,
    left: { where: { measure: 'power_price', country: 'United States' } }, right: { where: { measure: 'power_price', country: 'China' } },
    acceptDiffering: ['basis'], mismatch: 'different years and methods',
  };
  const r = evaluateCheck(power, source(), today.asOf);
  assert.equal(r.status, 'fail');
  assert.match(r.observed, /8\.06 US cents per kWh vs China \(2024\) 8\.8 US cents per kWh \(converted from 0\.088 USD per kWh\)/);
  // Without accepting the declared difference of method, the two cannot be compared.
  assert.equal(evaluateCheck({ ...power, acceptDiffering: undefined }, source(), today.asOf).status, 'not verifiable');
  // Units that do not convert are a data error, never a silent comparison.
  const odd = evaluateCheck(greater('odd', 'odd', 'x', { latest: false }), source(), today.asOf);
  assert.equal(odd.status, 'not verifiable');
  assert.match(odd.reason, /cannot be converted.*data error/);
});

test('a declared measure mismatch caps a passing value check at partial', () => {
  const rows: Row[] = [{ measure: 'origin', country: 'China', year: 2022, value: 38, unit: 'percent', confidence: 'secondary' }];
  const v: ValueCheck = { kind: 'value', label: 'v', dataset: 'd', statement: '38 per cent', where: { measure: 'origin', country: 'China', year: 2022 }, field: 'value', expected: 38, tolerance: 0.5, toleranceWhy: 'whole percent' };
  assert.equal(evaluateCheck(v, source(rows), today.asOf).status, 'pass');
  const capped = evaluateCheck({ ...v, mismatch: 'undergraduate country, not nationality' }, source(rows), today.asOf);
  assert.equal(capped.status, 'partial');
  assert.match(capped.reason, /undergraduate country, not nationality/);
});

test('sampling noise uses the subsample the shares are of (researchers working in the US), not the whole sample', () => {
  const rows: Row[] = [
    { measure: 'us_origin', country: 'China', year: 2022, value: 38, unit: 'percent', sample_size: 867 },
    { measure: 'us_origin', country: 'United States', year: 2022, value: 37, unit: 'percent', sample_size: 867 },
    { measure: 'work', country: 'United States', year: 2022, value: 42, unit: 'percent', sample_size: 867 },
  ];
  const c: CompareCheck = {
    kind: 'compare', label: 'c', dataset: 'd', statement: '38 vs 37', field: 'value', op: 'greater', latest: false,
    left: { where: { measure: 'us_origin', country: 'China' } }, right: { where: { measure: 'us_origin', country: 'United States' } },
    uncertainty: { test: 'same-sample', subsampleOf: { measure: 'work', country: 'United States', year: 2022 } },
  };
  const r = evaluateCheck(c, source(rows), today.asOf);
  assert.equal(r.status, 'partial');
  assert.match(r.reason, /one sample of about 364/);
  assert.match(r.reason, /42% of 867/);
  const whole = evaluateCheck({ ...c, uncertainty: { test: 'same-sample' } }, source(rows), today.asOf);
  assert.match(whole.reason, /one sample of 867/);
});

test('sourcing is shown beside the verdict and never changes it, for every kind of check', () => {
  const secondary = evaluateClaim(claim([g5]), source(), today);
  const primary = evaluateClaim(claim([g5]), source(compute.map((r) => ({ ...r, confidence: 'primary' }))), today);
  assert.equal(secondary.verdict, primary.verdict);
  assert.equal(secondary.sourcing.label, 'on secondary sources');
  assert.equal(primary.sourcing.label, 'on primary sources');
  const single: EvidenceRow[] = [{ dataset: 'd', row: { confidence: 'secondary', single_sourced: 'true' } }];
  assert.equal(sourcingOf(single).label, 'on secondary sources, each figure found in a single publication');
  assert.equal(sourcingOf([]).strength, 'none');
});

test('property: no check of any kind passes on empty evidence', () => {
  const empty = source([]);
  const kinds: Check[] = [
    g5,
    greater('c', 'ai_share', 'p'),
    { kind: 'value', label: 'v', dataset: 'd', statement: 's', where: {}, field: 'value', expected: 0, tolerance: 1000, toleranceWhy: 'w' },
    { kind: 'count', label: 'n', dataset: 'd', statement: 's', where: {}, op: 'atLeast', expected: 0 },
    { kind: 'count', label: 'n2', dataset: 'd', statement: 's', where: {}, op: 'equal', expected: 0 },
    { kind: 'exists', label: 'e', dataset: 'd', statement: 's', where: {}, fails: 'nothing found' },
    { ...g5, op: 'atLeast', threshold: -1e9 },
  ];
  for (const check of kinds) {
    for (const asOf of [today.asOf, paper.asOf]) assert.notEqual(evaluateCheck(check, empty, asOf).status, 'pass', `${check.kind} ${check.label}`);
    assert.notEqual(evaluateClaim(claim([check]), empty, today).verdict, 'supported');
  }
});

test('an existence check states what would make it fail, and fails when its rows are removed', () => {
  const rows: Row[] = [{ id: '046', citation: 'H.R. 8315', date: '2024-05-08', confidence: 'primary' }];
  const e: ExistsCheck = { kind: 'exists', label: 'bill', dataset: 'x', statement: 'introduced', where: { citation: 'H.R. 8315' }, fails: 'no record of H.R. 8315 being introduced' };
  const src = (rs: Row[]): EvidenceSource => new Map([['x', { rows: rs, timeField: 'date' as const }]]);
  const found = evaluateCheck(e, src(rows), today.asOf);
  assert.equal(found.status, 'pass');
  assert.match(found.expected, /fails if no record of H\.R\. 8315/);
  assert.equal(evaluateCheck(e, src([]), today.asOf).status, 'fail');
});

test('fact dates: first_published when present, else the measure date for export controls, else the source date', () => {
  const published = new Map<string, string | null>([['copy-2025', '2025-03-01'], ['wp', '2024-06-01']]);
  assert.equal(factDateOf({ source_id: 'copy-2025', first_published: '2024-03' }, 'talent', published), '2024-03');
  assert.equal(factDateOf({ source_id: 'copy-2025', first_published: '' }, 'talent', published), '2025-03-01');
  assert.equal(factDateOf({ source_id: 'copy-2025' }, 'talent', published), '2025-03-01');
  assert.equal(factDateOf({ source_id: 'copy-2025', date: '2024-05-08' }, 'export-controls', published), '2024-05-08');
  assert.equal(factDateOf({ source_id: 'copy-2025', date: '2024-05-08', first_published: '2024-05-10' }, 'export-controls', published), '2024-05-10');
  assert.equal(factDateOf({ source_id: 'unknown' }, 'talent', published), null);
});

test('as of the paper uses fact dates: a 2024 figure read in a 2025 copy counts for the paper', () => {
  const published = new Map<string, string | null>([['copy-2025', '2025-03-01']]);
  const rows: Row[] = [
    { measure: 'us_origin', country: 'China', year: 2022, value: 38, unit: 'percent', source_id: 'copy-2025', first_published: '2024-03', single_sourced: 'false' },
    { measure: 'us_origin', country: 'United States', year: 2022, value: 37, unit: 'percent', source_id: 'copy-2025', first_published: '', single_sourced: 'true' },
  ];
  const then = visibleOn(new Map([['talent', { rows, timeField: 'year' as const }]]), published, '2024-12-31');
  const seen = then.get('talent');
  assert.ok(seen && 'rows' in seen);
  assert.deepEqual(seen.rows.map((r) => r.country), ['China']);
});

test('the change panel does not present a fact first public before the cutoff as new evidence', () => {
  const basis = (b: Basis) => ({ basis: b });
  const early: EvidenceRow = { dataset: 'd', row: { id: 'early' }, factDate: '2024-03' };
  const late: EvidenceRow = { dataset: 'd', row: { id: 'late' }, factDate: '2025-05' };
  const unknown: EvidenceRow = { dataset: 'd', row: { id: 'unknown' }, factDate: null };
  const change = verdictChange({
    asOfPaper: { ...(evaluateClaim(claim([g5]), source([]), paper) as object), ...basis(paper), verdict: 'not verifiable', rows: [] } as never,
    evaluation: { ...(evaluateClaim(claim([g5]), source([]), today) as object), verdict: 'supported', rows: [early, late, unknown] } as never,
  });
  assert.ok(change);
  assert.deepEqual(change.added.map((e) => e.row.id), ['late', 'unknown']);
  assert.deepEqual(change.knownThen.map((e) => e.row.id), ['early']);
});

test('a pillar with no check that can be made cannot be judged; its reason says so', () => {
  const p = judgePillar({ id: 'x', statement: 's' }, []);
  assert.equal(p.status, 'not verifiable');
});

test('the document names every pillar, and an existence check must say what would make it fail', () => {
  const base = { paper: { title: 't', author: 'a', publisher: 'p', date: '2024-12', cutoff: '2024-12-31', thesis: ['x'] }, footnotes: 0, untested: [] };
  const exists = { kind: 'exists', label: 'e', dataset: 'd', statement: 's', where: {} };
  const c = { id: 'c', title: 't', section: 's', quote: 'q', footnote: null, footnoteSource: null, dataset: 'd', partly: 'p', caveats: [] };
  const problems = documentProblems({ ...base, claims: [{ ...c, checks: [{ ...exists, pillar: 'a' }], pillars: [{ id: 'b', statement: 's' }] }] });
  assert.ok(problems.some((p) => /fails: an existence check must say what would make it fail/.test(p)));
  assert.ok(problems.some((p) => /pillar: expected one of the claim's pillars \(b\)/.test(p)));
  assert.ok(problems.some((p) => /pillar "b" has no check/.test(p)));
  const old = documentProblems({ ...base, claims: [{ ...c, checks: [{ kind: 'count', label: 'n', dataset: 'd', statement: 's', where: {}, op: 'equal', expected: 1, requirePrimary: true }] }] });
  assert.ok(old.some((p) => /requirePrimary: no longer used/.test(p)));
});

test('validate-data reports a comparison across units that cannot be converted as a data error; convertible units pass', () => {
  const odd = greater('odd', 'odd', 'x', { latest: false });
  assert.deepEqual(unitProblems(odd, compute, 'year', 'claims[0].checks[0]'), ['claims[0].checks[0]: compares "EFLOPS" with "percent", units the unit table (lib/core/units.ts) cannot convert into each other']);
  const power = greater('power', 'power_price', 'x', { latest: false });
  assert.deepEqual(unitProblems(power, compute, 'year', 'here'), []);
});
