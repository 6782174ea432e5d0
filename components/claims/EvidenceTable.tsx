import { fieldLabel, valueLabel } from '@/lib/core/labels';
import type { EvidenceRow } from '@/lib/core/types';
import type { DatasetMeta, FieldDescriptor } from '@/lib/core/types';

type Fields = Record<string, DatasetMeta['fields']>;

/** The rows a verdict rests on, with the fields a reader needs to trace each one, in labels. */
export function EvidenceTable({ rows, fields: byDataset }: { rows: EvidenceRow[]; fields: Fields }) {
  const columns: FieldDescriptor[] = [];
  for (const e of rows) {
    for (const name of Object.keys(e.row)) {
      if (name === 'description' || columns.some((c) => c.name === name)) continue;
      columns.push(byDataset[e.dataset]?.find((f) => f.name === name) ?? { name, type: 'string' });
    }
  }
  const fieldOf = (dataset: string, name: string) => byDataset[dataset]?.find((f) => f.name === name);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Rows used by the verdict">
      <table data-testid="evidence-table">
        <caption>Rows used by the verdict ({rows.length})</caption>
        <thead>
          <tr>
            <th scope="col">Dataset</th>
            {columns.map((f) => (
              <th key={f.name} scope="col">
                {fieldLabel(f)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((e, i) => (
            <tr key={i}>
              <td>
                <a href={`/datasets/${e.dataset}`}>{e.dataset}</a>
              </td>
              {columns.map((f) => {
                const v = e.row[f.name];
                const shown = v === null || v === undefined ? null : valueLabel(fieldOf(e.dataset, f.name), v);
                // The stored value, where the cell shows it differently (a label, a dash): a note is not repeated.
                const raw = v === null || v === undefined ? '' : String(v);
                return (
                  <td key={f.name} data-value={shown === raw ? undefined : raw} className={typeof v === 'number' ? 'num' : f.name === 'note' || f.name === 'title' ? 'long' : raw.length > 24 ? 'text' : undefined}>
                    {shown === null ? <span className="muted">–</span> : shown}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
