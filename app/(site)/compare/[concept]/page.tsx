import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { PublisherTable } from '@/components/compare/PublisherTable';
import { getConcepts, getConceptView } from '@/lib/server/concepts';
import { conceptMetadata } from '@/lib/server/page-metadata';

/** Rendered once and cached until data/ or the day changes (lib/page-cache.js). */
export const revalidate = false;
export const dynamicParams = true;

export async function generateStaticParams() {
  const result = await getConcepts();
  return result.ok ? result.concepts.map((c) => ({ concept: c.id })) : [];
}

export async function generateMetadata({ params }: PageProps<'/compare/[concept]'>): Promise<Metadata> {
  return conceptMetadata((await params).concept);
}

export default async function ConceptPage({ params }: PageProps<'/compare/[concept]'>) {
  const view = await getConceptView((await params).concept);
  if (!view) notFound();
  const { concept, findings } = view;
  return (
    <>
      <p className="small">
        <Link href="/compare">Who says what</Link> /
      </p>
      <h1>{concept.title}</h1>
      <p className="lede">{concept.question}</p>
      <p>{concept.description}</p>

      <section className="panel" aria-labelledby="findings-heading" data-testid="findings">
        <h2 id="findings-heading">Do they agree?</h2>
        {view.publishers.length <= 1 && <p>Only one publisher measures this in our data ({view.publishers.join(', ') || 'none'}): there is no second source to set beside it yet.</p>}
        {findings.leader && <p data-testid="finding-leader">{findings.leader}</p>}
        {findings.direction.length > 0 && (
          <>
            <h3 className="small">Direction of change</h3>
            <ul className="small">
              {findings.direction.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </>
        )}
        {findings.spread.length > 0 && (
          <>
            <h3 className="small">Where they differ</h3>
            <ul className="small" data-testid="finding-spread">
              {findings.spread.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </>
        )}
        <p className="small muted">Each series keeps its own definition (see the table): figures on different definitions can disagree without either being wrong. Lines are never drawn across definitions.</p>
      </section>

      <h2>The series</h2>
      <div className={view.panels.length > 1 ? 'evidence-charts' : undefined}>
        {view.panels.map((panel, i) => (
          <ChartFigure key={`${panel.country}-${i}`} id={`chart-compare-${concept.id}-${i}`} spec={panel.spec} sources={view.series.filter((s) => panel.spec.series.some((x) => x.key === s.key)).flatMap((s) => s.sources)} height={300} />
        ))}
      </div>
      <PublisherTable series={view.series} />
      <p className="small">
        The rows behind each series are in their datasets:{' '}
        {[...new Set(concept.members.map((m) => m.dataset))].map((d, i) => (
          <span key={d}>
            {i > 0 && ', '}
            <Link href={`/datasets/${d}`}>{d}</Link>
          </span>
        ))}
        .
      </p>
    </>
  );
}
