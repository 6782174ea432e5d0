import 'server-only';
import { dehydrate } from '@tanstack/react-query';
import { datasetQueryKey, type DatasetResponse } from '../client/dataset-query';
import { eventsQueryKey, type EventsResponse } from '../client/events-query';
import { filterToSearchParams } from '../core/query';
import { getQueryClient } from '../client/query-client';
import type { Selection } from './selection';

/**
 * Seeds React Query with the view the page was rendered for (its rows, and the events its chart
 * overlays), so the server HTML holds the chart and table and the client does not fetch them again.
 */
export function prefetchView(selection: Extract<Selection, { kind: 'ok' }> | null, events: { search: string; body: EventsResponse } | null) {
  const client = getQueryClient();
  if (selection) {
    const search = filterToSearchParams(selection.filter).toString();
    const body: DatasetResponse = { dataset: selection.dataset.meta, filter: selection.filter, rows: selection.rows, total: selection.rows.length };
    client.setQueryData(datasetQueryKey(selection.dataset.meta.id, search), body);
  }
  if (events) client.setQueryData(eventsQueryKey(events.search), { events: events.body.events, choice: events.body.choice, options: events.body.options });
  return dehydrate(client);
}
