import type { NextRequest } from 'next/server';
import { badParam, brokenDataset, cacheable, unknownDataset } from '@/lib/http';
import { selectRows } from '@/lib/selection';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, ctx: RouteContext<'/api/datasets/[id]'>) {
  const { id } = await ctx.params;
  const s = await selectRows(id, request.nextUrl.searchParams);
  if (s.kind === 'unknown') return unknownDataset(id);
  if (s.kind === 'broken') return brokenDataset(id, s.error.problems);
  if (s.kind === 'bad-param') return badParam(s.error);
  const body = JSON.stringify({ dataset: s.dataset.meta, filter: s.filter, rows: s.rows, total: s.rows.length });
  return cacheable(request, body, { 'Content-Type': 'application/json' });
}
