import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lifecycleOf } from '../../lib/core/lifecycle';

const base = { date: '2025-09-29', effective_date: '2025-09-29', suspended_from: null, suspended_until: null, ended_date: null };

test('a suspension draws as its own range between two stretches in force', () => {
  const l = lifecycleOf({ ...base, suspended_from: '2025-11-10', suspended_until: '2026-11-09' }, '2026-11-26');
  assert.deepEqual(l.stretches, [
    { kind: 'in force', from: '2025-09-29', to: '2025-11-09' },
    { kind: 'suspended', from: '2025-11-10', to: '2026-11-09' },
    { kind: 'in force', from: '2026-11-10', to: '2026-11-26' },
  ]);
  assert.equal(l.text, 'in force from 2025-09-29; suspended from 2025-11-10 until 2026-11-09');
});

test('a suspension still running is drawn up to today', () => {
  const l = lifecycleOf({ ...base, suspended_from: '2025-11-10', suspended_until: '2026-11-09' }, '2026-01-01');
  assert.deepEqual(l.stretches.at(-1), { kind: 'suspended', from: '2025-11-10', to: '2026-01-01' });
});

test('an ended measure stops the day before it ended, and says so', () => {
  const l = lifecycleOf({ ...base, date: '2025-01-13', effective_date: '2025-01-13', ended_date: '2025-05-13' }, '2026-11-26');
  assert.deepEqual(l.stretches, [{ kind: 'in force', from: '2025-01-13', to: '2025-05-12' }]);
  assert.equal(l.ended, '2025-05-13');
  assert.match(l.text, /ended 2025-05-13/);
});

test('a proposal, and a measure suspended before its effective day, never take effect', () => {
  assert.equal(lifecycleOf({ ...base, effective_date: null }, '2026-11-26').neverEffective, true);
  const l = lifecycleOf({ ...base, effective_date: null, suspended_from: '2025-11-07', suspended_until: '2026-11-10' }, '2026-11-26');
  assert.equal(l.text, 'suspended from 2025-11-07 until 2026-11-10 before taking effect');
  assert.deepEqual(l.stretches, []);
});

test('after a scheduled change no source confirms, the strip is drawn as unconfirmed from that day', () => {
  const l = lifecycleOf({ ...base, suspended_from: '2025-11-10', suspended_until: '2026-11-09' }, '2026-12-04', '2026-11-10');
  assert.deepEqual(l.stretches, [
    { kind: 'in force', from: '2025-09-29', to: '2025-11-09' },
    { kind: 'suspended', from: '2025-11-10', to: '2026-11-09' },
    { kind: 'unconfirmed', from: '2026-11-10', to: '2026-12-04' },
  ]);
  assert.match(l.text, /unconfirmed from 2026-11-10/);
  // Suspended before it took effect: the suspension, then the unconfirmed days.
  const never = lifecycleOf({ ...base, effective_date: null, suspended_from: '2025-11-07', suspended_until: '2026-11-10' }, '2026-12-04', '2026-11-11');
  assert.deepEqual(never.stretches.map((s) => s.kind), ['suspended', 'unconfirmed']);
  // Without an unconfirmed day nothing changes.
  assert.deepEqual(lifecycleOf({ ...base, suspended_from: '2025-11-10', suspended_until: '2026-11-09' }, '2026-12-04', null).stretches.at(-1)?.kind, 'in force');
});
