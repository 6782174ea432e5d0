import type { VerdictChange } from '@/lib/claims/difference';
import type { EvidenceRow } from '@/lib/claims/types';

const describe = (e: EvidenceRow) =>
  [e.row.country, e.row.title ?? e.row.measure ?? e.row.series ?? e.row.provider, e.row.period ?? e.row.date ?? e.row.year, e.row.value !== undefined && e.row.value !== null ? `${e.row.value}${e.row.unit === 'percent' ? '%' : e.row.unit ? ` ${e.row.unit}` : ''}` : null]
    .filter((x) => x !== null && x !== undefined && x !== '')
    .join(' · ');

/** Why today's verdict differs from the one the paper's data supported: the rows that came in or fell out. */
export function VerdictChangeNote({ change }: { change: VerdictChange }) {
  return (
    <section className="panel change-panel" aria-labelledby="change-heading" data-testid="verdict-change">
      <h2 id="change-heading">What changed since the paper</h2>
      <p>
        As of the paper the data supported a verdict of <b>{change.then}</b>; today it gives <b>{change.now}</b>.
      </p>
      {change.added.length > 0 && (
        <>
          <h3>Rows counted today, not as of the paper</h3>
          <ul>
            {change.added.map((e) => (
              <li key={JSON.stringify(e.row)}>
                {describe(e)} <span className="muted small">({e.dataset})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {change.dropped.length > 0 && (
        <>
          <h3>Rows counted as of the paper, not today</h3>
          <ul>
            {change.dropped.map((e) => (
              <li key={JSON.stringify(e.row)}>
                {describe(e)} <span className="muted small">({e.dataset})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {change.added.length === 0 && change.dropped.length === 0 && <p>The same rows are used; the day measures are judged in force on differs.</p>}
    </section>
  );
}
