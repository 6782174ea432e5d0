import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LONG_SHOWN, hasShortenedText, longCellKey, shortened, tableRowsMarkup } from '../../lib/core/table-markup';
import type { FieldDescriptor, Row, Source } from '../../lib/core/types';

const fields: FieldDescriptor[] = [
  { name: 'country', type: 'string' },
  { name: 'year', type: 'year' },
  { name: 'value', type: 'number' },
  { name: 'note', type: 'string' },
  { name: 'source_id', type: 'string' },
];
const source = (id: string, url: string, published: string): Source => ({ id, publisher: 'P & Co', title: 'A "report"', url, seen_at: null, published, accessed: '2026-11-26', kind: 'publisher', terms: '' }) as unknown as Source;
const sources = { old: source('old', 'https://example.org/a?b=1&c=2', '2020-01-01'), late: source('late', 'https://example.org/late', '2025-06-01'), odd: source('odd', 'javascript:alert(1)', '2020-01-01') };
const rows: Row[] = [
  { country: 'China', year: 2022, value: 1234.5, unit: 'percent', note: 'Said "<b>bold</b>" & more', source_id: 'old' },
  { country: 'United States', year: 2025, value: null, unit: null, note: null, source_id: 'late' },
  { country: 'India', year: 2020, value: 3, unit: null, note: 'x', source_id: 'odd' },
];

test('table rows as markup: one row per data row, one cell per field, every value escaped', () => {
  const markup = tableRowsMarkup(fields, rows, sources, '2024-12-31');
  assert.equal((markup.match(/<tr[ >]/g) ?? []).length, 3);
  assert.equal((markup.match(/<td[ >]/g) ?? []).length, 15);
  assert.doesNotMatch(markup, /<b>/);
  assert.match(markup, /Said &quot;&lt;b&gt;bold&lt;\/b&gt;&quot; &amp; more/);
  // Numbers are formatted with their unit; the stored value stays readable in data-value.
  assert.match(markup, /<td class="num" data-value="1234.5">1,234.5<span class="unit">%<\/span><\/td>/);
  // A missing value is a dash; the source is a link with its publisher, title and date in the title.
  assert.match(markup, /<span class="muted">–<\/span>/);
  assert.match(markup, /<a href="https:\/\/example.org\/a\?b=1&amp;c=2" title="P &amp; Co: A &quot;report&quot;; published 2020-01-01"/);
});

test('rows resting on a source published after the paper are marked; only web addresses become links', () => {
  const markup = tableRowsMarkup(fields, rows, sources, '2024-12-31');
  const trs = markup.split('<tr').slice(1);
  assert.deepEqual(trs.map((t) => t.startsWith(' data-after-paper=""')), [false, true, false]);
  assert.match(trs[1], /after the paper/);
  assert.doesNotMatch(markup, /href="javascript:/);
  assert.match(trs[2], /data-value="odd">odd<\/td>/);
  assert.deepEqual(tableRowsMarkup(fields, rows, sources, null).split('<tr').slice(1).map((t) => t.startsWith(' data-after-paper')), [false, false, false]);
});

test('a cell that shows its value as stored does not repeat it in data-value', () => {
  const markup = tableRowsMarkup(fields, rows, sources, '2024-12-31');
  const first = markup.split('<tr')[1];
  // The row has a unit, which only the value cell shows: the note and the country are not repeated.
  assert.match(first, /<td class="text">China<\/td>/);
  assert.doesNotMatch(first, /data-value="Said/);
  assert.equal((first.match(/Said &quot;/g) ?? []).length, 1);
});

test('the first source of a figure is a link to that source, like the row’s own source', () => {
  const withFirst: FieldDescriptor[] = [...fields, { name: 'first_source_id', type: 'string' }];
  const markup = tableRowsMarkup(withFirst, [{ ...rows[1], first_source_id: 'old' }], sources, '2024-12-31');
  const cells = markup.split('<td').slice(1);
  assert.equal(cells.length, 6);
  assert.match(cells[5], /<a href="https:\/\/example.org\/a\?b=1&amp;c=2" title="P &amp; Co: A &quot;report&quot;; published 2020-01-01"[^>]*>old<\/a>/);
});

test('a row is marked by the date its figure first became public, not by the date of the copy cited', () => {
  const early: Row = { country: 'China', year: 2022, value: 38, unit: 'percent', note: null, source_id: 'late', first_published: '2024-03' };
  const late: Row = { country: 'China', year: 2024, value: 40, unit: 'percent', note: null, source_id: 'old', first_published: '2025-02' };
  const trs = tableRowsMarkup(fields, [early, late], sources, '2024-12-31').split('<tr').slice(1);
  assert.deepEqual(trs.map((t) => t.startsWith(' data-after-paper=""')), [false, true]);
  // On the export-control timeline a measure is dated by its own date, whatever copy is cited.
  const measure: Row = { country: 'United States', year: 2023, value: null, unit: null, note: null, source_id: 'late', date: '2023-10-17' };
  assert.equal(tableRowsMarkup(fields, [measure], sources, '2024-12-31', 'export-controls').startsWith('<tr data-after-paper'), false);
  assert.equal(tableRowsMarkup(fields, [measure], sources, '2024-12-31').startsWith('<tr data-after-paper'), true);
});

test('a long note shows its beginning and a "more" button until the reader opens it', () => {
  const long = `${'word '.repeat(60)}the end`;
  const noteFields: FieldDescriptor[] = [{ name: 'country', type: 'string' }, { name: 'note', type: 'string', title: 'Note' }];
  const two: Row[] = [{ country: 'China', note: long }, { country: 'India', note: 'short' }];
  const closed = tableRowsMarkup(noteFields, two, sources, null);
  // Cut on a word, at most LONG_SHOWN characters, and the end of the note is not in the page.
  const shown = closed.match(/<td class="long">(.*?)… <button/)![1];
  assert.ok(shown.length <= LONG_SHOWN && shown.endsWith('word'), shown);
  assert.doesNotMatch(closed, /the end/);
  assert.match(closed, /<button type="button" class="more" data-more="0:note" aria-label="Show the whole note \(307 characters\)">more<\/button>/);
  // A short note is shown whole, with no button.
  assert.match(closed, /<td class="long">short<\/td>/);
  // Opened: the whole note, no button.
  const open = tableRowsMarkup(noteFields, two, sources, null, '', new Set([longCellKey(0, 'note')]));
  assert.match(open, /the end<\/td>/);
  assert.doesNotMatch(open, /data-more/);
  // "Show notes in full": every long text whole.
  assert.doesNotMatch(tableRowsMarkup(noteFields, two, sources, null, '', 'all'), /data-more/);
  assert.equal(hasShortenedText(noteFields, two), true);
  assert.equal(hasShortenedText(noteFields, [two[1]]), false);
});

test('shortened cuts at a word boundary and leaves short texts alone', () => {
  assert.equal(shortened('short', 10), null);
  assert.equal(shortened('one two three four', 10), 'one two');
  assert.equal(shortened('one, two; three', 9), 'one, two');
  // No space in reach: cut at the limit.
  assert.equal(shortened('abcdefghijklmnop', 8), 'abcdefgh');
});
