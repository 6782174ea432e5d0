import { getEvaluatedClaims } from '@/lib/server/claims';
import { brokenClaims, cacheable } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const result = await getEvaluatedClaims();
  if (!result.ok) {
    return brokenClaims(result.problems);
  }
  return cacheable(request, JSON.stringify({ paper: result.paper, claims: result.claims, coverage: result.coverage }), { 'Content-Type': 'application/json' });
}
