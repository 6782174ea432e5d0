/**
 * The one number formatter: values with their units, for charts, tables, tooltips, verdicts and
 * before/after tables alike. Never rounds beyond what a reader needs to recognise the source's figure.
 */
export interface FormatOptions {
  /** Digits after the point at most (2 unless told). */
  digits?: number;
  /** Axis ticks: large numbers as 1.2M. */
  compact?: boolean;
}

/** `31%`, `1,590 EFLOPS`, `4,838,000`, `12 researchers` (unit `count of researchers`); text as it is; null as `no value`. */
export function formatValue(value: number | string | null, unit?: unknown, options: FormatOptions = {}): string {
  if (value === null) return 'no value';
  if (typeof value === 'string') return value;
  const n = formatNumber(value, options);
  if (unit === 'percent') return `${n}%`;
  if (typeof unit === 'string' && unit.startsWith('count of ')) return `${n} ${unit.slice('count of '.length)}`;
  return typeof unit === 'string' && unit !== '' && unit !== 'count' ? `${n} ${unit}` : n;
}

/**
 * One Intl.NumberFormat per option set, made once: `toLocaleString` builds a new formatter on every
 * call, which dominated drawing a chart or a table's numbers (hundreds of calls per page).
 */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(digits: number, notation: 'compact' | 'standard'): Intl.NumberFormat {
  const key = `${digits}|${notation}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, notation })));
  return f;
}

/** A number alone, en-US grouping. */
export function formatNumber(value: number, options: FormatOptions = {}): string {
  return formatter(options.digits ?? 2, options.compact && Math.abs(value) >= 100_000 ? 'compact' : 'standard').format(value);
}

/** An axis tick: compact, with `%` for shares and no other unit (the axis title carries it). */
export const formatTick = (value: number, unit: string) => `${formatNumber(value, { compact: true })}${unit === 'percent' ? '%' : ''}`;
