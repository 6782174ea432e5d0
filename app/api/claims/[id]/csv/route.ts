import { evidenceCsv } from '@/lib/core/claims/evidence-csv';
import { getEvaluatedClaims } from '@/lib/server/claims';
import { brokenClaims, cacheable, csvHeaders, jsonError } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

/** Exactly the evidence a claim's verdict used. */
export async function GET(request: Request, ctx: RouteContext<'/api/claims/[id]/csv'>) {
  const { id } = await ctx.params;
  const result = await getEvaluatedClaims();
  if (!result.ok) return brokenClaims(result.problems);
  const claim = result.claims.find((c) => c.id === id);
  if (!claim) return jsonError(404, 'unknown_claim', `no claim "${id.slice(0, 60)}"; GET /api/claims lists them`);
  return cacheable(request, evidenceCsv(claim.evaluation.rows), csvHeaders(`claim_${claim.id}_evidence.csv`));
}
