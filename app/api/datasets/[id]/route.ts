import type { NextRequest } from 'next/server';
import { cacheable, selectionFailure } from '@/lib/server/http';
import { selectRows } from '@/lib/server/selection';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, ctx: RouteContext<'/api/datasets/[id]'>) {
  const s = await selectRows((await ctx.params).id, request.nextUrl.searchParams);
  if (s.kind !== 'ok') return selectionFailure(s);
  const body = JSON.stringify({ dataset: s.dataset.meta, filter: s.filter, rows: s.rows, total: s.rows.length });
  return cacheable(request, body, { 'Content-Type': 'application/json' });
}
