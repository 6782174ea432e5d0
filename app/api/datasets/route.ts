import { listDatasets } from '@/lib/server/data';
import { cacheable } from '@/lib/server/http';
import { formatProblem } from '@/lib/core/csv/validate';
import { datasetCurrency } from '@/lib/server/currency';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const datasets = (await Promise.all((await listDatasets()).map(async (d) => ({ d, currency: d.ok ? await datasetCurrency(d.value.meta.id) : null })))).map(({ d, currency }) =>
    d.ok
      ? { ...d.value.meta, currency: currency ?? [], status: 'ok' as const }
      : { id: d.error.id, title: d.error.title, path: d.error.path, status: 'error' as const, problems: d.error.problems.map(formatProblem) },
  );
  return cacheable(request, JSON.stringify({ datasets }), { 'Content-Type': 'application/json' });
}
