import type { CheckResult, CheckStatus, Pillar, PillarResult, Verdict } from '../types';

/** The rules that turn check results into a verdict, in the words the home page shows. */
export const VERDICT_RULES: ReadonlyArray<{ verdict: Verdict; rule: string }> = [
  { verdict: 'supported', rule: 'Every pillar (each part of the paper’s sentence) holds on its latest evidence that is not stale.' },
  {
    verdict: 'partly supported',
    rule: 'Some pillars hold and others fail or cannot be judged, or a pillar holds only in part: on a definition that differs from the paper’s words, within the data’s uncertainty, or with its latest measures disagreeing.',
  },
  { verdict: 'contradicted', rule: 'No pillar holds and at least one fails: on its latest evidence the comparison goes the other way, the figure is off, or the thing said to exist is not found.' },
  { verdict: 'not verifiable', rule: 'No pillar can be judged: no data, only figures the paper itself gives (as-cited), or only figures older than the claim’s horizon.' },
];

/** How each pillar is judged, and what sits beside the verdict; shown under the rules on the home page. */
export const PILLAR_RULES: readonly string[] = [
  'A pillar is judged on the checks whose evidence is latest; older checks of the same pillar are shown but do not decide. Checks that cannot be made do not count.',
  'A claim about the present declares a horizon: a figure older than that many years before the day judged is stale and cannot carry the claim. Claims about a year the paper names (e.g. “in 2022”) declare none.',
  'An existence check states what would make it fail, and fails when no source in the data shows the thing.',
  'Figures are converted to one unit before they are compared (cents and dollars, billions and millions, percent and share); figures in units that cannot be converted are a data error.',
  'How strong the sourcing is (primary, secondary, single-sourced) is shown beside the verdict, never folded into it, for every kind of check.',
];

export interface VerdictDecision {
  verdict: Verdict;
  why: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One verdict from the pillars' statuses, with the rule that decided it. Pure. */
export function decideVerdict(statuses: CheckStatus[]): VerdictDecision {
  const count = (s: CheckStatus) => statuses.filter((x) => x === s).length;
  const [pass, partial, fail, none] = [count('pass'), count('partial'), count('fail'), count('not verifiable')];
  const total = statuses.length;
  if (total > 0 && pass === total) return { verdict: 'supported', why: total === 1 ? 'its one pillar holds' : `all ${total} pillars hold` };
  if (pass + partial > 0) {
    const parts = [
      pass && `${pass} of ${plural(total, 'pillar')} hold${pass === 1 ? 's' : ''}`,
      partial && `${partial} hold${partial === 1 ? 's' : ''} only in part`,
      fail && `${fail} fail${fail === 1 ? 's' : ''}`,
      none && `${none} cannot be judged`,
    ].filter(Boolean);
    return { verdict: 'partly supported', why: parts.join(', ') };
  }
  if (fail > 0) return { verdict: 'contradicted', why: `${fail} of ${plural(total, 'pillar')} fail${fail === 1 ? 's' : ''}${none ? `, ${none} cannot be judged` : ''}, none holds` };
  return { verdict: 'not verifiable', why: total === 0 ? 'the claim has no checks' : total === 1 ? 'its one pillar cannot be judged' : `none of the ${total} pillars can be judged` };
}

/**
 * One pillar from its checks: the checks that can be made and whose evidence is latest decide it (all
 * pass: it holds; all fail: it fails; otherwise it holds only in part). Pure.
 */
export function judgePillar(pillar: Pillar, checks: CheckResult[]): PillarResult {
  const made = checks.filter((c) => c.status !== 'not verifiable');
  if (made.length === 0) return { ...pillar, status: 'not verifiable', decidedBy: [], why: checks.length === 0 ? 'no check tests it' : 'no check of it can be made' };
  const latest = made.map((c) => c.evidenceDate ?? '').sort().at(-1)!;
  const deciding = made.filter((c) => (c.evidenceDate ?? '') === latest);
  const statuses = new Set(deciding.map((c) => c.status));
  const status: CheckStatus = statuses.size === 1 ? deciding[0].status : 'partial';
  const older = made.length - deciding.length;
  const when = latest ? ` (evidence of ${latest})` : '';
  const why =
    statuses.size === 1
      ? `decided by ${deciding.map((c) => `“${c.label}”`).join(' and ')}${when}${older ? `; ${older} check${older === 1 ? '' : 's'} on older evidence do${older === 1 ? 'es' : ''} not decide` : ''}`
      : `its latest measures disagree${when}: ${deciding.map((c) => `“${c.label}” ${c.status}`).join(', ')}`;
  return { ...pillar, status, decidedBy: deciding.map((c) => c.label), why };
}
