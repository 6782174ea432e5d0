import type { DatasetMeta, Source } from '@/lib/core/types';

/**
 * The long parts of "About this dataset" (the codebook, what changed, the sources), drawn the same on
 * the server (the first sources) and in the browser (what a reader opens).
 */

/** The file's columns and the codes of each, with their labels. */
export function Codebook({ fields }: { fields: DatasetMeta['fields'] }) {
  return (
    <dl className="meta" data-codebook>
      {fields.map((f) => (
        <div key={f.name} style={{ display: 'contents' }}>
          <dt>
            <code>{f.name}</code>
          </dt>
          <dd>
            {f.title ? <b>{f.title}. </b> : null}
            {f.description} <span className="muted small">({f.type}{f.unit ? `, ${f.unit}` : ''})</span>
            {f.categories && f.categories.some((c) => typeof c === 'object' && c.label) && (
              <ul className="small codes">
                {f.categories.map((c) =>
                  typeof c === 'object' ? (
                    <li key={c.value}>
                      <code>{c.value}</code>: {c.label ?? c.value}
                    </li>
                  ) : null,
                )}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The changelog entries that name the dataset, newest first. */
export function ChangeList({ changes }: { changes: DatasetMeta['changes'] }) {
  return (
    <ul className="small" data-testid="changes">
      {changes.map((c) => (
        <li key={`${c.date}${c.text}`}>
          <time dateTime={c.date}>{c.date}</time>: {c.text}
        </li>
      ))}
    </ul>
  );
}

/** Sources, each with its publisher, title (a link), kind, dates, the page the figure was seen on and its terms. */
export function SourceItems({ sources }: { sources: Source[] }) {
  return sources.map((s) => (
    <li key={s.id}>
      <code>{s.id}</code>: {s.publisher}, {s.url ? <a href={s.url} rel="noopener noreferrer">{s.title}</a> : s.title}
      <span className="muted">
        {' '}
        ({s.kind}; published {s.published ?? 'date not recorded'}; read {s.accessed ?? 'date not recorded'})
      </span>
      {s.seen_at && (
        <>
          {' '}
          — figure seen at <a href={s.seen_at} rel="noopener noreferrer">{s.seen_at}</a>
        </>
      )}
      {s.terms && <span className="muted"> · terms: {s.terms}</span>}
    </li>
  ));
}
