import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReview, reviewList, type ReviewDataset } from '../../lib/core/review';

const published = new Map<string, string | null>([
  ['old-news', '2025-05-15'],
  ['announcement', '2025-11-08'],
  ['blog', '2023-01-10'],
]);

const measures: ReviewDataset = {
  id: 'export-controls',
  primaryKey: ['id'],
  lifecycle: true,
  currency: [],
  rows: [
    { id: '076', title: 'Rare-earth rule', effective_date: '2025-10-09', suspended_from: '2025-11-07', suspended_until: '2026-11-10', effect: 'restriction', source_id: 'announcement', note: '' },
    { id: '070', title: 'Listing', effective_date: '2025-04-04', suspended_from: '2025-05-14', suspended_until: '2025-08-12', effect: 'restriction', source_id: 'old-news', note: '' },
    { id: '001', title: 'Confirmed', effective_date: '2020-01-01', source_id: 'announcement', note: '' },
  ],
};
const values: ReviewDataset = {
  id: 'talent',
  primaryKey: ['measure', 'country'],
  lifecycle: false,
  currency: [
    { series: '5g', cadence: 'monthly', latestPeriod: '2025', latestSourcePublished: '2026-01-28', nextExpected: '2026-03-02', overdue: true, publisher: 'MIIT', basis: 'b' },
    { series: 'talent', cadence: 'ended', latestPeriod: '2022', latestSourcePublished: '2024', nextExpected: null, overdue: false, publisher: 'MacroPolo', basis: 'b' },
  ],
  rows: [
    { measure: 'origin_share', country: 'Russia', single_sourced: 'true', source_id: 'blog' },
    { measure: 'origin_share', country: 'China', single_sourced: 'false', source_id: 'blog' },
    { measure: 'origin_share', country: 'India', source_id: 'blog' },
  ],
};

test('the review lists lapsed schedules, overdue series and single-sourced rows, oldest first', () => {
  const items = reviewList([measures, values], published, '2026-12-04');
  assert.deepEqual(
    items.map((i) => [i.since, i.kind, i.subject]),
    [
      ['2023-01-10', 'single-sourced row', 'origin_share / Russia'],
      ['2025-08-13', 'lapsed schedule', '070: Listing'],
      ['2026-03-02', 'overdue series', '5g'],
      ['2026-11-11', 'lapsed schedule', '076: Rare-earth rule'],
    ],
  );
  assert.match(items[3].detail, /suspension scheduled to end 2026-11-10; no source since 2025-11-08/);
});

test('before a scheduled change passes nothing is lapsed, and an ended series is never listed', () => {
  const items = reviewList([measures, { ...values, rows: [] }], published, '2025-06-01');
  assert.equal(items.some((i) => i.kind === 'lapsed schedule'), false);
  assert.equal(items.some((i) => i.subject === 'talent'), false);
  assert.match(formatReview([], '2025-06-01'), /nothing to update/);
  assert.match(formatReview(items, '2025-06-01'), /^review \(2025-06-01\): 1 to update, oldest first: 0 lapsed schedules, 1 overdue series, 0 single-sourced rows\./);
});
