'use client';

import { useState, type MouseEvent } from 'react';
import { useServerDrawnMarkup } from '@/lib/client/server-drawn-markup';
import { fieldLabel } from '@/lib/core/labels';
import { afterPaper, hasShortenedText, isNumeric, tableRowsMarkup } from '@/lib/core/table-markup';
import type { Sort } from '@/lib/core/filter';
import type { FieldDescriptor, Row, Source } from '@/lib/core/types';

interface Props {
  caption: string;
  fields: FieldDescriptor[];
  rows: Row[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  sources: Record<string, Source>;
  /** Rows whose figure first became public after this day (the paper's cutoff) are marked. */
  cutoff: string | null;
  /** The dataset's id: the export-control timeline dates its events by their own date. */
  dataset: string;
  /** Columns computed for the view (a measure's status on the day), shown after the stored ones, as in the filtered CSV; not sortable. */
  computed?: FieldDescriptor[];
  /** Open on arrival (the address asks for an order, so the reader came for the table); else it opens with a click. */
  initiallyOpen?: boolean;
}

/**
 * The data behind the chart, one column per schema field, sortable by any column. The rows sit in a
 * disclosure that opens with a click (also without JavaScript; find-in-page opens it too): they are in
 * the page and in the accessibility tree's reach, but the browser does not lay out and paint a table of
 * hundreds of cells below the first screen before the page can respond (measured: docs/performance.md).
 */
export function DataTable({ caption, fields, rows, sort, onSort, sources, cutoff, dataset, computed = [], initiallyOpen = false }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  // The long texts a reader opened ("more"), for these rows: another view or order starts closed.
  const [opened, setOpened] = useState<{ rows: Row[]; keys: ReadonlySet<string> }>({ rows, keys: new Set() });
  const openedKeys = opened.rows === rows ? opened.keys : new Set<string>();
  const openLongText = (event: MouseEvent<HTMLElement>) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-more]');
    if (!button?.dataset.more) return;
    const cell = button.closest('td');
    const tbody = event.currentTarget as HTMLTableSectionElement;
    const at = cell ? [(cell.parentElement as HTMLTableRowElement).sectionRowIndex, cell.cellIndex] : null;
    setOpened({ rows, keys: new Set([...openedKeys, button.dataset.more]) });
    // The button goes away with the short text (the rows are drawn again): keep the keyboard on the cell that now shows it all.
    requestAnimationFrame(() => {
      const now = at ? tbody.rows[at[0]]?.cells[at[1]] : undefined;
      if (!now) return;
      now.tabIndex = -1;
      now.focus({ preventScroll: true });
    });
  };
  const [allOpen, setAllOpen] = useState(false);
  const allFields = [...fields, ...computed];
  const opens = allOpen ? 'all' : openedKeys;
  const body = useServerDrawnMarkup(
    () => tableRowsMarkup(allFields, rows, sources, cutoff, dataset, opens),
    JSON.stringify([allFields.map((f) => f.name), rows, Object.keys(sources), cutoff, dataset, opens === 'all' ? opens : [...opens].sort()]),
  );
  const next = (field: string): Sort => (sort?.field !== field ? { field, dir: 'asc' } : sort.dir === 'asc' ? { field, dir: 'desc' } : null);
  return (
    <details className="data-table" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="data-table-details">
      <summary>
        {open ? 'Hide' : 'Show'} the table: {rows.length} row{rows.length === 1 ? '' : 's'}, each with its source
      </summary>
      {cutoff !== null && rows.some((r) => afterPaper(r, sources, cutoff, dataset)) && (
        <p className="small muted" data-testid="after-paper-legend">
          Rows marked “after the paper” hold figures or events first made public after {cutoff}, which the paper could not have seen; a figure public earlier but cited from a later copy is not marked.
        </p>
      )}
      {hasShortenedText(allFields, rows) && (
        <p className="small">
          <button type="button" aria-pressed={allOpen} onClick={() => setAllOpen(!allOpen)} data-testid="show-long-texts">
            Show notes in full
          </button>{' '}
          <span className="muted">Long notes show their beginning; “more” opens one.</span>
        </p>
      )}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table data-testid="data-table">
          <caption>
            {caption} <span className="muted small">({rows.length} row{rows.length === 1 ? '' : 's'})</span>
          </caption>
          <thead>
            <tr>
              {fields.map((f) => (
                <th
                  key={f.name}
                  scope="col"
                  className={isNumeric(f) ? 'num' : undefined}
                  aria-sort={sort?.field === f.name ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" onClick={() => onSort(next(f.name))} title={f.description}>
                    {fieldLabel(f)}
                    {sort?.field === f.name ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
              {computed.map((f) => (
                <th key={f.name} scope="col" title={f.description}>
                  {fieldLabel(f)}
                </th>
              ))}
            </tr>
          </thead>
          {/* The rows are markup (lib/core/table-markup.ts): drawn on the server, kept when hydrating, drawn again in the browser for another view; not hydrated cell by cell. */}
          <tbody onClick={openLongText} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: body }} />
        </table>
      </div>
    </details>
  );
}
