import Link from 'next/link';
import type { CoverageEntry } from '@/lib/core/types';

/** Every footnote of the paper, and each unfootnoted checkable statement: what tests it, or why nothing can. */
export function CoverageTable({ coverage, titles }: { coverage: CoverageEntry[]; titles: Record<string, string> }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="What the claims test">
      <table data-testid="coverage-table">
        <caption>Coverage: every footnote of the paper, and the checkable statements without one</caption>
        <thead>
          <tr>
            <th scope="col">Footnote</th>
            <th scope="col">Tested by</th>
          </tr>
        </thead>
        <tbody>
          {coverage.map((entry, i) => (
            <tr key={i}>
              <th scope="row">{entry.footnote ?? <span className="small">no footnote: “{entry.statement}”</span>}</th>
              <td>
                {'claims' in entry ? (
                  entry.claims.map((id, j) => (
                    <span key={id}>
                      {j > 0 && '; '}
                      <Link href={`/claims/${id}`} prefetch={false}>
                        {titles[id] ?? id}
                      </Link>
                    </span>
                  ))
                ) : (
                  <span className="muted">Not tested: {entry.reason}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
