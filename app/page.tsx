import { ClaimCard } from '@/components/claims/ClaimCard';
import { claimView } from '@/lib/claim-views';
import { getEvaluatedClaims } from '@/lib/claims/store';

export const dynamic = 'force-dynamic';

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
  const { paper, claims } = result;
  const views = await Promise.all(claims.map(claimView));
  const counts = claims.reduce<Record<string, number>>((acc, c) => ((acc[c.evaluation.verdict] = (acc[c.evaluation.verdict] ?? 0) + 1), acc), {});
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
        {claims.length} claims checked against the data:{' '}
        {Object.entries(counts)
          .map(([verdict, n]) => `${n} ${verdict}`)
          .join(', ')}
        . Verdicts are computed from <a href="/datasets">the datasets</a> each time this page is served.
      </p>
      <div className="grid">
        {claims.map((claim, i) => (
          <ClaimCard key={claim.id} claim={claim} view={views[i]} />
        ))}
      </div>
      <section aria-labelledby="method" className="method">
        <h2 id="method">How the verdicts are computed</h2>
        <p>
          Each claim carries one or more checks written in <code>data/claims.json</code>: a figure within a tolerance, one value
          above another, a count of rows, or a date. The checks run against the CSV files when the page is served.
        </p>
        <ul>
          <li>
            <b>Supported</b>: every check passes. <b>Partly supported</b>: at least one passes or comes close.{' '}
            <b>Contradicted</b>: checks fail and none passes. <b>Not verifiable</b>: no usable data.
          </li>
          <li>
            A figure given only by the paper (<i>as-cited</i>) is shown but can never support a claim. <i>Secondary</i> figures
            were seen in a named source quoting the publisher; <i>primary</i> ones in the publisher&apos;s own document.
          </li>
        </ul>
      </section>
    </>
  );
}
