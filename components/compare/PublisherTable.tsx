import type { PublisherSeries } from '@/lib/core/compare';

/** Each publisher's series beside the chart: unit, coverage, definition, publication date and sources. */
export function PublisherTable({ series }: { series: PublisherSeries[] }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Each series: who publishes it, what it measures and when">
      <table data-testid="publisher-table">
        <caption>Each series: who publishes it, what it measures and when</caption>
        <thead>
          <tr>
            <th scope="col">Series</th>
            <th scope="col">Unit</th>
            <th scope="col">Coverage</th>
            <th scope="col">Definition</th>
            <th scope="col">Published</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr key={s.key} data-publisher={s.publisher}>
              <th scope="row">
                <span className="swatch" style={{ background: s.color }} aria-hidden="true" /> {s.label}
              </th>
              <td>{s.unit}</td>
              <td>
                {s.coverage.from === s.coverage.to ? s.coverage.from : `${s.coverage.from} to ${s.coverage.to}`}; {s.coverage.countries.join(', ')}
              </td>
              <td className="small">{s.definition}</td>
              <td>{s.published.length === 0 ? '—' : s.published.length === 1 ? s.published[0] : `${s.published[0]} to ${s.published.at(-1)}`}</td>
              <td className="small">
                {s.sources.map((l, i) => (
                  <span key={l.id}>
                    {i > 0 && '; '}
                    {l.url ? (
                      <a href={l.url} rel="noopener noreferrer">
                        {l.publisher}
                      </a>
                    ) : (
                      l.publisher
                    )}{' '}
                    <span className="muted">[{l.confidence.join(', ')}]</span>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
