import Link from 'next/link';
import type { EvaluatedClaim } from '@/lib/claims/types';
import type { ClaimView } from '@/lib/claim-views';
import { ChartFigure } from '../charts/ChartFigure';
import { VerdictPair } from './VerdictPair';

export function ClaimCard({ claim, view }: { claim: EvaluatedClaim; view: ClaimView }) {
  const e = claim.evaluation;
  const publishers = [...new Set(view.sources.map((s) => s.publisher))];
  return (
    <article className="card claim-card" data-testid="claim-card">
      <div className="verdict">
        <VerdictPair claim={claim} />
      </div>
      <p className="muted small">{claim.section}</p>
      <h2>
        <Link href={`/claims/${claim.id}`}>{claim.title}</Link>
      </h2>
      <p className="small">
        “{claim.quote}”{claim.footnote !== null && <sup>{claim.footnote}</sup>}
      </p>
      <p className="figure-line">
        <span className="muted small">In the data</span>
        <span className={`key-figure${e.observed.length > 14 ? ' long-figure' : ''}`}>{e.observed}</span>
        {e.expected && <span className="muted small">The claim: {e.expected}</span>}
      </p>
      {view.charts[0] && <ChartFigure id={`mini-${claim.id}`} spec={view.charts[0].spec} sources={view.charts[0].sources} compact height={110} />}
      <footer className="small muted">
        {publishers.length > 0 && `Source: ${publishers.slice(0, 2).join('; ')}${publishers.length > 2 ? '; …' : ''}`}
      </footer>
    </article>
  );
}
