/**
 * The unit table: which units measure the same quantity, and the factor that turns each into its
 * quantity's base unit. Two figures are compared only after both are converted to the base unit; two
 * units that are not in one quantity cannot be compared at all (validate-data reports it as a data error).
 * Pure.
 */
export interface UnitEntry {
  /** What is measured, e.g. "electricity price in USD per kWh". */
  quantity: string;
  /** Multiply a value in this unit by `factor` to get the quantity's base unit. */
  factor: number;
}

const TABLE: Record<string, UnitEntry> = {
  'USD per kWh': { quantity: 'price per kWh (USD)', factor: 1 },
  'US cents per kWh': { quantity: 'price per kWh (USD)', factor: 0.01 },
  'USD bn': { quantity: 'money (USD)', factor: 1e9 },
  'USD billion': { quantity: 'money (USD)', factor: 1e9 },
  'USD million': { quantity: 'money (USD)', factor: 1e6 },
  'USD mn': { quantity: 'money (USD)', factor: 1e6 },
  USD: { quantity: 'money (USD)', factor: 1 },
  'CNY bn': { quantity: 'money (CNY)', factor: 1e9 },
  'CNY million': { quantity: 'money (CNY)', factor: 1e6 },
  CNY: { quantity: 'money (CNY)', factor: 1 },
  percent: { quantity: 'share (percent)', factor: 1 },
  share: { quantity: 'share (percent)', factor: 100 },
  million: { quantity: 'number', factor: 1e6 },
  count: { quantity: 'number', factor: 1 },
};

export function unitEntry(unit: unknown): UnitEntry | null {
  return typeof unit === 'string' ? (TABLE[unit] ?? null) : null;
}

/**
 * A value in `from` expressed in `to`, or null when the two units are not of one quantity. Equal units
 * (also ones not in the table) convert with factor 1.
 */
export function convert(value: number, from: unknown, to: unknown): number | null {
  if (from === to) return value;
  const [a, b] = [unitEntry(from), unitEntry(to)];
  if (!a || !b || a.quantity !== b.quantity) return null;
  // toPrecision(12) drops binary noise (0.088 USD is 8.8 cents, not 8.799999999999999).
  return Number(((value * a.factor) / b.factor).toPrecision(12));
}

/** Whether figures in these units can be compared (after conversion). */
export const comparableUnits = (a: unknown, b: unknown): boolean => a === b || convert(1, a, b) !== null;
