import type { NextRequest } from 'next/server';
import { jsonError } from '@/lib/server/http';
import { previewImage } from '@/lib/server/og';
import { datasetPreview } from '@/lib/server/previews';

/** A dataset view's link-preview image, for the same filters as the page. */
export async function GET(request: NextRequest, ctx: RouteContext<'/api/og/datasets/[id]'>) {
  const result = await datasetPreview((await ctx.params).id, request.nextUrl.searchParams);
  return result.ok ? previewImage(result.preview) : jsonError(result.status, result.error.code, result.error.message, 'param' in result.error ? result.error.param : undefined);
}
