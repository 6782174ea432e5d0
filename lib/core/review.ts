import type { CurrencyEntry } from './currency';
import { earliestDay, latestSourceDate, statusOn, type PublishedById } from './status-on';
import type { Row } from './types';

/** One thing the maintainer should update, dated by how long it has been waiting. */
export interface ReviewItem {
  kind: 'lapsed schedule' | 'overdue series' | 'single-sourced row';
  dataset: string;
  /** The measure, series or row, by id. */
  subject: string;
  /** The day it began to wait (YYYY-MM-DD, or the partial date of a source): oldest first. */
  since: string;
  detail: string;
}

export interface ReviewDataset {
  id: string;
  rows: Row[];
  primaryKey: string[];
  currency: CurrencyEntry[];
  /** Whether rows are measures with a lifecycle (export controls). */
  lifecycle: boolean;
}

/** `single_sourced` read generically: true, "true", 1 or "1" (as issue 24's datasets write it). */
export const isSingleSourced = (row: Row) => row.single_sourced === 'true' || row.single_sourced === '1' || row.single_sourced === 1 || (row.single_sourced as unknown) === true;

const rowName = (row: Row, primaryKey: string[], i: number) => (primaryKey.length > 0 ? primaryKey.map((k) => String(row[k] ?? '')).join(' / ') : `row ${i + 1}`);

/**
 * The maintainer's review list on `today`: measures whose scheduled change passed with no source
 * since (lapsed schedules), series whose next release is overdue, and rows resting on a single
 * source; oldest first. Pure.
 */
export function reviewList(datasets: ReviewDataset[], published: PublishedById, today: string): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const d of datasets) {
    d.rows.forEach((row, i) => {
      if (d.lifecycle) {
        const s = statusOn(row, today, published);
        if (!s.confirmed && s.scheduledChange) {
          items.push({ kind: 'lapsed schedule', dataset: d.id, subject: `${rowName(row, d.primaryKey, i)}: ${String(row.title ?? '')}`.trim(), since: s.scheduledChange.day, detail: s.text });
        }
      }
      if (isSingleSourced(row)) {
        const src = latestSourceDate(row, published);
        items.push({ kind: 'single-sourced row', dataset: d.id, subject: rowName(row, d.primaryKey, i), since: src ?? '', detail: `rests on one source (${String(row.source_id ?? 'none')}${src ? `, published ${src}` : ''}): find a second` });
      }
    });
    for (const c of d.currency) {
      if (c.overdue && c.nextExpected) {
        items.push({ kind: 'overdue series', dataset: d.id, subject: c.series, since: c.nextExpected, detail: `${c.cadence} (${c.publisher}); latest period ${c.latestPeriod ?? 'unknown'}, latest source ${c.latestSourcePublished ?? 'unknown'}; newer figures were due by ${c.nextExpected}` });
      }
    }
  }
  const key = (i: ReviewItem) => (i.since ? earliestDay(i.since) : '');
  return items.sort((a, b) => key(a).localeCompare(key(b)) || a.dataset.localeCompare(b.dataset) || a.subject.localeCompare(b.subject));
}

/** The list as plain text, one item a line, for the terminal and CI logs. */
export function formatReview(items: ReviewItem[], today: string): string {
  if (items.length === 0) return `review (${today}): nothing to update.`;
  const plural: Record<ReviewItem['kind'], string> = { 'lapsed schedule': 'lapsed schedules', 'overdue series': 'overdue series', 'single-sourced row': 'single-sourced rows' };
  const counts = (Object.keys(plural) as ReviewItem['kind'][]).map((k) => `${items.filter((i) => i.kind === k).length} ${plural[k]}`).join(', ');
  const lines = items.map((i) => `${(i.since || 'undated').padEnd(10)}  ${i.kind.padEnd(18)}  ${i.dataset}: ${i.subject} (${i.detail})`);
  return [`review (${today}): ${items.length} to update, oldest first: ${counts}.`, ...lines].join('\n');
}
