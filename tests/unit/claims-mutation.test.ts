/**
 * Mutation tests on the real data/: every claim's verdict must depend on its evidence. For each claim,
 * a change to the rows it rests on flips its verdict; a test that cannot flip would be a typed verdict.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCheck, evaluateClaim, matches, wheresOf, type EvidenceSource } from '../../lib/core/claims/evaluate';
import { claimsInputs } from '../../lib/server/claims';
import type { Basis, Claim, Row } from '../../lib/core/types';

const today: Basis = { kind: 'today', asOf: '2026-12-04', description: 'today' };

/** The source with some rows removed (by identity). */
function without(source: EvidenceSource, drop: Set<Row>): EvidenceSource {
  const out: EvidenceSource = new Map();
  for (const [id, d] of source) out.set(id, 'unavailable' in d ? d : { ...d, rows: d.rows.filter((r) => !drop.has(r)) });
  return out;
}

/** Every row any check of the claim selects. */
function selectedBy(source: EvidenceSource, claim: Claim): Set<Row> {
  const out = new Set<Row>();
  for (const check of claim.checks) {
    const d = source.get(check.dataset);
    if (d && !('unavailable' in d)) for (const r of d.rows) if (wheresOf(check).some((w) => matches(r, w, d.timeField))) out.add(r);
  }
  return out;
}

/** The source with the rows a claim's checks select made usable: as-cited figures treated as sourced. */
function revived(source: EvidenceSource, claim: Claim): EvidenceSource {
  const out: EvidenceSource = new Map();
  for (const [id, d] of source) {
    if ('unavailable' in d) out.set(id, d);
    else {
      const wheres = claim.checks.filter((c) => c.dataset === id).flatMap(wheresOf);
      out.set(id, { ...d, rows: d.rows.map((r) => (r.confidence === 'as-cited' && wheres.some((w) => matches(r, w, d.timeField)) ? { ...r, confidence: 'secondary' } : r)) });
    }
  }
  return out;
}

test('mutation: every claim in data/claims.json flips its verdict when the evidence it rests on changes', async (t) => {
  const inputs = await claimsInputs();
  assert.ok(inputs.ok);
  for (const claim of inputs.doc.claims) {
    await t.test(claim.id, () => {
      const base = evaluateClaim(claim, inputs.source, today);
      const mutated =
        base.verdict !== 'not verifiable'
          ? // Remove every row the claim's checks select (older periods too, which `latest` would fall back on).
            evaluateClaim(claim, without(inputs.source, selectedBy(inputs.source, claim)), today)
          : // A claim that cannot be judged becomes judgeable once its figures are sourced (not as-cited) and in date.
            evaluateClaim({ ...claim, horizonYears: undefined }, revived(inputs.source, claim), today);
      assert.notEqual(mutated.verdict, base.verdict, `${claim.id} stays ${base.verdict}`);
    });
  }
});

test('property: no check in data/claims.json passes once the rows it selects are removed', async () => {
  const inputs = await claimsInputs();
  assert.ok(inputs.ok);
  for (const claim of inputs.doc.claims) {
    for (const check of claim.checks) {
      const data = inputs.source.get(check.dataset);
      assert.ok(data && !('unavailable' in data), `${claim.id}: ${check.dataset} loads`);
      const selected = new Set(data.rows.filter((r) => wheresOf(check).some((w) => matches(r, w, data.timeField))));
      assert.ok(selected.size > 0, `${claim.id}: ${check.label} selects rows`);
      const result = evaluateCheck(check, without(inputs.source, selected), today.asOf);
      assert.notEqual(result.status, 'pass', `${claim.id}: ${check.label} passes with no evidence`);
    }
  }
});
