import type { EvaluatedClaim, EvidenceRow } from '../types';

export interface VerdictChange {
  /** The verdict as of the paper, and today. */
  then: EvaluatedClaim['asOfPaper']['verdict'];
  now: EvaluatedClaim['evaluation']['verdict'];
  /** Rows today's verdict uses that the as-of-paper one did not, and that first became public after the paper's cutoff (or on an unknown date). */
  added: EvidenceRow[];
  /** Rows today's verdict uses that the as-of-paper one did not, although they were public by the cutoff: not new evidence. */
  knownThen: EvidenceRow[];
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
  const cutoff = then.basis?.asOf;
  const wasPublic = (e: EvidenceRow) => typeof e.factDate === 'string' && typeof cutoff === 'string' && e.factDate <= cutoff;
  const notThen = now.rows.filter((e) => !thenKeys.has(keyOf(e)));
  return {
    then: then.verdict,
    now: now.verdict,
    added: notThen.filter((e) => !wasPublic(e)),
    knownThen: notThen.filter(wasPublic),
    dropped: then.rows.filter((e) => !nowKeys.has(keyOf(e))),
  };
}
