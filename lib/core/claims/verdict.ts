import type { CheckStatus, Verdict } from '../types';

/** The rules that turn check results into a verdict, in the words the home page shows. */
export const VERDICT_RULES: ReadonlyArray<{ verdict: Verdict; rule: string }> = [
  { verdict: 'supported', rule: "Every check passes, on primary or secondary data whose definition matches the paper's words." },
  {
    verdict: 'partly supported',
    rule: "Mixed results (some checks pass, others fail or cannot be made), or a check passes only on a definition that differs from the paper's words, only in secondary sources where the paper gives no figure, or by a margin within the data's uncertainty.",
  },
  { verdict: 'contradicted', rule: 'No check passes and at least one fails: on like-for-like data the comparison goes the other way.' },
  { verdict: 'not verifiable', rule: 'No check can be made: no data, only figures that the paper itself gives (as-cited), or definitions too different to compare.' },
];

export interface VerdictDecision {
  verdict: Verdict;
  why: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One verdict from the checks' statuses, with the rule that decided it. Pure. */
export function decideVerdict(statuses: CheckStatus[]): VerdictDecision {
  const count = (s: CheckStatus) => statuses.filter((x) => x === s).length;
  const [pass, partial, fail, none] = [count('pass'), count('partial'), count('fail'), count('not verifiable')];
  const total = statuses.length;
  if (total > 0 && pass === total) return { verdict: 'supported', why: `all ${plural(total, 'check')} pass` };
  if (pass + partial > 0) {
    const parts = [
      pass && `${pass} of ${total} pass`,
      partial && `${partial} pass${partial === 1 ? 'es' : ''} only in part`,
      fail && `${fail} fail${fail === 1 ? 's' : ''}`,
      none && `${none} cannot be made`,
    ].filter(Boolean);
    return { verdict: 'partly supported', why: parts.join(', ') };
  }
  if (fail > 0) return { verdict: 'contradicted', why: `${fail} of ${plural(total, 'check')} fail${none ? `, ${none} cannot be made` : ''}, none passes` };
  return { verdict: 'not verifiable', why: total === 0 ? 'the claim has no checks' : `none of the ${plural(total, 'check')} can be made` };
}
