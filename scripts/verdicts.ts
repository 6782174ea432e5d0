/**
 * Prints every claim's verdict today and as of the paper, with the counts:
 *   npx tsx --conditions=react-server scripts/verdicts.ts [--json]
 * The verdicts are computed from data/ by the engine, as the site shows them. The last column says
 * whether the as-of-the-paper verdict could still move when fact dates (`first_published`) are filled in:
 * it is recomputed as if every row about a period up to the cutoff had been public by then (an upper
 * bound on what earlier fact dates can reveal).
 */
import { evaluateClaim, evidenceKey, type EvidenceSource } from '../lib/core/claims/evaluate';
import { claimsInputs, basesFor, getEvaluatedClaims } from '../lib/server/claims';

async function main() {
  const result = await getEvaluatedClaims();
  const inputs = await claimsInputs();
  if (!result.ok || !inputs.ok) {
    console.error((result.ok ? [] : result.problems).concat(inputs.ok ? [] : inputs.problems).join('\n'));
    process.exit(1);
  }
  const cutoff = result.paper.cutoff;
  const upperBound: EvidenceSource = new Map();
  for (const [id, d] of inputs.source) upperBound.set(id, 'unavailable' in d ? d : { ...d, rows: d.rows.filter((r) => (evidenceKey(r, d.timeField) ?? '9999') <= cutoff.slice(0, 7)) });
  const paperBasis = basesFor(result.paper, new Date()).paper;
  const rows = result.claims.map((c) => {
    const bound = evaluateClaim(inputs.doc.claims.find((x) => x.id === c.id)!, upperBound, paperBasis).verdict;
    return {
      id: c.id,
      today: c.evaluation.verdict,
      paper: c.asOfPaper.verdict,
      sourcingToday: c.evaluation.sourcing.strength === 'none' ? '' : c.evaluation.sourcing.label,
      whyToday: c.evaluation.why,
      whyPaper: c.asOfPaper.why,
      paperIfFactDatesEarlier: bound === c.asOfPaper.verdict ? null : bound,
    };
  });
  if (process.argv.includes('--json')) return console.log(JSON.stringify(rows, null, 2));
  for (const r of rows) {
    console.log(`${r.id.padEnd(36)} today: ${r.today.padEnd(17)} paper: ${r.paper.padEnd(17)} ${r.sourcingToday}`);
    console.log(`    today: ${r.whyToday}\n    paper: ${r.whyPaper}${r.paperIfFactDatesEarlier ? `\n    depends on fact dates: as of the paper could become ${r.paperIfFactDatesEarlier}` : ''}`);
  }
  const count = (k: 'today' | 'paper') =>
    ['supported', 'partly supported', 'contradicted', 'not verifiable'].map((v) => `${v} ${rows.filter((r) => r[k] === v).length}`).join(', ');
  console.log(`\n${rows.length} claims\ntoday: ${count('today')}\nas of the paper: ${count('paper')}`);
}

void main();
