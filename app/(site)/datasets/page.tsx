import type { Metadata } from 'next';
import Link from 'next/link';
import { listDatasets } from '@/lib/server/data';

/** Rendered once and cached until data/ or the day changes (lib/page-cache.js). */
export const revalidate = false;
export const metadata: Metadata = { title: 'Datasets' };

export default async function DatasetsPage() {
  const datasets = await listDatasets();
  return (
    <>
      <h1>Datasets</h1>
      <p className="lede">
        Every figure on this site comes from one of these files. Each row names its source and how sure we are of it:
        <b> primary</b> (seen in the publisher&apos;s own document), <b>secondary</b> (seen in a named source quoting the publisher) or
        <b> as-cited</b> (given only by the paper).
      </p>
      <div className="grid">
        {datasets.map((d) =>
          d.ok ? (
            <article key={d.value.meta.id} className="card">
              <h2>
                <Link href={`/datasets/${d.value.meta.id}`}>{d.value.meta.title}</Link>
              </h2>
              <p className="small">{d.value.meta.description}</p>
              <p className="small muted">
                {d.value.meta.rowCount} rows · {d.value.meta.countries.length} countries or regions
                {d.value.meta.timeRange && ` · ${d.value.meta.timeRange.from}–${d.value.meta.timeRange.to}`} · {d.value.meta.sources.length} sources
              </p>
            </article>
          ) : (
            <article key={d.error.id} className="card error-panel">
              <h2>{d.error.title}</h2>
              <p className="small">
                Failed validation ({d.error.problems.length} problem{d.error.problems.length > 1 ? 's' : ''}).{' '}
                <Link href={`/datasets/${d.error.id}`}>See the problems</Link>
              </p>
            </article>
          ),
        )}
      </div>
    </>
  );
}
