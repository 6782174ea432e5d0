import type { NextRequest } from 'next/server';
import { datasetBundle } from '@/lib/server/bundle';
import { cacheable, selectionFailure } from '@/lib/server/http';

/** A dataset view as a self-describing ZIP: CSV, datapackage.json and README; same filters as the CSV route. */
export async function GET(request: NextRequest, ctx: RouteContext<'/api/datasets/[id]/zip'>) {
  const bundle = await datasetBundle((await ctx.params).id, request.nextUrl.searchParams);
  if (!bundle.ok) return selectionFailure(bundle.selection);
  return cacheable(request, Buffer.from(bundle.bytes), { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${bundle.name}"` });
}
