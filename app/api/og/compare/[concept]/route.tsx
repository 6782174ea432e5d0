import { jsonError } from '@/lib/server/http';
import { previewImage } from '@/lib/server/og';
import { conceptPreview } from '@/lib/server/previews';

/** A comparison's link-preview image: its first panel and who leads by each publisher. */
export async function GET(_request: Request, ctx: RouteContext<'/api/og/compare/[concept]'>) {
  const preview = await conceptPreview((await ctx.params).concept);
  return preview ? previewImage(preview) : jsonError(404, 'unknown_concept', 'no such comparison; /compare lists them');
}
