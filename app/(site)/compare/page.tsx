import type { Metadata } from 'next';
import Link from 'next/link';
import { ConceptProblems } from '@/components/compare/ConceptProblems';
import { getConceptViews } from '@/lib/server/concepts';

/** Rendered once and cached until data/ or the day changes (lib/page-cache.js). */
export const revalidate = false;
export const metadata: Metadata = { title: 'Who says what: sources compared' };

export default async function ComparePage() {
  const result = await getConceptViews();
  if (!result.ok) return <ConceptProblems problems={result.problems} />;
  const several = result.views.filter((v) => v.publishers.length > 1);
  const single = result.views.filter((v) => v.publishers.length <= 1);
  return (
    <>
      <h1>Who says what</h1>
      <p className="lede">
        Some things the paper argues about are measured by more than one publisher, and they do not always agree. Each comparison draws every publisher’s series in its own colour, with its unit, coverage, definition and publication date, and says in words where they agree and where they differ.
      </p>
      <div className="grid" data-testid="concepts">
        {several.map((v) => (
          <article key={v.concept.id} className="card" data-concept={v.concept.id}>
            <h2>
              <Link href={`/compare/${v.concept.id}`}>{v.concept.title}</Link>
            </h2>
            <p className="small">{v.concept.question}</p>
            <p className="small muted">
              {v.publishers.length} publishers: {v.publishers.join(', ')} · {v.series.length} series
            </p>
          </article>
        ))}
      </div>
      {single.length > 0 && (
        <>
          <h2>Measured by one publisher only</h2>
          <p className="small muted">These concepts have a comparison page, but only one publisher measures them in our data, so there is nothing to set side by side yet.</p>
          <ul>
            {single.map((v) => (
              <li key={v.concept.id} data-concept={v.concept.id}>
                <Link href={`/compare/${v.concept.id}`}>{v.concept.title}</Link> ({v.publishers.join(', ') || 'no rows'}; {v.series.length} series)
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
