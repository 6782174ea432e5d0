import type { NextRequest } from 'next/server';
import { writeCsv } from '@/lib/core/csv/write';
import { readDatasetFile } from '@/lib/server/data';
import { cacheable, csvHeaders, selectionFailure } from '@/lib/server/http';
import { downloadName } from '@/lib/core/download-name';
import { isEmptyFilter } from '@/lib/core/query';
import { selectRows } from '@/lib/server/selection';
import { viewFields } from '@/lib/server/status-columns';

export const dynamic = 'force-dynamic';

/** No filter: the stored file byte for byte. A filter: exactly the selected rows, formula cells neutralised. Named by downloadName either way. */
export async function GET(request: NextRequest, ctx: RouteContext<'/api/datasets/[id]/csv'>) {
  const { id } = await ctx.params;
  const s = await selectRows(id, request.nextUrl.searchParams);
  if (s.kind !== 'ok') return selectionFailure(s);
  const name = downloadName(id, s.filter);
  if (isEmptyFilter(s.filter)) {
    const file = await readDatasetFile(id);
    if (file) return cacheable(request, file.bytes, csvHeaders(name));
  }
  return cacheable(request, writeCsv(viewFields(s.dataset.meta), s.rows), csvHeaders(name));
}
