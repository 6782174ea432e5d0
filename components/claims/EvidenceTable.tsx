import type { EvidenceRow } from '@/lib/claims/types';

/** The rows a verdict rests on, with the fields a reader needs to trace each one. */
export function EvidenceTable({ rows }: { rows: EvidenceRow[] }) {
  const fields: string[] = [];
  for (const e of rows) for (const f of Object.keys(e.row)) if (!fields.includes(f) && f !== 'description') fields.push(f);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Rows used by the verdict">
      <table data-testid="evidence-table">
        <caption>Rows used by the verdict ({rows.length})</caption>
        <thead>
          <tr>
            <th scope="col">dataset</th>
            {fields.map((f) => (
              <th key={f} scope="col">
                {f}
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
              {fields.map((f) => (
                <td key={f} className={typeof e.row[f] === 'number' ? 'num' : f === 'note' || f === 'title' ? 'long' : String(e.row[f] ?? '').length > 24 ? 'text' : undefined}>
                  {e.row[f] === null || e.row[f] === undefined ? <span className="muted">–</span> : String(e.row[f])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
