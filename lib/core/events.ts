import { inForceOn } from './in-force';
import type { ParamError } from './query';
import type { Row, Source } from './types';

/**
 * Policy events (export-control measures) drawn on time-series charts. Which ones is a view choice
 * carried in the URL (`events`, `event_category`), like the filters, but it selects no rows: it never
 * reaches the data API or the CSV.
 */
export const EVENT_PARAM = { events: 'events', category: 'event_category' } as const;

/** One measure as a chart draws it: a marker on its date, a band for a suspension. */
export interface ChartEvent {
  id: string;
  /** The measure's own date (issued, published, announced), YYYY-MM-DD. */
  day: string;
  effective: string | null;
  actor: string;
  category: string;
  title: string;
  citation: string | null;
  /** Its status on its own date, in words ("not in force yet on 2022-10-07 (effective 2022-10-21)"). */
  status: string;
  suspension: { from: string; to: string } | null;
  ended: string | null;
  source: { publisher: string; url: string };
  /** Its status today when no source confirms it (lib/core/status-on): the chart may draw it in its own style. Absent when confirmed. */
  unconfirmed?: { since: string; text: string };
}

/** What the URL asks for: no events, or measures of some actors (all when `actors` is null) and categories. */
export type EventChoice = { kind: 'none' } | { kind: 'some'; actors: string[] | null; categories: string[] } | { kind: 'ids'; ids: string[] };

export type EventChoiceResult = { ok: true; choice: EventChoice | null } | { ok: false; error: ParamError };

const list = (raw: string | null) => (raw ?? '').split(',').map((v) => v.trim()).filter(Boolean);

function canonical(values: string[], allowed: string[], param: string): { ok: true; values: string[] } | { ok: false; error: ParamError } {
  const byLower = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  const out: string[] = [];
  for (const v of values) {
    const match = byLower.get(v.toLowerCase());
    if (!match) return { ok: false, error: { code: 'unknown_value', param, message: `${param}: "${v.slice(0, 40)}" is not an actor or category of the export-control measures; allowed: ${allowed.join(', ')}` } };
    if (!out.includes(match)) out.push(match);
  }
  return { ok: true, values: out };
}

/**
 * Reads `events` (`none`, `all`, or a comma list of actors) and `event_category` (a comma list of
 * categories). Null when neither is given: the page's default applies. Bad values become a ParamError
 * that names the parameter and the allowed values.
 */
export function parseEventChoice(params: URLSearchParams, allowed: { actors: string[]; categories: string[] }): EventChoiceResult {
  for (const name of Object.values(EVENT_PARAM)) {
    if (params.getAll(name).length > 1) return { ok: false, error: { code: 'repeated_param', param: name, message: `${name}: give it once, with values separated by commas` } };
  }
  const events = params.get(EVENT_PARAM.events);
  const category = params.get(EVENT_PARAM.category);
  if (events === null && category === null) return { ok: true, choice: null };
  const named = list(events);
  // `none` wins over a category (the form sends both): nothing is drawn.
  if (named.length === 1 && named[0].toLowerCase() === 'none') return { ok: true, choice: { kind: 'none' } };
  const all = named.length === 0 || (named.length === 1 && named[0].toLowerCase() === 'all');
  const actors = all ? { ok: true as const, values: [] } : canonical(named, allowed.actors, EVENT_PARAM.events);
  if (!actors.ok) return actors;
  const categories = canonical(list(category), allowed.categories, EVENT_PARAM.category);
  if (!categories.ok) return categories;
  return { ok: true, choice: { kind: 'some', actors: all ? null : actors.values, categories: categories.values } };
}

/** The URL query of a choice: the inverse of parseEventChoice (a default, null, writes nothing). */
export function eventChoiceToParams(choice: EventChoice | null): Array<[string, string]> {
  if (choice === null || choice.kind === 'ids') return [];
  if (choice.kind === 'none') return [[EVENT_PARAM.events, 'none']];
  const out: Array<[string, string]> = [[EVENT_PARAM.events, choice.actors === null ? 'all' : choice.actors.join(',')]];
  if (choice.categories.length > 0) out.push([EVENT_PARAM.category, choice.categories.join(',')]);
  return out;
}

/** Splits a page's query into the dataset filter's parameters and the event choice's. */
export function splitEventParams(params: URLSearchParams): { filterParams: URLSearchParams; eventParams: URLSearchParams } {
  const filterParams = new URLSearchParams();
  const eventParams = new URLSearchParams();
  const names = new Set<string>(Object.values(EVENT_PARAM));
  for (const [k, v] of params) (names.has(k) ? eventParams : filterParams).append(k, v);
  return { filterParams, eventParams };
}

const text = (row: Row, field: string) => (typeof row[field] === 'string' && row[field] !== '' ? (row[field] as string) : null);

/** Export-control rows as chart events, oldest first. `today` closes an open-ended suspension. */
export function eventsFrom(rows: Row[], sources: Map<string, Source>, today: string): ChartEvent[] {
  const out: ChartEvent[] = [];
  for (const row of rows) {
    const day = text(row, 'date');
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    const from = text(row, 'suspended_from');
    const until = text(row, 'suspended_until');
    const source = sources.get(String(row.source_id));
    out.push({
      id: String(row.id),
      day,
      effective: text(row, 'effective_date'),
      actor: String(row.country),
      category: String(row.category),
      title: String(row.title),
      citation: text(row, 'citation'),
      status: inForceOn(row, day).reason,
      suspension: from ? { from, to: until && until < today ? until : today } : null,
      ended: text(row, 'ended_date'),
      source: { publisher: source?.publisher ?? String(row.source_id), url: source?.url ?? '' },
    });
  }
  return out.sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
}

/** The events a choice selects; `fallback` applies when the URL gave none. */
export function chooseEvents(all: ChartEvent[], choice: EventChoice | null, fallback: EventChoice): ChartEvent[] {
  const c = choice ?? fallback;
  if (c.kind === 'none') return [];
  if (c.kind === 'ids') return all.filter((e) => c.ids.includes(e.id));
  return all.filter((e) => (c.actors === null || c.actors.includes(e.actor)) && (c.categories.length === 0 || c.categories.includes(e.category)));
}

/** In words, for the list's heading: "United States measures (chips and equipment)". */
export function describeEventChoice(choice: EventChoice): string {
  if (choice.kind === 'none') return 'no policy events';
  if (choice.kind === 'ids') return 'the measures this claim names';
  const who = choice.actors === null ? 'all actors’' : choice.actors.join(' and ');
  return `${who} measures${choice.categories.length > 0 ? ` (${choice.categories.join(', ')})` : ''}`;
}
