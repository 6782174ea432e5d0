import { jsonError } from '@/lib/server/http';
import { previewImage } from '@/lib/server/og';
import { claimPreview } from '@/lib/server/previews';

/** The claim's link-preview image: its first evidence chart, verdict and sources. */
export async function GET(_request: Request, ctx: RouteContext<'/api/og/claims/[id]'>) {
  const preview = await claimPreview((await ctx.params).id);
  return preview ? previewImage(preview) : jsonError(404, 'unknown_claim', 'no such claim; GET /api/claims lists them');
}
