'use client';

import { fieldLabel, valueLabel } from '@/lib/core/labels';
import type { Sort } from '@/lib/core/filter';
import type { FieldDescriptor, Row, Source } from '@/lib/core/types';


interface Props {
  caption: string;
  fields: FieldDescriptor[];
  rows: Row[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  sources: Record<string, Source>;
  /** Rows whose source was published after this day (the paper's cutoff) are marked. */
  cutoff: string | null;
}

const numeric = (f: FieldDescriptor) => f.type === 'number' || f.type === 'integer' || f.type === 'year';

const LONG = new Set(['note', 'description', 'title', 'target']);
function cellClass(f: FieldDescriptor): string | undefined {
  if (numeric(f)) return 'num';
  if (LONG.has(f.name)) return 'long';
  return f.type === 'string' && !f.constraints?.enum ? 'text' : undefined;
}

/** Whether a row's source was published after the paper's cutoff day. */
function afterPaper(row: Row, sources: Record<string, Source>, cutoff: string | null): boolean {
  const published = sources[String(row.source_id)]?.published;
  return cutoff !== null && typeof published === 'string' && published > cutoff;
}


/** The data behind the chart, one column per schema field, sortable by any column. */
export function DataTable({ caption, fields, rows, sort, onSort, sources, cutoff }: Props) {
  const next = (field: string): Sort => (sort?.field !== field ? { field, dir: 'asc' } : sort.dir === 'asc' ? { field, dir: 'desc' } : null);
  return (
    <>
      {cutoff !== null && rows.some((r) => afterPaper(r, sources, cutoff)) && (
        <p className="small muted" data-testid="after-paper-legend">
          Rows marked “after the paper” rest on sources published after {cutoff}, which the paper could not have seen.
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
                  className={numeric(f) ? 'num' : undefined}
                  aria-sort={sort?.field === f.name ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" onClick={() => onSort(next(f.name))} title={f.description}>
                    {fieldLabel(f)}
                    {sort?.field === f.name ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} data-after-paper={afterPaper(row, sources, cutoff) ? '' : undefined}>
                {fields.map((f) => (
                  <td key={f.name} className={cellClass(f)} data-value={rawUnlessShown(f, row[f.name], row.unit)}>
                    <CellValue field={f} value={row[f.name]} unit={f.name === 'value' ? row.unit : null} sources={sources} cutoff={cutoff} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * The stored value, for cells whose text shows it differently (a formatted number, a label): tests and
 * scripts read it from `data-value`. A cell showing its value as stored (a note) does not repeat it.
 */
function rawUnlessShown(field: FieldDescriptor, value: Row[string], unit: Row[string]): string | undefined {
  if (value === null) return '';
  const raw = String(value);
  if (field.type === 'number' || field.type === 'integer' || field.name === 'source_id') return raw;
  return valueLabel(field, value) === raw && !unit ? undefined : raw;
}

function CellValue({ field, value, unit, sources, cutoff }: { field: FieldDescriptor; value: Row[string]; unit: Row[string]; sources: Record<string, Source>; cutoff: string | null }) {
  if (value === null) return <span className="muted">–</span>;
  if (field.name === 'source_id') {
    const s = sources[String(value)];
    const published = s?.published ? `; published ${s.published}${cutoff !== null && s.published > cutoff ? ', after the paper' : ''}` : '';
    return s?.url ? (
      <a href={s.url} title={`${s.publisher}: ${s.title}${published}`} rel="noopener noreferrer">
        {value}
      </a>
    ) : (
      <>{value}</>
    );
  }
  if (field.type === 'number' || field.type === 'integer') {
    const shown = typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 4 }) : String(value);
    return unit ? (
      <>
        {shown}
        <span className="unit">{unit === 'percent' ? '%' : String(unit)}</span>
      </>
    ) : (
      <>{shown}</>
    );
  }
  const text = valueLabel(field, value);
  // Long text (notes, descriptions) shows two lines so each row stays compact; hover shows the rest (screen readers and print get it all).
  return LONG.has(field.name) ? (
    <span className="clamp">
      {text}
    </span>
  ) : (
    <>{text}</>
  );
}
