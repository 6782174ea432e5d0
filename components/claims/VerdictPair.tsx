import type { EvaluatedClaim } from '@/lib/core/types';
import { SourcingNote } from './SourcingNote';
import { VerdictBadge } from './VerdictBadge';

/** Both verdicts of a claim: today's, and what the data published by the paper's date supported. */
export function VerdictPair({ claim }: { claim: EvaluatedClaim }) {
  const changed = claim.evaluation.verdict !== claim.asOfPaper.verdict;
  return (
    <span className="verdict-pair" data-testid="verdict-pair">
      <span className="verdict-when">
        <span className="muted small">Today</span> <VerdictBadge verdict={claim.evaluation.verdict} /><SourcingNote evaluation={claim.evaluation} />
      </span>
      <span className="verdict-when" data-testid="verdict-as-of-paper">
        <span className="muted small">As of the paper</span> <VerdictBadge verdict={claim.asOfPaper.verdict} /><SourcingNote evaluation={claim.asOfPaper} />
      </span>
      {changed && (
        <span className="badge badge-changed" data-testid="verdict-changed">
          Changed since the paper
        </span>
      )}
    </span>
  );
}
