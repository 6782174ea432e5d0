import { ChartFigure } from '@/components/charts/ChartFigure';
import { VerdictBadge } from '@/components/claims/VerdictBadge';
import type { Preview } from '@/lib/server/previews';

/** What a framed chart shows: title, verdict, the chart with its sources, and the way back. */
export function EmbedCard({ preview }: { preview: Preview }) {
  // Relative: inside the frame it resolves against the embed's own address, which is the site's.
  const href = preview.href;
  return (
    <article className="embed-card" data-testid="embed">
      <h1 className="embed-title">
        <a href={href} target="_blank" rel="noopener">
          {preview.title}
        </a>
      </h1>
      {preview.verdict && (
        <p>
          Verdict today: <VerdictBadge verdict={preview.verdict} />
          {preview.subtitle && <span className="small muted"> {preview.subtitle}</span>}
        </p>
      )}
      {preview.spec ? <ChartFigure id="embed-chart" spec={preview.spec} sources={preview.sources} height={280} /> : <p className="muted">{preview.sourceLine}</p>}
      <p className="small">
        <a href={href} target="_blank" rel="noopener">
          Open on Bifurcation Dashboard: data, sources and downloads →
        </a>
      </p>
    </article>
  );
}
