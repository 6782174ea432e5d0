import Link from 'next/link';
import type { EvaluatedClaim } from '@/lib/core/types';
import type { ClaimView } from '@/lib/server/claim-views';
import { SvgChart } from '../charts/SvgChart';
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
        <Link href={`/claims/${claim.id}`} prefetch={false}>
          {claim.title}
        </Link>
      </h2>
      <p className="small">
        “{claim.quote}”{claim.footnote !== null && <sup>{claim.footnote}</sup>}
      </p>
      <p className="figure-line">
        <span className="muted small">In the data</span>
        <span className={`key-figure${e.observed.length > 14 ? ' long-figure' : ''}`}>{e.observed}</span>
        {e.expected && <span className="muted small">The claim: {e.expected}</span>}
      </p>
      <MiniFigureView figure={view.mini} title={claim.title} />
      <footer className="small muted">
        {publishers.length > 0 && `Source: ${publishers.slice(0, 2).join('; ')}${publishers.length > 2 ? '; …' : ''}`}
      </footer>
    </article>
  );
}

function MiniFigureView({ figure, title }: { figure: ClaimView['mini']; title: string }) {
  switch (figure.kind) {
    case 'chart':
      return (
        <div className="mini-figure" data-testid="mini-figure" data-kind="chart">
          <SvgChart spec={figure.spec} width={320} height={120} compact label={`${title}: ${figure.spec.title}, the figures the first check compares`} />
        </div>
      );
    case 'items':
      return (
        <div className="mini-figure mini-items" data-testid="mini-figure" data-kind="items">
          <ul>
            {figure.items.slice(0, 5).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {figure.total > 5 && <span className="muted small">and {figure.total - 5} more</span>}
        </div>
      );
    case 'number':
      return (
        <div className="mini-figure mini-number" data-testid="mini-figure" data-kind="number">
          <span className="big-number">{figure.text}</span> <span className="muted small">{figure.note}</span>
        </div>
      );
    case 'none':
      return null;
  }
}
