/**
 * Periods, in one place: a chart's x value, a row's period, an event's day. Charts, event overlays,
 * filters and comparisons parse, order, span and label periods here and nowhere else.
 */
export const GRAINS = ['year', 'quarter', 'month', 'day'] as const;
export type Grain = (typeof GRAINS)[number];

export interface Period {
  text: string;
  /** The grain the text is written in; a span of years (`2013-2022`) counts as `year`. */
  grain: Grain;
  /** First and last day covered, YYYY-MM-DD. */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isDay = (text: string) => {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
};

/**
 * Parsed texts, kept: sorting a chart's x values compares each one many times, and drawing a page
 * parses the same few dozen texts over and over. Cleared when it grows past a bound.
 */
const parsed = new Map<string, Period | null>();
const PARSED_MAX = 10_000;

/** `2022` a year, `2024-Q1` a quarter, `2022-09` a month, `2022-09-30` a day, `2013-2022` a span of years; null for anything else (a country). */
export function parsePeriod(text: string): Period | null {
  const known = parsed.get(text);
  if (known !== undefined) return known;
  if (parsed.size >= PARSED_MAX) parsed.clear();
  const period = parseUncached(text);
  parsed.set(text, period);
  return period;
}

function parseUncached(text: string): Period | null {
  let m = /^(\d{4})$/.exec(text);
  if (m) return { text, grain: 'year', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    const last = Number(m[2]) * 3;
    return { text, grain: 'quarter', start: `${m[1]}-${pad(last - 2)}-01`, end: `${m[1]}-${pad(last)}-${pad(lastDay(y, last))}` };
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (m) return { text, grain: 'month', start: `${text}-01`, end: `${text}-${pad(lastDay(Number(m[1]), Number(m[2])))}` };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isDay(text)) return { text, grain: 'day', start: text, end: text };
  m = /^(\d{4})-(\d{4})$/.exec(text);
  if (m && m[1] <= m[2]) return { text, grain: 'year', start: `${m[1]}-01-01`, end: `${m[2]}-12-31` };
  return null;
}

/** The days a period covers, or null when the text is not a period. */
export function periodSpan(text: string): { start: string; end: string } | null {
  const p = parsePeriod(text);
  return p ? { start: p.start, end: p.end } : null;
}

/**
 * The same order as `a.localeCompare(b)`, built on first use: building a collator costs tens of
 * milliseconds on a phone, and a page that only compares periods (ISO days, compared as plain text)
 * never needs one.
 */
let collator: Intl.Collator | null = null;
const compareText = (a: string, b: string) => (collator ??= new Intl.Collator()).compare(a, b);
/** ISO days (YYYY-MM-DD) sort in time order as plain text. */
const compareDays = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Time order by the day each period ends (mid-2022 before end-2022), then by start; non-periods after, alphabetically. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : compareText(a, b);
  return compareDays(pa.end, pb.end) || compareDays(pa.start, pb.start);
}

/** The days from the first period's start to the last one's end; null when any text is not a period. */
export function spanOf(texts: string[]): { start: string; end: string } | null {
  const periods = texts.map(parsePeriod);
  if (periods.length === 0 || periods.some((p) => p === null)) return null;
  return { start: periods.map((p) => p!.start).sort()[0], end: periods.map((p) => p!.end).sort().at(-1)! };
}

/** True when the period is written no finer than the grain (a year fits a monthly series, a day does not). */
export function fitsGrain(text: string, grain: Grain): boolean {
  const p = parsePeriod(text);
  return p !== null && GRAINS.indexOf(p.grain) <= GRAINS.indexOf(grain);
}

/** The calendar year a period starts in (a span of years: its first year). */
export function periodYear(text: string): number | null {
  const p = parsePeriod(text);
  return p ? Number(p.start.slice(0, 4)) : null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period in words for tables and captions: `Q1 2024`, `Sep 2022`, `30 Sep 2022`, `2013-2022`; other text as it is. */
export function periodLabel(text: string): string {
  const p = parsePeriod(text);
  if (!p) return text;
  if (p.grain === 'quarter') return `${text.slice(5)} ${text.slice(0, 4)}`;
  if (p.grain === 'month') return `${MONTHS[Number(text.slice(5, 7)) - 1]} ${text.slice(0, 4)}`;
  if (p.grain === 'day') return `${Number(text.slice(8, 10))} ${MONTHS[Number(text.slice(5, 7)) - 1]} ${text.slice(0, 4)}`;
  return text;
}
