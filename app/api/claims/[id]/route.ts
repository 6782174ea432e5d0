import { getEvaluatedClaims } from '@/lib/server/claims';
import { brokenClaims, cacheable, jsonError } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, ctx: RouteContext<'/api/claims/[id]'>) {
  const { id } = await ctx.params;
  const result = await getEvaluatedClaims();
  if (!result.ok) {
    return brokenClaims(result.problems);
  }
  const claim = result.claims.find((c) => c.id === id);
  if (!claim) return jsonError(404, 'unknown_claim', `no claim "${id.slice(0, 60)}"; GET /api/claims lists them`);
  return cacheable(request, JSON.stringify({ claim }), { 'Content-Type': 'application/json' });
}
