import type { EvaluatedClaim, EvidenceRow } from '../types';

export interface VerdictChange {
  /** The verdict as of the paper, and today. */
  then: EvaluatedClaim['asOfPaper']['verdict'];
  now: EvaluatedClaim['evaluation']['verdict'];
  /** Rows today's verdict uses that the as-of-paper one did not (published later, or newly counted). */
  added: EvidenceRow[];
  /** Rows the as-of-paper verdict used that today's does not (e.g. a measure since ended). */
  dropped: EvidenceRow[];
}

const keyOf = (e: EvidenceRow) => `${e.dataset}\u0000${JSON.stringify(e.row)}`;

/** What separates the two verdicts of a claim, or null when they agree. Pure. */
export function verdictChange(claim: Pick<EvaluatedClaim, 'evaluation' | 'asOfPaper'>): VerdictChange | null {
  const { evaluation: now, asOfPaper: then } = claim;
  if (now.verdict === then.verdict) return null;
  const nowKeys = new Set(now.rows.map(keyOf));
  const thenKeys = new Set(then.rows.map(keyOf));
  return {
    then: then.verdict,
    now: now.verdict,
    added: now.rows.filter((e) => !thenKeys.has(keyOf(e))),
    dropped: then.rows.filter((e) => !nowKeys.has(keyOf(e))),
  };
}
