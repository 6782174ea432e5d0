import type { NotDrawn } from '@/lib/core/chart-spec';

/** The rows of the charted selection that have no mark, each with why: nothing leaves a chart in silence. */
export function NotDrawnList({ id, rows }: { id: string; rows: NotDrawn[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="not-drawn" data-testid="not-drawn">
      <p id={`${id}-not-drawn`} className="small">
        {rows.length} row{rows.length === 1 ? '' : 's'} of this selection {rows.length === 1 ? 'is' : 'are'} not drawn:
      </p>
      <ul className="small">
        {rows.slice(0, 50).map((r, i) => (
          <li key={i}>
            {r.label}: {r.reason}
          </li>
        ))}
        {rows.length > 50 && <li>and {rows.length - 50} more; the table below holds every row.</li>}
      </ul>
    </div>
  );
}
