import type { Claim, CoverageEntry, Untested } from '../types';

/**
 * What the claims test, footnote by footnote (1..footnotes), then the statements without a
 * footnote: the claims that test each, or the recorded reason nothing can. A footnote that has
 * neither is reported as a problem, so nothing is silently left out.
 */
export function coverageOf(footnotes: number, claims: Claim[], untested: Untested[]): { coverage: CoverageEntry[]; problems: string[] } {
  const coverage: CoverageEntry[] = [];
  const problems: string[] = [];
  for (let n = 1; n <= footnotes; n++) {
    const ids = claims.filter((c) => c.footnote === n).map((c) => c.id);
    const reason = untested.find((u) => u.footnote === n)?.reason;
    if (ids.length > 0) coverage.push({ footnote: n, claims: ids });
    else if (reason) coverage.push({ footnote: n, reason });
    else problems.push(`data/claims.json: footnote ${n} is neither tested by a claim nor listed in "untested" with a reason`);
  }
  for (const c of claims.filter((c) => c.footnote === null)) coverage.push({ footnote: null, statement: c.quote, claims: [c.id] });
  for (const u of untested.filter((u) => u.footnote === null)) coverage.push({ footnote: null, statement: u.statement, reason: u.reason });
  return { coverage, problems };
}
