import 'server-only';
import { chooseEvents, describeEventChoice, eventsFrom, parseEventChoice, type ChartEvent, type EventChoice } from '../core/events';
import { dayOf } from '../core/in-force';
import type { ParamError } from '../core/query';
import { getDataset, getSources } from './data';
import { publishedById, statusOn, type PublishedById } from '../core/status-on';
import type { Row } from '../core/types';

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
  const sources = await getSources();
  const today = dayOf(now);
  const all = markUnconfirmed(eventsFrom(rows, sources, today), rows, publishedById(sources), today);
  const choice = parsed.choice ?? fallback;
  return { ok: true, events: chooseEvents(all, choice, fallback), choice: describeEventChoice(choice), options };
}

/** Events whose measure is unconfirmed today carry `unconfirmed` (the scheduled change and its day). */
function markUnconfirmed(events: ChartEvent[], rows: Row[], published: PublishedById, today: string): ChartEvent[] {
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  return events.map((e) => {
    const row = byId.get(e.id);
    const s = row ? statusOn(row, today, published) : null;
    return s && !s.confirmed && s.scheduledChange ? { ...e, unconfirmed: { since: s.scheduledChange.day, text: s.text } } : e;
  });
}
