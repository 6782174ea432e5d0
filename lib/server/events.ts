import 'server-only';
import { chooseEvents, describeEventChoice, eventsFrom, parseEventChoice, type ChartEvent, type EventChoice } from '../core/events';
import { dayOf } from '../core/in-force';
import type { ParamError } from '../core/query';
import { getDataset, getSources } from './data';

/** The dataset whose measures are the events. */
export const EVENTS_DATASET = 'export-controls';

export type EventSelection =
  | { ok: true; events: ChartEvent[]; choice: string; options: { actors: string[]; categories: string[] } }
  | { ok: false; error: ParamError };

/**
 * The policy events a page draws: the URL's choice (`events`, `event_category`), or `fallback` when it
 * gives none. Bad values become a ParamError naming the parameter.
 */
export async function selectEvents(eventParams: URLSearchParams, fallback: EventChoice, now = new Date()): Promise<EventSelection> {
  const dataset = await getDataset(EVENTS_DATASET);
  // Broken measures data must not break every chart: no events, and the list says why.
  if (!dataset?.ok) return { ok: true, events: [], choice: `none (the export-control data has problems; see /datasets/${EVENTS_DATASET})`, options: { actors: [], categories: [] } };
  const { meta, rows } = dataset.value;
  const options = { actors: meta.countries, categories: meta.facets.category ?? [] };
  const parsed = parseEventChoice(eventParams, options);
  if (!parsed.ok) return parsed;
  const all = eventsFrom(rows, await getSources(), dayOf(now));
  const choice = parsed.choice ?? fallback;
  return { ok: true, events: chooseEvents(all, choice, fallback), choice: describeEventChoice(choice), options };
}
