import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateClaim, type EvidenceSource } from '../../lib/core/claims/evaluate';
import type { Basis, Check, Claim, CountCheck, ExistsCheck } from '../../lib/core/types';
import type { Row } from '../../lib/core/types';

const paper: Basis = { kind: 'paper', asOf: '2024-12-31', description: 'paper' };
const today: Basis = { kind: 'today', asOf: '2026-11-26', description: 'today' };
const measure = (id: string, fields: Partial<Row>): Row => ({ id, country: 'United States', category: 'cloud and KYC', confidence: 'primary', effect: 'restriction', effective_date: null, ended_date: null, suspended_from: null, suspended_until: null, ...fields });
const controls: Row[] = [
  measure('eo', { date: '2023-10-30', effective_date: '2023-10-30', ended_date: '2025-01-20' }),
  measure('kyc', { date: '2024-01-29', effect: 'procedural' }),
  measure('ease', { date: '2022-02-23', effective_date: '2022-02-23', effect: 'easing' }),
  measure('paused', { date: '2025-09-29', effective_date: '2025-09-29', suspended_from: '2025-11-10', suspended_until: '2026-11-09' }),
  measure('bill', { date: '2024-05-08', category: 'legislation', effect: 'procedural', citation: 'H.R. 8315', confidence: 'secondary' }),
];
const source = (rows = controls): EvidenceSource => new Map([['export-controls', { rows, timeField: 'date' as const }]]);
const claim = (...checks: Check[]): Claim => ({ id: 't', title: 't', section: 's', quote: 'q', footnote: null, footnoteSource: null, dataset: 'export-controls', checks, partly: 'p', caveats: [] });
const applied: CountCheck = {
  kind: 'count', label: 'cloud KYC applied', noun: 'measures', dataset: 'export-controls', statement: 'US has applied (c) know your customer', where: { country: 'United States', category: 'cloud and KYC' },
  op: 'atLeast', expected: 1, inForce: true, effect: ['restriction'],
};

test('proposals and easings never count as applied; the excluded rows come with their reasons', () => {
  const e = evaluateClaim(claim(applied), source(), paper);
  assert.equal(e.checks[0].observed, '1 measure');
  assert.deepEqual(e.checks[0].rows.map((r) => r.row.id), ['eo']);
  const reasons = Object.fromEntries(e.checks[0].excluded.map((x) => [x.row.id, x.reason]));
  assert.match(reasons.kyc, /proposal/);
  assert.match(reasons.ease, /easing/);
  assert.match(reasons.paused, /not in force on 2024-12-31: not in force yet/);
});

test('a measure revoked after the paper counts as of the paper and not today', () => {
  assert.equal(evaluateClaim(claim(applied), source(), paper).verdict, 'supported');
  const now = evaluateClaim(claim(applied), source(controls.filter((r) => r.id !== 'paused')), today);
  assert.equal(now.verdict, 'contradicted');
  assert.match(now.checks[0].excluded.find((x) => x.row.id === 'eo')!.reason, /ended on 2025-01-20/);
});

test('a suspended measure is not counted during its suspension, and counts again after it', () => {
  const only = source(controls.filter((r) => r.id === 'paused'));
  assert.equal(evaluateClaim(claim(applied), only, { ...today, asOf: '2026-01-01' }).verdict, 'contradicted');
  assert.equal(evaluateClaim(claim(applied), only, { ...today, asOf: '2026-11-10' }).verdict, 'supported');
});

test('an existence check passes on any sourced row, with its sourcing beside; it fails when the rows are removed; as-cited is not verifiable', () => {
  const exists: ExistsCheck = { kind: 'exists', label: 'ENFORCE Act', noun: 'bill', dataset: 'export-controls', statement: 'The US has also introduced the bipartisan bill', where: { citation: 'H.R. 8315' }, fails: 'no record of H.R. 8315 being introduced' };
  const secondary = evaluateClaim(claim(exists), source(), today);
  assert.equal(secondary.verdict, 'supported');
  assert.equal(secondary.sourcing.label, 'on secondary sources');
  const primary = controls.map((r) => (r.id === 'bill' ? { ...r, confidence: 'primary' } : r));
  const e = evaluateClaim(claim(exists), source(primary), today);
  assert.equal(e.verdict, 'supported');
  assert.equal(e.sourcing.label, 'on primary sources');
  const removed = evaluateClaim(claim(exists), source(controls.filter((r) => r.id !== 'bill')), today);
  assert.equal(removed.verdict, 'contradicted');
  assert.match(removed.checks[0].reason, /no record of H\.R\. 8315 being introduced/);
  const cited = controls.map((r) => (r.id === 'bill' ? { ...r, confidence: 'as-cited' } : r));
  assert.equal(evaluateClaim(claim(exists), source(cited), today).verdict, 'not verifiable');
});

test('a count is judged on what it counts, not on the sourcing: secondary rows pass, and the sourcing says so beside', () => {
  const segments: Row[] = ['a', 'b', 'c'].map((s, i) => ({ segment: s, confidence: i === 0 ? 'primary' : 'secondary' }));
  const c: CountCheck = { kind: 'count', label: 'three segments', dataset: 'segments', statement: 'three segments', where: {}, distinct: 'segment', op: 'equal', expected: 3 };
  const src: EvidenceSource = new Map([['segments', { rows: segments, timeField: null }]]);
  const e = evaluateClaim({ ...claim(c), dataset: 'segments' }, src, today);
  assert.equal(e.checks[0].status, 'pass');
  assert.equal(e.verdict, 'supported');
  assert.equal(e.sourcing.strength, 'mixed');
  assert.match(e.sourcing.label, /2 of 3 rows secondary/);
  const four: EvidenceSource = new Map([['segments', { rows: [...segments, { segment: 'd', confidence: 'primary' }], timeField: null }]]);
  assert.equal(evaluateClaim({ ...claim(c), dataset: 'segments' }, four, today).verdict, 'contradicted');
});

test('a count leaves out the rows its exclusions name, each with the reason (an import tariff is not an export control)', () => {
  const tariff = measure('tariff', { date: '2026-01-14', effective_date: '2026-01-15', instrument: 'Presidential proclamation (Section 232)' });
  const withTariff = [...controls.filter((r) => r.id !== 'eo' && r.id !== 'paused'), tariff];
  assert.equal(evaluateClaim(claim(applied), source(withTariff), today).verdict, 'supported');
  const excluding: CountCheck = { ...applied, exclude: [{ where: { instrument: 'Presidential proclamation (Section 232)' }, why: 'an import tariff, not an export control' }] };
  const e = evaluateClaim(claim(excluding), source(withTariff), today);
  assert.equal(e.verdict, 'contradicted');
  assert.ok(e.checks[0].excluded.some((x) => x.row.id === 'tariff' && x.reason === 'an import tariff, not an export control'));
});

test('a counted measure whose suspension ended with no source since is named as unconfirmed in the check', () => {
  const rows = [measure('paused', { date: '2025-09-29', effective_date: '2025-09-29', suspended_from: '2025-11-10', suspended_until: '2026-11-09', source_id: 'fr' })];
  const dec4: Basis = { kind: 'today', asOf: '2026-12-04', description: 'today' };
  const onlyBefore = new Map([['fr', '2025-11-12']]);
  const e = evaluateClaim(claim(applied), source(rows), dec4, onlyBefore);
  assert.equal(e.checks[0].observed, '1 measure');
  assert.match(e.checks[0].reason, /1 of the counted measures is unconfirmed on 2026-12-04/);
  // A source published after the scheduled end confirms it: no such note.
  const confirmed = evaluateClaim(claim(applied), source(rows), dec4, new Map([['fr', '2026-11-20']]));
  assert.doesNotMatch(confirmed.checks[0].reason, /unconfirmed/);
});
