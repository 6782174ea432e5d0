/**
 * Is a difference between two percentages larger than sampling noise? A 95% test, stated so a
 * reader can redo it. Shares are in percent (0-100); sample sizes are counts of people.
 */
export type NoiseTest = 'same-sample' | 'independent-samples';

export interface NoiseResult {
  test: NoiseTest;
  /** Left minus right, in percentage points. */
  difference: number;
  /** Half-width of the 95% interval of the difference, in percentage points. */
  margin: number;
  significant: boolean;
  description: string;
}

const Z95 = 1.959964;

/**
 * same-sample: two shares of one sample of n (e.g. China-origin and US-origin researchers among the
 * same researchers): Var(p1 - p2) = (p1 + p2 - (p1 - p2)^2) / n.
 * independent-samples: two shares from separate samples: Var = p1(1-p1)/n1 + p2(1-p2)/n2.
 */
export function differenceTest(test: NoiseTest, left: { share: number; n: number }, right: { share: number; n: number }): NoiseResult {
  const [p1, p2] = [left.share / 100, right.share / 100];
  const d = p1 - p2;
  const variance = test === 'same-sample' ? (p1 + p2 - d * d) / left.n : (p1 * (1 - p1)) / left.n + (p2 * (1 - p2)) / right.n;
  const margin = Z95 * Math.sqrt(Math.max(variance, 0)) * 100;
  const difference = d * 100;
  const significant = Math.abs(difference) > margin;
  const round = (x: number) => Number(x.toFixed(1));
  const size = (n: number) => (Number.isInteger(n) ? String(n) : `about ${Math.round(n)}`);
  const sizes = test === 'same-sample' ? `one sample of ${size(left.n)}` : `samples of ${size(left.n)} and ${size(right.n)}`;
  const description = `difference ${round(difference)} points, 95% margin ±${round(margin)} points (${test === 'same-sample' ? 'difference of two shares of' : 'two-proportion test,'} ${sizes}): ${significant ? 'larger than sampling noise' : 'within sampling noise'}`;
  return { test, difference, margin, significant, description };
}
