import type { Row, Source } from '@/lib/types';

/** Every dated measure in view, newest first, each linked to the source it was seen in. */
export function MeasureList({ rows, sources }: { rows: Row[]; sources: Record<string, Source> }) {
  const dated = [...rows].sort((a, b) => String(b.date).localeCompare(String(a.date)));
  return (
    <details className="measures" open={dated.length <= 12}>
      <summary>
        The {dated.length} measure{dated.length === 1 ? '' : 's'} in view
      </summary>
      <ol className="timeline-list">
        {dated.map((r, i) => {
          const s = sources[String(r.source_id)];
          return (
            <li key={String(r.id ?? i)}>
              <time dateTime={String(r.date)}>{String(r.date)}</time> · <b>{String(r.country)}</b> ·{' '}
              {s?.url ? <a href={s.url} rel="noopener noreferrer">{String(r.title)}</a> : String(r.title)}{' '}
              <span className="muted small">
                ({String(r.category)}
                {r.identifier ? `; ${r.identifier}` : ''})
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
