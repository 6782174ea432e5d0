import { describeRow } from '@/lib/core/claims/describe-row';
import type { VerdictChange } from '@/lib/core/claims/difference';
import type { DatasetMeta, EvidenceRow } from '@/lib/core/types';

/** Why today's verdict differs from the one the paper's data supported: the rows that came in or fell out. */
export function VerdictChangeNote({ change, fields }: { change: VerdictChange; fields: Record<string, DatasetMeta['fields']> }) {
  return (
    <section className="panel change-panel" aria-labelledby="change-heading" data-testid="verdict-change">
      <h2 id="change-heading">What changed since the paper</h2>
      <p>
        As of the paper the data supported a verdict of <b>{change.then}</b>; today it gives <b>{change.now}</b>.
      </p>
      <RowList title="Rows counted today, not as of the paper (first made public after it)" rows={change.added} fields={fields} />
      <RowList title="Rows counted today that were already public by the paper’s date (not new evidence)" rows={change.knownThen ?? []} fields={fields} />
      <RowList title="Rows counted as of the paper, not today" rows={change.dropped} fields={fields} />
      {change.added.length === 0 && (change.knownThen ?? []).length === 0 && change.dropped.length === 0 && <p>The same rows are used; the day judged differs (measures in force, figures older than the claim’s horizon).</p>}
    </section>
  );
}

function RowList({ title, rows, fields }: { title: string; rows: EvidenceRow[]; fields: Record<string, DatasetMeta['fields']> }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {rows.map((e) => (
          <li key={JSON.stringify(e.row)}>
            {describeRow(e, fields[e.dataset] ?? [])} <span className="muted small">({e.dataset})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
