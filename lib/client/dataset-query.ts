import { queryOptions } from '@tanstack/react-query';
import type { Filter } from '../core/filter';
import type { DatasetMeta, Row } from '../core/types';

/** The body of GET /api/datasets/{id}: shared by the route, the server prefetch and the client. */
export interface DatasetResponse {
  dataset: DatasetMeta;
  filter: Filter;
  rows: Row[];
  total: number;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function datasetQueryKey(id: string, search: string) {
  return ['dataset', id, search] as const;
}

/**
 * Client-side fetch of a selection; the server prefetches the same key with the same data. A
 * selection's rows never go stale while the page is open: the server refreshes its pages whenever
 * data/ changes, and a prerendered page's rows (fetched at build, possibly hours ago) must not be
 * fetched and drawn again on load.
 */
export function datasetQuery(id: string, search: string) {
  return queryOptions({
    queryKey: datasetQueryKey(id, search),
    staleTime: Infinity,
    queryFn: async ({ signal }): Promise<DatasetResponse> => {
      const res = await fetch(`/api/datasets/${encodeURIComponent(id)}${search ? `?${search}` : ''}`, { signal });
      const body = await res.json().catch(() => null);
      if (!res.ok) throw new ApiError(body?.error?.message ?? `request failed with status ${res.status}`, res.status);
      return body as DatasetResponse;
    },
  });
}
