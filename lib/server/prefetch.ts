import 'server-only';
import { dehydrate } from '@tanstack/react-query';
import { datasetQueryKey, type DatasetResponse } from '../client/dataset-query';
import { filterToSearchParams } from '../core/query';
import { getQueryClient } from '../client/query-client';
import type { Selection } from './selection';

/** Seeds React Query with the first view, so the server HTML holds the chart's table and the client does not refetch. */
export function prefetchSelection(selection: Extract<Selection, { kind: 'ok' }>) {
  const client = getQueryClient();
  const search = filterToSearchParams(selection.filter).toString();
  const body: DatasetResponse = { dataset: selection.dataset.meta, filter: selection.filter, rows: selection.rows, total: selection.rows.length };
  client.setQueryData(datasetQueryKey(selection.dataset.meta.id, search), body);
  return dehydrate(client);
}
