import { queryOptions } from '@tanstack/react-query';
import type { ChartEvent } from '../core/events';
import { ApiError } from './dataset-query';

/** The body of GET /api/events: shared by the route, the dataset page (which seeds it) and the explorer. */
export interface EventsResponse {
  events: ChartEvent[];
  choice: string;
  options: { actors: string[]; categories: string[] };
}

export const eventsQueryKey = (search: string) => ['events', search] as const;

/** The events of one choice (`events`, `event_category`); the dataset page seeds the one it was rendered with. */
export function eventsQuery(search: string) {
  return queryOptions({
    queryKey: eventsQueryKey(search),
    staleTime: Infinity,
    queryFn: async ({ signal }): Promise<EventsResponse> => {
      const res = await fetch(`/api/events${search ? `?${search}` : ''}`, { signal });
      const body = await res.json().catch(() => null);
      if (!res.ok) throw new ApiError(body?.error?.message ?? `request failed with status ${res.status}`, res.status);
      return body as EventsResponse;
    },
  });
}
