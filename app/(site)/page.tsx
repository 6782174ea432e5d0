import { ClaimCard } from '@/components/claims/ClaimCard';
import { CoverageTable } from '@/components/claims/CoverageTable';
import { VerdictBadge } from '@/components/claims/VerdictBadge';
import { claimView } from '@/lib/server/claim-views';
import { getEvaluatedClaims } from '@/lib/server/claims';
import type { EvaluatedClaim, Evaluation } from '@/lib/core/types';
import { PILLAR_RULES, VERDICT_RULES } from '@/lib/core/claims/verdict';

function summary(claims: EvaluatedClaim[], pick: (c: EvaluatedClaim) => Evaluation): string {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(pick(c).verdict, (counts.get(pick(c).verdict) ?? 0) + 1);
  return VERDICT_RULES.filter((r) => counts.has(r.verdict))
    .map((r) => `${counts.get(r.verdict)} ${r.verdict}`)
    .join(', ');
}

/** Rendered once and cached until data/ or the day changes (lib/page-cache.js). */
export const revalidate = false;

export default async function Home() {
  const result = await getEvaluatedClaims();
  if (!result.ok) {
    return (
      <section className="panel error-panel" role="alert">
        <h1>The claims could not be loaded</h1>
        <ul>
          {result.problems.map((p) => (
            <li key={p}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const { paper, claims, coverage } = result;
  const views = await Promise.all(claims.map(claimView));
  const changed = claims.filter((c) => c.evaluation.verdict !== c.asOfPaper.verdict).length;
  return (
    <>
      <h1>Does the data back “{paper.title}”?</h1>
      <p className="muted small">
        {paper.author}, {paper.publisher}
        {paper.issue ? `, ${paper.issue}` : ''}, {paper.date}
      </p>
      <div className="lede">
        {paper.thesis.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <p data-testid="verdict-summary">
        {claims.length} claims checked against the data. Today: {summary(claims, (c) => c.evaluation)}.
      </p>
      <p data-testid="verdict-summary-as-of-paper">
        As of the paper (sources published by {paper.cutoff}): {summary(claims, (c) => c.asOfPaper)}.{' '}
        {changed > 0 ? `${changed} verdict${changed === 1 ? ' has' : 's have'} changed since.` : 'No verdict has changed since.'} Verdicts are computed
        from <a href="/datasets">the datasets</a> each time this page is served.
      </p>
      <div className="grid">
        {claims.map((claim, i) => (
          <ClaimCard key={claim.id} claim={claim} view={views[i]} />
        ))}
      </div>
      <section aria-labelledby="method" className="method">
        <h2 id="method">How the verdicts are computed</h2>
        <p>
          Each claim names its pillars, the parts of the paper’s sentence (a sentence that joins two statements is split into two
          claims), and carries checks written in <code>data/claims.json</code>, each naming the words of the paper it tests. A figure
          the paper gives is compared within a stated tolerance; a comparison sets the named countries side by side on one measure,
          definition and period after converting units (rows measured differently are refused, not compared); a count of measures
          “applied” counts only restrictions in force on the day judged; where the paper gives no figure, a check asks that the thing
          exists in a source and says what would make it fail. The checks run against the CSV files when the page is served.
        </p>
        <dl className="rules" data-testid="verdict-rules">
          {VERDICT_RULES.map((r) => (
            <div key={r.verdict}>
              <dt>
                <VerdictBadge verdict={r.verdict} />
              </dt>
              <dd>{r.rule}</dd>
            </div>
          ))}
        </dl>
        <ul data-testid="pillar-rules">
          {PILLAR_RULES.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <ul>
          <li>
            <b>Judged twice.</b> <i>As of the paper</i> uses only figures and events first made public on or before {paper.cutoff} (their fact dates, not the dates of the copies we read) and judges
            measures in force on that day; <i>today</i> uses every row and judges measures in force today.
          </li>
          <li>
            <b>Noise.</b> Where a source gives a sample size, a difference between two shares is tested at 95%; a difference within
            that margin cannot support a claim that one is larger.
          </li>
          <li>
            A figure given only by the paper (<i>as-cited</i>) is shown but can never support a claim. <i>Secondary</i> figures
            were seen in a named source quoting the publisher; <i>primary</i> ones in the publisher&apos;s own document. That
            strength is shown beside each verdict (“supported, on secondary sources”), not folded into it.
          </li>
        </ul>
      </section>
      <section aria-labelledby="coverage">
        <h2 id="coverage">What was tested, and what was not</h2>
        <CoverageTable coverage={coverage} titles={Object.fromEntries(claims.map((c) => [c.id, c.title]))} />
      </section>
    </>
  );
}
