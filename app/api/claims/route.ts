import { getEvaluatedClaims } from '@/lib/claims/store';
import { cacheable } from '@/lib/http';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const result = await getEvaluatedClaims();
  if (!result.ok) {
    return Response.json({ error: { code: 'invalid_claims', message: 'data/claims.json failed validation', problems: result.problems } }, { status: 500 });
  }
  return cacheable(request, JSON.stringify({ paper: result.paper, claims: result.claims }), { 'Content-Type': 'application/json' });
}
