import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citedSources, keptInForce, latestSourceDate, statusColumns, statusOn } from '../../lib/core/status-on';
import { effectiveDay, lifecycleOf } from '../../lib/core/lifecycle';
import { inForceOn } from '../../lib/core/in-force';

// A measure in force from 2025-10-09, suspended 2025-11-07 to 2026-11-10, cited by a source of 2025-11-08.
const measure = {
  id: '076',
  date: '2025-10-09',
  date_kind: 'announced',
  effective_date: '2025-10-09',
  suspended_from: '2025-11-07',
  suspended_until: '2026-11-10',
  ended_date: null,
  instrument: 'MOFCOM announcement',
  effect: 'restriction',
  source_id: 'announcement',
  note: 'Suspension quoted by news-suspension.',
};
const published = new Map<string, string | null>([
  ['announcement', '2025-10-09'],
  ['news-suspension', '2025-11-08'],
  ['later-report', '2026-11-20'],
]);

test('before the suspension the measure is in force, confirmed', () => {
  const s = statusOn(measure, '2025-10-20', published);
  assert.equal(s.status, 'in force');
  assert.equal(s.confirmed, true);
  assert.equal(s.scheduledChange, null);
});

test('inside the suspension it is suspended, confirmed, up to and including its last day', () => {
  for (const day of ['2025-11-07', '2026-06-01', '2026-11-10']) {
    const s = statusOn(measure, day, published);
    assert.equal(s.status, 'suspended', day);
    assert.equal(s.confirmed, true, day);
  }
});

test('after the suspension with no later source the status is unconfirmed and the change is named', () => {
  const s = statusOn(measure, '2026-12-04', published);
  assert.equal(s.status, 'unconfirmed');
  assert.equal(s.confirmed, false);
  assert.equal(s.lastConfirmed, 'suspended');
  assert.equal(s.latestSource, '2025-11-08');
  assert.equal(s.scheduledChange?.day, '2026-11-11');
  assert.equal(s.text, 'suspension scheduled to end 2026-11-10; no source since 2025-11-08 (last confirmed: suspended)');
  assert.equal(keptInForce(s), true, 'in_force keeps it, marked');
  assert.deepEqual(statusColumns(s), {
    status_on: 'unconfirmed',
    status_on_date: '2026-12-04',
    status_confirmed: 'false',
    status_change: 'suspension scheduled to end 2026-11-10; no source since 2025-11-08 (last confirmed: suspended)',
    status_change_date: '2026-11-11',
    latest_source_published: '2025-11-08',
  });
});

test('after the suspension with a later source the lifecycle status is confirmed', () => {
  const s = statusOn({ ...measure, note: 'Suspension quoted by news-suspension; still suspended per later-report.' }, '2026-12-04', published);
  assert.equal(s.status, 'in force');
  assert.equal(s.confirmed, true);
  assert.equal(s.latestSource, '2026-11-20');
});

test('a source dated only by month confirms nothing after the first of that month', () => {
  const s = statusOn({ ...measure, suspended_until: '2025-11-15', note: '' , source_id: 'monthly' }, '2025-12-01', new Map([['monthly', '2025-11']]));
  assert.equal(s.status, 'unconfirmed');
  assert.equal(s.latestSource, '2025-11');
});

test('a measure suspended before its effective day is never in force until the suspension ends, then unconfirmed and kept by in_force', () => {
  const never = { ...measure, effective_date: null };
  assert.equal(statusOn(never, '2026-01-01', published).status, 'suspended');
  const after = statusOn(never, '2026-12-04', published);
  assert.equal(after.status, 'unconfirmed');
  assert.equal(after.scheduledChange?.leadsTo, 'in force');
  assert.equal(keptInForce(after), true);
});

test('an expected ruling after the latest source makes an investigation unconfirmed once its day passes', () => {
  const probe = { ...measure, effect: 'procedural', suspended_from: null, suspended_until: null, expected_change_date: '2026-09-13', expected_change: 'ruling (normal end of the investigation)' };
  assert.equal(statusOn(probe, '2026-09-12', published).confirmed, true);
  const s = statusOn(probe, '2026-09-13', published);
  assert.equal(s.status, 'unconfirmed');
  assert.match(s.text, /^ruling \(normal end of the investigation\) expected by 2026-09-13; no source since 2025-11-08/);
});

test('the row cites its source_id and the source ids its note names, nothing else', () => {
  assert.deepEqual(citedSources(measure, published), ['announcement', 'news-suspension']);
  assert.equal(latestSourceDate({ ...measure, note: 'mentions no known id' }, published), '2025-10-09');
});

test('an executive order with no effective date takes effect on the day it was signed', () => {
  const eo = { date: '2021-01-19', date_kind: 'signed', instrument: 'Executive order', effective_date: null, effect: 'restriction', suspended_from: null, suspended_until: null, ended_date: null };
  assert.equal(effectiveDay(eo), '2021-01-19');
  assert.equal(inForceOn(eo, '2021-01-19').inForce, true);
  assert.match(inForceOn(eo, '2021-01-19').reason, /executive order takes effect on signing/);
  assert.equal(inForceOn(eo, '2021-01-18').inForce, false);
  assert.equal(lifecycleOf(eo, '2026-12-04').neverEffective, false);
  // A proposal or an announcement without an effective date still never took effect.
  assert.equal(effectiveDay({ ...eo, instrument: 'BIS notice of proposed rulemaking', date_kind: 'published' }), null);
  assert.equal(inForceOn({ ...eo, instrument: 'MOFCOM announcement', date_kind: 'announced' }, '2026-01-01').inForce, false);
});
