import type { DatasetMeta } from '@/lib/types';

/** What the dataset is: its fields with units and descriptions, coverage, licence and sources. */
export function DatasetMetadata({ meta }: { meta: DatasetMeta }) {
  return (
    <section aria-labelledby="about-data">
      <h2 id="about-data">About this dataset</h2>
      <dl className="meta">
        <dt>Rows</dt>
        <dd>{meta.rowCount}</dd>
        <dt>Countries and regions</dt>
        <dd>{meta.countries.join(', ') || '–'}</dd>
        <dt>Years</dt>
        <dd>{meta.timeRange ? `${meta.timeRange.from}–${meta.timeRange.to}` : '–'}</dd>
        <dt>Licence</dt>
        <dd>{meta.license ?? 'see sources'} for this compilation; each source keeps its own terms.</dd>
        <dt>File</dt>
        <dd>
          <code>data/{meta.path}</code>
        </dd>
      </dl>
      <details>
        <summary>Fields ({meta.fields.length})</summary>
        <dl className="meta">
          {meta.fields.map((f) => (
            <div key={f.name} style={{ display: 'contents' }}>
              <dt>
                <code>{f.name}</code>
              </dt>
              <dd>
                {f.title ? <b>{f.title}. </b> : null}
                {f.description} <span className="muted small">({f.type}{f.unit ? `, ${f.unit}` : ''})</span>
              </dd>
            </div>
          ))}
        </dl>
      </details>
      <h3>Sources</h3>
      <ul className="small">
        {meta.sources.map((s) => (
          <li key={s.id}>
            <code>{s.id}</code>: {s.publisher}, {s.url ? <a href={s.url} rel="noopener noreferrer">{s.title}</a> : s.title}
            {s.seen_at && (
              <>
                {' '}
                — figure seen at <a href={s.seen_at} rel="noopener noreferrer">{s.seen_at}</a>
              </>
            )}
            {s.terms && <span className="muted"> · terms: {s.terms}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
