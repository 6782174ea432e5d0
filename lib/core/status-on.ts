import { inForceOn } from './in-force';
import { dayAfter, effectiveDay } from './lifecycle';
import type { DatasetMeta, FieldDescriptor, Row } from './types';

/**
 * A measure's status on a day, computed from its lifecycle columns and the publication dates of the
 * sources it cites. When a scheduled change (the end of a suspension, an expected ruling or sunset)
 * falls after the latest of those sources and on or before the day, nothing on file says whether it
 * happened: the status is `unconfirmed` and the change is named.
 */
export type StatusValue = 'in force' | 'suspended' | 'ended' | 'not yet in force' | 'not in force' | 'unconfirmed';

export interface ScheduledChange {
  /** The first day the change would apply (YYYY-MM-DD). */
  day: string;
  kind: 'suspension ends' | 'expected';
  /** In words: "suspension scheduled to end 2026-11-10". */
  text: string;
  /** What the measure would be once the change applied, when the lifecycle says. */
  leadsTo: StatusValue | null;
}

export interface StatusOn {
  /** The day asked about. */
  day: string;
  status: StatusValue;
  /** False when a scheduled change fell between the latest source and the day. */
  confirmed: boolean;
  /** The status the latest source confirms (on the latest source's day); equals `status` when confirmed. */
  lastConfirmed: StatusValue;
  /** The publication date of the latest source the row cites (YYYY, YYYY-MM or YYYY-MM-DD), null if none is known. */
  latestSource: string | null;
  /** The first scheduled change no source confirms, when unconfirmed. */
  scheduledChange: ScheduledChange | null;
  /** In words, for tables, CSVs and verdicts. */
  text: string;
}

/** Source publication dates by source id (sources.csv `published`). */
export type PublishedById = ReadonlyMap<string, string | null> | Readonly<Record<string, string | null>>;

const cell = (row: Row, field: string): string | null => (typeof row[field] === 'string' && row[field] !== '' ? (row[field] as string) : null);
const lookup = (map: PublishedById, id: string): string | null | undefined =>
  map instanceof Map ? map.get(id) : Object.prototype.hasOwnProperty.call(map, id) ? (map as Record<string, string | null>)[id] : undefined;
const has = (map: PublishedById, id: string) => lookup(map, id) !== undefined;

/** The earliest day a partial date (YYYY, YYYY-MM) can stand for: a source dated 2025-11 confirms nothing after 2025-11-01. */
export const earliestDay = (published: string): string => (published.length === 4 ? `${published}-01-01` : published.length === 7 ? `${published}-01` : published);

/** The sources a row cites: its `source_id`, then every sources.csv id named in its note, in order, once each. */
export function citedSources(row: Row, published: PublishedById): string[] {
  const out: string[] = [];
  const main = cell(row, 'source_id');
  if (main) out.push(main);
  for (const token of (cell(row, 'note') ?? '').match(/[a-z0-9][a-z0-9-]*[a-z0-9]/gi) ?? []) {
    if (!out.includes(token) && has(published, token)) out.push(token);
  }
  return out;
}

/** The latest publication date among the row's cited sources (compared by the earliest day each can stand for). */
export function latestSourceDate(row: Row, published: PublishedById): string | null {
  let best: string | null = null;
  for (const id of citedSources(row, published)) {
    const p = lookup(published, id);
    if (p && (best === null || earliestDay(p) > earliestDay(best))) best = p;
  }
  return best;
}

/**
 * The changes a row schedules: the day after a suspension's last day, and an expected change
 * (`expected_change_date`: a ruling due, a sunset). `ended_date` is not one: it records an end that
 * happened, and its row says so.
 */
export function scheduledChanges(row: Row): ScheduledChange[] {
  const out: ScheduledChange[] = [];
  const until = cell(row, 'suspended_until');
  const ended = cell(row, 'ended_date');
  if (cell(row, 'suspended_from') && until) {
    out.push({ day: dayAfter(until), kind: 'suspension ends', text: `suspension scheduled to end ${until}`, leadsTo: ended && ended <= dayAfter(until) ? 'ended' : 'in force' });
  }
  const expected = cell(row, 'expected_change_date');
  if (expected) out.push({ day: expected, kind: 'expected', text: `${cell(row, 'expected_change') ?? 'a change'} expected by ${expected}`, leadsTo: null });
  return out.sort((a, b) => a.day.localeCompare(b.day));
}

/** The status the lifecycle columns give for a day, taking every scheduled change as having happened. */
export function lifecycleStatus(row: Row, day: string): StatusValue {
  const ended = cell(row, 'ended_date');
  const from = cell(row, 'suspended_from');
  const until = cell(row, 'suspended_until');
  if (ended && ended <= day) return 'ended';
  if (from && from <= day && (!until || day <= until)) return 'suspended';
  const effective = effectiveDay(row);
  // A binding measure suspended before it took effect applies once the suspension ends.
  if (!effective && from && until && day > until && cell(row, 'effect') === 'restriction') return 'in force';
  if (!effective) return 'not in force';
  if (effective > day) return 'not yet in force';
  return inForceOn(row, day).inForce ? 'in force' : 'not in force';
}

/**
 * The status of a measure on `day` (YYYY-MM-DD) and whether a source confirms it. Pure.
 * `published` maps source ids to their publication dates; the row's sources are its source_id and
 * the source ids its note names.
 */
export function statusOn(row: Row, day: string, published: PublishedById): StatusOn {
  const latestSource = latestSourceDate(row, published);
  const confirmedUpTo = latestSource ? earliestDay(latestSource) : null;
  const open = scheduledChanges(row).find((c) => c.day <= day && (confirmedUpTo === null || c.day > confirmedUpTo));
  if (!open) {
    const status = lifecycleStatus(row, day);
    return { day, status, confirmed: true, lastConfirmed: status, latestSource, scheduledChange: null, text: status };
  }
  const lastConfirmed = lifecycleStatus(row, confirmedUpTo && confirmedUpTo < open.day ? confirmedUpTo : dayBefore(open.day));
  const text = `${open.text}; no source since ${latestSource ?? 'the measure was recorded'} (last confirmed: ${lastConfirmed})`;
  return { day, status: 'unconfirmed', confirmed: false, lastConfirmed, latestSource, scheduledChange: open, text };
}

const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Whether `in_force=DATE` keeps the row: in force on the day, or unconfirmed while the last
 * confirmed status or the scheduled one is in force (kept, and marked unconfirmed).
 */
export function keptInForce(s: StatusOn): boolean {
  if (s.confirmed) return s.status === 'in force';
  return s.lastConfirmed === 'in force' || s.scheduledChange?.leadsTo === 'in force';
}

/** The computed columns the API and CSV views add to each measure: the status on the requested day and whether a source confirms it. */
export const STATUS_COLUMNS = ['status_on', 'status_on_date', 'status_confirmed', 'status_change', 'status_change_date', 'latest_source_published'] as const;

/** The status columns described for a reader, in STATUS_COLUMNS order: the table shows them after the stored fields, as the filtered CSV does. */
export const STATUS_FIELDS: FieldDescriptor[] = [
  { name: 'status_on', type: 'string', title: 'Status on the day', description: 'Computed: the measure\'s status on the day asked (the in-force day, else today), from its lifecycle and its sources\' dates; unconfirmed when a scheduled change passed with no source since.' },
  { name: 'status_on_date', type: 'date', title: 'Status day', description: 'Computed: the day the status is for.' },
  { name: 'status_confirmed', type: 'string', title: 'Confirmed by a source', description: 'Computed: true when a source published on or after the last scheduled change confirms the status.' },
  { name: 'status_change', type: 'string', title: 'Unconfirmed change', description: 'Computed: the scheduled change no source has confirmed, if any.' },
  { name: 'status_change_date', type: 'date', title: 'Change due', description: 'Computed: the day of that scheduled change.' },
  { name: 'latest_source_published', type: 'string', title: 'Latest source', description: 'Computed: the publication date of the latest source cited for the measure.' },
];

/** Whether a dataset's rows are measures with a lifecycle (and so carry the status columns). */
export const hasLifecycle = (meta: Pick<DatasetMeta, 'fields'>) => meta.fields.some((f) => f.name === 'effective_date');

export function statusColumns(s: StatusOn): Record<(typeof STATUS_COLUMNS)[number], string> {
  return {
    status_on: s.status,
    status_on_date: s.day,
    status_confirmed: s.confirmed ? 'true' : 'false',
    status_change: s.scheduledChange ? s.text : '',
    status_change_date: s.scheduledChange?.day ?? '',
    latest_source_published: s.latestSource ?? '',
  };
}

/** Source publication dates by id, from the sources table. */
export function publishedById(sources: ReadonlyMap<string, { published: string | null }>): Map<string, string | null> {
  return new Map([...sources].map(([id, s]) => [id, s.published ?? null]));
}

/** The `in_force=DAY` test the data layer gives each dataset's index: in force, or unconfirmed and marked (see keptInForce). */
export function inForceKeeping(sources: ReadonlyMap<string, { published: string | null }>): (row: Row, day: string) => boolean {
  const published = publishedById(sources);
  return (row, day) => keptInForce(statusOn(row, day, published));
}
