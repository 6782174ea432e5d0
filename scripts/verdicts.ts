/**
 * Prints every claim's verdict today and as of the paper, with the counts: `npx tsx --conditions=react-server scripts/verdicts.ts [--json]`.
 * The verdicts are computed from data/ by the engine, as the site shows them.
 */
import { getEvaluatedClaims } from '../lib/server/claims';

async function main() {
const result = await getEvaluatedClaims();
if (!result.ok) {
  console.error(result.problems.join('\n'));
  process.exit(1);
}
const rows = result.claims.map((c) => ({
  id: c.id,
  today: c.evaluation.verdict,
  paper: c.asOfPaper.verdict,
  sourcingToday: (c.evaluation as { sourcing?: { label: string } }).sourcing?.label ?? '',
  whyToday: c.evaluation.why,
  whyPaper: c.asOfPaper.why,
}));
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  for (const r of rows) console.log(`${r.id.padEnd(36)} today: ${r.today.padEnd(17)} paper: ${r.paper.padEnd(17)} ${r.sourcingToday}\n    today: ${r.whyToday}\n    paper: ${r.whyPaper}`);
  const count = (k: 'today' | 'paper') => Object.entries(rows.reduce<Record<string, number>>((acc, r) => ((acc[r[k]] = (acc[r[k]] ?? 0) + 1), acc), {})).map(([v, n]) => `${v} ${n}`).join(', ');
  console.log(`\n${rows.length} claims\ntoday: ${count('today')}\nas of the paper: ${count('paper')}`);
}
}

void main();
