import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DatasetMeta } from '../core/types';
import { datasetQuery, type DatasetResponse } from './dataset-query';

/**
 * A dataset's descriptor (fields, sources, changes) for the parts of its page drawn on a click: taken
 * from any view of the dataset already in the browser (the page seeds the one it shows), else fetched
 * once `enabled`.
 */
export function useDatasetMeta(id: string, enabled: boolean): { meta: DatasetMeta | undefined; error: Error | null } {
  const client = useQueryClient();
  const cached = client.getQueriesData<DatasetResponse>({ queryKey: ['dataset', id] }).find(([, d]) => d !== undefined)?.[1]?.dataset;
  const query = useQuery({ ...datasetQuery(id, ''), enabled: enabled && cached === undefined });
  return { meta: cached ?? query.data?.dataset, error: query.error };
}
