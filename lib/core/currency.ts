import { periodSpan } from './period';
import { earliestDay, latestSourceDate, scheduledChanges, type PublishedById } from './status-on';
import type { Row } from './types';

/**
 * How current each series is. A resource declares its publishers' schedules in datapackage.json (a
 * custom `schedule` property); the currency of a series compares its latest period and latest source
 * with the next release that schedule promises.
 */
export const CADENCES = ['monthly', 'quarterly', 'annual', 'irregular', 'ended'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface SeriesSchedule {
  cadence: Cadence;
  /** Who publishes the series. */
  publisher: string;
  /** Days after a period ends by which the publisher releases it (monthly, quarterly, annual). */
  lagDays?: number;
  /** Where the schedule comes from, in words. */
  basis: string;
}

export interface ResourceSchedule {
  /** The field whose values are the series (null: the whole resource is one series). */
  seriesField: string | null;
  default: SeriesSchedule;
  /** Schedules of particular series, by value of seriesField. */
  series?: Record<string, SeriesSchedule>;
}

export interface CurrencyEntry {
  series: string;
  cadence: Cadence;
  /** The latest period the rows cover, as written (2025, 2025-06, 2024-Q2, 2013-2024) or the latest date. */
  latestPeriod: string | null;
  /** The latest publication date among the series' sources. */
  latestSourcePublished: string | null;
  /** When newer figures are due (YYYY-MM-DD), or null when the series has ended or has no schedule to go by. */
  nextExpected: string | null;
  /** True when nextExpected is before today. */
  overdue: boolean;
  publisher: string;
  basis: string;
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const monthEnd = (y: number, m: number) => iso(Date.UTC(y, m, 0)); // m is 1-based: day 0 of the next month
const addDays = (d: string, n: number) => iso(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000);

/** The last day of a period written as YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-YYYY; null if unreadable (lib/core/period). */
export const periodEnd = (period: string): string | null => periodSpan(period)?.end ?? null;

/** The period a row covers: its `period` cell when readable, else its date or year. */
function rowPeriod(row: Row): { text: string; end: string } | null {
  for (const text of [str(row.period), str(row.date), row.year === null || row.year === undefined ? null : String(row.year)]) {
    const end = text ? periodEnd(text) : null;
    if (text && end) return { text, end };
  }
  return null;
}

/** The end of the period after the one ending on `end`, at the cadence given. */
function nextPeriodEnd(end: string, cadence: 'monthly' | 'quarterly' | 'annual'): string {
  const [y, m] = end.split('-').map(Number);
  const months = cadence === 'monthly' ? 1 : cadence === 'quarterly' ? 3 : 12;
  const total = y * 12 + (m - 1) + months; // months since year 0 of the month the next period ends in
  return monthEnd(Math.floor(total / 12), (total % 12) + 1);
}

export function scheduleFor(schedule: ResourceSchedule, series: string): SeriesSchedule {
  return schedule.series?.[series] ?? schedule.default;
}

/** One series' currency on `today` (YYYY-MM-DD). Pure. */
export function seriesCurrency(series: string, rows: Row[], s: SeriesSchedule, published: PublishedById, today: string): CurrencyEntry {
  let latest: { text: string; end: string } | null = null;
  let latestSource: string | null = null;
  for (const row of rows) {
    const p = rowPeriod(row);
    if (p && (!latest || p.end > latest.end)) latest = p;
    const src = latestSourceDate(row, published);
    if (src && (!latestSource || earliestDay(src) > earliestDay(latestSource))) latestSource = src;
  }
  let nextExpected: string | null = null;
  if ((s.cadence === 'monthly' || s.cadence === 'quarterly' || s.cadence === 'annual') && latest) {
    nextExpected = addDays(nextPeriodEnd(latest.end, s.cadence), s.lagDays ?? 0);
  } else if (s.cadence === 'irregular') {
    // No release calendar: the next date to look is the first change a row schedules after its latest source.
    for (const row of rows) {
      const src = latestSourceDate(row, published);
      const after = src ? earliestDay(src) : '';
      const change = scheduledChanges(row).find((c) => c.day > after);
      if (change && (!nextExpected || change.day < nextExpected)) nextExpected = change.day;
    }
  }
  return {
    series,
    cadence: s.cadence,
    latestPeriod: latest?.text ?? null,
    latestSourcePublished: latestSource,
    nextExpected,
    overdue: nextExpected !== null && nextExpected < today,
    publisher: s.publisher,
    basis: s.basis,
  };
}

/** Every series of a resource, in the order the rows first name them. */
export function currencyOf(rows: Row[], schedule: ResourceSchedule, published: PublishedById, today: string): CurrencyEntry[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = schedule.seriesField ? String(row[schedule.seriesField] ?? '') : 'all rows';
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups].map(([series, rs]) => seriesCurrency(series, rs, scheduleFor(schedule, series), published, today));
}

/** What is wrong with a declared schedule, in words naming the place; empty when it is valid. */
export function scheduleProblems(raw: unknown, fields: string[], rows: Row[]): string[] {
  const out: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['schedule: missing or not an object'];
  const s = raw as Record<string, unknown>;
  const field = s.seriesField;
  if (field !== null && (typeof field !== 'string' || !fields.includes(field))) out.push(`schedule.seriesField: "${String(field)}" is not a field of the resource (or null)`);
  const check = (where: string, v: unknown) => {
    if (typeof v !== 'object' || v === null) return out.push(`${where}: missing or not an object`);
    const e = v as Record<string, unknown>;
    if (!CADENCES.includes(e.cadence as Cadence)) out.push(`${where}.cadence: "${String(e.cadence)}" is not one of ${CADENCES.join(', ')}`);
    if (typeof e.publisher !== 'string' || e.publisher === '') out.push(`${where}.publisher: required`);
    if (typeof e.basis !== 'string' || e.basis === '') out.push(`${where}.basis: required (where the schedule comes from)`);
    const periodic = e.cadence === 'monthly' || e.cadence === 'quarterly' || e.cadence === 'annual';
    if (periodic && !(Number.isInteger(e.lagDays) && (e.lagDays as number) >= 0)) out.push(`${where}.lagDays: a whole number of days is required for a ${String(e.cadence)} series`);
    if (!periodic && e.lagDays !== undefined) out.push(`${where}.lagDays: only monthly, quarterly and annual series have a release lag`);
  };
  check('schedule.default', s.default);
  if (s.series !== undefined) {
    if (typeof s.series !== 'object' || s.series === null) out.push('schedule.series: not an object');
    else {
      const values = new Set(rows.map((r) => String(r[typeof field === 'string' ? field : ''] ?? '')));
      for (const [name, v] of Object.entries(s.series)) {
        if (typeof field !== 'string') out.push(`schedule.series.${name}: a series schedule needs a seriesField`);
        else if (!values.has(name)) out.push(`schedule.series.${name}: no row has ${field} = "${name}"`);
        check(`schedule.series.${name}`, v);
      }
    }
  }
  return out;
}

/** The overdue series among the ones `rows` belong to (for a verdict's rows: "newer figures are due"). Pure. */
export function overdueSeriesOf<E extends CurrencyEntry>(rows: Row[], schedule: ResourceSchedule, entries: E[]): E[] {
  const names = new Set(rows.map((r) => (schedule.seriesField ? String(r[schedule.seriesField] ?? '') : 'all rows')));
  return entries.filter((e) => e.overdue && names.has(e.series));
}
