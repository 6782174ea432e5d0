import type { DatasetMeta } from '@/lib/core/types';
import { CurrencyNote } from '../status/CurrencyNote';

const pct = (n: number, of: number) => (of === 0 ? '0%' : `${Math.round((100 * n) / of)}%`);

/** What the dataset is: how well sourced, when last changed, its fields, coverage, licence and sources. */
export function DatasetMetadata({ meta, cutoff }: { meta: DatasetMeta; cutoff: string | null }) {
  const { rows, sourcesByKind } = meta.provenance;
  const newer = cutoff === null ? 0 : meta.sources.filter((s) => s.published !== null && s.published > cutoff).length;
  return (
    <section aria-labelledby="about-data">
      <h2 id="about-data">About this dataset</h2>
      <p>{meta.description}</p>
      <dl className="meta">
        <dt>Provenance</dt>
        <dd data-testid="provenance">
          {rows.primary} primary ({pct(rows.primary, meta.rowCount)}), {rows.secondary} secondary, {rows['as-cited']} as-cited of {meta.rowCount} rows. Sources by
          kind:{' '}
          {Object.entries(sourcesByKind)
            .sort((a, b) => b[1] - a[1])
            .map(([kind, n]) => `${n} ${kind}`)
            .join(', ')}
          .
        </dd>
        <dt>Last updated</dt>
        <dd data-testid="last-updated">
          {meta.changes[0]?.date ?? 'not recorded'}
          <CurrencyNote id={meta.id} />
          {cutoff !== null && newer > 0 && (
            <span className="muted">
              {' '}
              · {newer} of its {meta.sources.length} sources were published after the paper ({cutoff}); their rows are marked “after the paper” in the table
            </span>
          )}
        </dd>
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
        <summary>Fields ({meta.fields.length}): the file's columns and codes</summary>
        <dl className="meta" data-codebook>
          {meta.fields.map((f) => (
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
      </details>
      {meta.changes.length > 0 && (
        <details>
          <summary>What changed ({meta.changes.length})</summary>
          <ul className="small" data-testid="changes">
            {meta.changes.map((c) => (
              <li key={`${c.date}${c.text}`}>
                <time dateTime={c.date}>{c.date}</time>: {c.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      <h3>Sources</h3>
      <ul className="small">
        {meta.sources.map((s) => (
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
        ))}
      </ul>
    </section>
  );
}
