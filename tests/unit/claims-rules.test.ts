import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visibleOn } from '../../lib/core/claims/as-of';
import { coverageOf } from '../../lib/core/claims/coverage';
import type { EvidenceSource } from '../../lib/core/claims/evaluate';
import { differenceTest } from '../../lib/core/claims/noise';
import { decideVerdict, VERDICT_RULES } from '../../lib/core/claims/verdict';
import type { Claim } from '../../lib/core/types';
import { inForceOn } from '../../lib/core/in-force';

test('the verdict rules: all pass, mixed, only failures, nothing checkable', () => {
  assert.equal(decideVerdict(['pass', 'pass']).verdict, 'supported');
  assert.equal(decideVerdict(['pass', 'not verifiable']).verdict, 'partly supported');
  assert.equal(decideVerdict(['partial']).verdict, 'partly supported');
  assert.equal(decideVerdict(['pass', 'fail']).verdict, 'partly supported');
  assert.equal(decideVerdict(['fail', 'not verifiable']).verdict, 'contradicted');
  assert.equal(decideVerdict(['not verifiable']).verdict, 'not verifiable');
  assert.equal(decideVerdict([]).verdict, 'not verifiable');
  assert.deepEqual(VERDICT_RULES.map((r) => r.verdict), ['supported', 'partly supported', 'contradicted', 'not verifiable']);
});

test('in force: effective, not yet, ended, suspended (inclusive), never effective', () => {
  const rule = { effective_date: '2022-10-07', ended_date: null, suspended_from: null, suspended_until: null };
  assert.equal(inForceOn(rule, '2022-10-07').inForce, true);
  assert.equal(inForceOn(rule, '2022-10-06').inForce, false);
  assert.match(inForceOn({ ...rule, ended_date: '2025-05-13' }, '2025-05-13').reason, /ended on 2025-05-13/);
  assert.equal(inForceOn({ ...rule, ended_date: '2025-05-13' }, '2025-05-12').inForce, true);
  const paused = { ...rule, suspended_from: '2025-11-10', suspended_until: '2026-11-09' };
  assert.equal(inForceOn(paused, '2025-11-10').inForce, false);
  assert.equal(inForceOn(paused, '2026-11-09').inForce, false);
  assert.equal(inForceOn(paused, '2026-11-10').inForce, true);
  assert.match(inForceOn({ ...rule, suspended_from: '2025-11-10' }, '2030-01-01').reason, /with no end date/);
  assert.match(inForceOn({ effective_date: null, effect: 'procedural' }, '2025-01-01').reason, /never took legal effect/);
  assert.equal(inForceOn({ effective_date: null, effect: 'policy' }, '2025-01-01').inForce, false);
});

test('sampling noise: a 1-point gap in one sample of 867 is noise, a 14-point gap is not', () => {
  const small = differenceTest('same-sample', { share: 38, n: 867 }, { share: 37, n: 867 });
  assert.equal(small.significant, false);
  assert.ok(small.margin > 5 && small.margin < 6.5, `margin ${small.margin}`);
  assert.equal(differenceTest('same-sample', { share: 42, n: 867 }, { share: 28, n: 867 }).significant, true);
  const indep = differenceTest('independent-samples', { share: 50, n: 100 }, { share: 40, n: 100 });
  assert.ok(Math.abs(indep.margin - 13.7) < 0.2, `margin ${indep.margin}`);
});

test('as of the paper, only rows whose source was published by the cutoff are visible', () => {
  const source: EvidenceSource = new Map([
    ['d', { rows: [{ source_id: 'old' }, { source_id: 'month' }, { source_id: 'year' }, { source_id: 'new' }, { source_id: 'undated' }], timeField: null }],
    ['broken', { unavailable: 'x' }],
  ]);
  const published = new Map<string, string | null>([['old', '2023-05-01'], ['month', '2024-12'], ['year', '2024'], ['new', '2025-01-01'], ['undated', null]]);
  const then = visibleOn(source, published, '2024-12-31');
  const d = then.get('d');
  assert.ok(d && 'rows' in d);
  assert.deepEqual(d.rows.map((r) => r.source_id), ['old', 'month', 'year']);
  assert.deepEqual(then.get('broken'), { unavailable: 'x' });
});

test('coverage accounts for every footnote: the claims that test it, or the reason nothing can', () => {
  const claim = (id: string, footnote: number | null) => ({ id, footnote, quote: `quote ${id}` }) as Claim;
  const { coverage, problems } = coverageOf(3, [claim('a', 1), claim('b', 1), claim('c', null)], [{ footnote: 2, statement: 's', reason: 'a historical argument' }]);
  assert.deepEqual(coverage.slice(0, 2), [{ footnote: 1, claims: ['a', 'b'] }, { footnote: 2, reason: 'a historical argument' }]);
  assert.deepEqual(coverage[2], { footnote: null, statement: 'quote c', claims: ['c'] });
  assert.deepEqual(problems, ['data/claims.json: footnote 3 is neither tested by a claim nor listed in "untested" with a reason']);
});

test('a verdict change lists the rows that made the difference; agreeing verdicts give none', async () => {
  const { verdictChange } = await import('../../lib/core/claims/difference');
  const old = { dataset: 'd', row: { id: 'a', source_id: 's2023' } };
  const later = { dataset: 'd', row: { id: 'b', source_id: 's2025' } };
  const ended = { dataset: 'd', row: { id: 'c', source_id: 's2022' } };
  const evaluation = (verdict: string, rows: unknown[]) => ({ verdict, rows }) as never;
  const change = verdictChange({ asOfPaper: evaluation('supported', [old, ended]), evaluation: evaluation('partly supported', [{ dataset: 'd', row: { ...old.row } }, later]) });
  assert.ok(change);
  assert.deepEqual(change.added.map((e) => e.row.id), ['b']);
  assert.deepEqual(change.dropped.map((e) => e.row.id), ['c']);
  assert.equal(verdictChange({ asOfPaper: evaluation('supported', [old]), evaluation: evaluation('supported', [later]) }), null);
});
