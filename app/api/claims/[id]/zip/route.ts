import { claimBundle } from '@/lib/server/bundle';
import { cacheable, jsonError } from '@/lib/server/http';

/** A claim's evidence as a self-describing ZIP: the rows its verdict used, their descriptor and a README. */
export async function GET(request: Request, ctx: RouteContext<'/api/claims/[id]/zip'>) {
  const { id } = await ctx.params;
  const bundle = await claimBundle(id);
  if (!bundle.ok) return jsonError(404, 'unknown_claim', `no claim "${id.slice(0, 60)}"; GET /api/claims lists them`);
  return cacheable(request, Buffer.from(bundle.bytes), { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${bundle.name}"` });
}
