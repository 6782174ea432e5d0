import { Providers } from '@/components/Providers';
import { notFound } from 'next/navigation';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { SourceList } from '@/components/charts/SourceList';
import { StructureView } from '@/components/charts/StructureView';
import { EvidenceTable } from '@/components/claims/EvidenceTable';
import { CheckList, PillarList } from '@/components/claims/CheckList';
import { SourcingNote } from '@/components/claims/SourcingNote';
import { VerdictBadge } from '@/components/claims/VerdictBadge';
import { VerdictChangeNote } from '@/components/claims/VerdictChangeNote';
import { verdictChange } from '@/lib/core/claims/difference';
import { DeferredExplorer } from '@/components/claims/DeferredExplorer';
import { claimView } from '@/lib/server/claim-views';
import { selectRows } from '@/lib/server/selection';
import { EVENTS_DATASET, selectEvents } from '@/lib/server/events';
import { splitEventParams } from '@/lib/core/events';
import { findClaim } from '@/lib/server/claims';
import { EmbedCode } from '@/components/ui/EmbedCode';
import { VerdictCurrencyNote } from '@/components/status/VerdictCurrencyNote';
import { ClaimReviewJsonLd } from '@/components/seo/ClaimReviewJsonLd';

/** A claim's page for a query: the canonical page (prerendered) and its filtered views draw the same thing. */
export async function ClaimPage({ id, search }: { id: string; search: URLSearchParams }) {
  const claim = await findClaim(id);
  if (!claim) notFound();
  const view = await claimView(claim);
  const e = claim.evaluation;
  const change = verdictChange(claim);
  const { filterParams, eventParams } = splitEventParams(search);
  const selection = await selectRows(claim.dataset, filterParams);
  // By default the charts mark the measures the claim names: the export-control rows its checks used.
  const named = [...new Set(e.rows.filter((r) => r.dataset === EVENTS_DATASET).map((r) => String(r.row.id)))];
  const events = await selectEvents(eventParams, named.length > 0 ? { kind: 'ids', ids: named } : { kind: 'none' });
  return (
    <>
      <p className="small">
        <a href="/">Claims</a> / {claim.section}
      </p>
      <h1>{claim.title}</h1>
      <ClaimReviewJsonLd claim={claim} />
      <blockquote>
        “{claim.quote}”{claim.footnote !== null && <sup>{claim.footnote}</sup>}
      </blockquote>
      {view.footnote && <p className="small muted">The paper’s {view.footnote}.</p>}

      <section aria-labelledby="verdict-heading" className="panel">
        <h2 id="verdict-heading" className="verdict">
          Verdict today: <VerdictBadge verdict={e.verdict} /><SourcingNote evaluation={e} />
        </h2>
        <p>
          Observed <b data-testid="observed">{e.observed}</b>
          {e.expected && <> against the claim’s {e.expected}</>}. <span className="muted">Why: {e.why}.</span>
        </p>
        <p className="small muted">{e.basis.description}</p>
        <VerdictCurrencyNote rows={e.rows} />
        <h3>The pillars</h3>
        <PillarList pillars={e.pillars} testId="pillars" />
        <h3>The checks</h3>
        <CheckList checks={e.checks} testId="checks" fields={view.fields} />
        <p className="small muted">What counts as partly supported: {claim.partly}</p>
      </section>

      <section aria-labelledby="paper-verdict-heading" className="panel">
        <h2 id="paper-verdict-heading" className="verdict">
          Verdict as of the paper: <VerdictBadge verdict={claim.asOfPaper.verdict} /><SourcingNote evaluation={claim.asOfPaper} />
        </h2>
        <p>
          Observed <b data-testid="observed-as-of-paper">{claim.asOfPaper.observed}</b>. <span className="muted">Why: {claim.asOfPaper.why}.</span>
        </p>
        <p className="small muted">{claim.asOfPaper.basis.description}</p>
        <details>
          <summary>The pillars and checks as of the paper</summary>
          <PillarList pillars={claim.asOfPaper.pillars} testId="pillars-as-of-paper" />
          <CheckList checks={claim.asOfPaper.checks} testId="checks-as-of-paper" fields={view.fields} />
        </details>
      </section>
      {change && <VerdictChangeNote change={change} fields={view.fields} />}

      <h2>Evidence</h2>
      {!events.ok && (
        <p className="panel error-panel" role="alert">
          This link asks for policy events we cannot show: <code>{events.error.param}</code>: {events.error.message}
        </p>
      )}
      {view.charts.length === 0 && <p className="muted">No rows of the data bear on this claim.</p>}
      <div className={view.charts.length > 1 ? 'evidence-charts' : undefined}>
        {view.charts.map((chart, i) => (
          <ChartFigure
            key={chart.key}
            id={`chart-claim-${claim.id}-${i}`}
            spec={chart.spec}
            sources={chart.sources}
            footnote={view.footnote}
            height={view.charts.length > 1 ? 260 : 320}
            events={events.ok ? events.events : []}
            eventChoice={events.ok ? events.choice : ''}
          />
        ))}
      </div>
      {claim.concept && (
        <p data-testid="compare-link">
          Other publishers measure this too: <a href={`/compare/${claim.concept}`}>see who says what</a>.
        </p>
      )}
      {view.structure && <StructureView structure={view.structure} />}
      {e.rows.length > 0 && <EvidenceTable rows={e.rows} fields={view.fields} />}
      <p className="downloads">
        <a className="button" href={`/api/claims/${claim.id}/zip`} download data-testid="bundle-link">
          Evidence bundle: ZIP with the CSV, datapackage.json and a README
        </a>
        <a className="button" href={`/api/claims/${claim.id}/csv`} download>
          Download this evidence (CSV, {e.rows.length} rows)
        </a>
      </p>
      <EmbedCode path={`/embed/claims/${claim.id}`} title={claim.title} />

      <h2>Caveats</h2>
      <ul>
        {e.caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <h2>Sources</h2>
      <SourceList sources={view.sources} />

      {view.meta && (
        <section aria-labelledby="explore-heading">
          <h2 id="explore-heading">Explore the data: {view.meta.title}</h2>
          {selection.kind === 'bad-param' && (
            <p className="panel error-panel" role="alert">
              This link has a filter we cannot use: <code>{selection.error.param}</code>: {selection.error.message}
            </p>
          )}
          <Providers>
            {/* The explorer fetches its rows when opened: a claim page does not carry the whole dataset. */}
            <DeferredExplorer datasetId={view.meta.id} footnote={view.footnote} today={e.basis.asOf} cutoff={claim.asOfPaper.basis.asOf} pathname={`/claims/${claim.id}`} />
          </Providers>
        </section>
      )}
    </>
  );
}
