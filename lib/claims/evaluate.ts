import { rowYear } from '../dataset-meta';
import type { DatasetMeta, Row } from '../types';
import type {
  Check,
  CheckResult,
  CheckStatus,
  Claim,
  CompareCheck,
  CountCheck,
  DateCheck,
  Evaluation,
  EvidenceRow,
  ValueCheck,
  Verdict,
  Where,
} from './types';

/** What an evaluation may read: each dataset's rows and time field, or the reason it is unavailable. */
export type EvidenceSource = Map<string, { rows: Row[]; timeField: DatasetMeta['timeField'] } | { unavailable: string }>;

export function formatValue(value: number | string | null, unit?: unknown): string {
  if (value === null) return 'no value';
  if (typeof value === 'string') return value;
  const n = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (unit === 'percent') return `${n}%`;
  return typeof unit === 'string' && unit !== '' && unit !== 'count' ? `${n} ${unit}` : n;
}

export function matches(row: Row, where: Where, timeField: DatasetMeta['timeField']): boolean {
  return Object.entries(where).every(([field, wanted]) => {
    const actual = field === 'year' ? rowYear(row, timeField) : row[field];
    const options = Array.isArray(wanted) ? wanted : [wanted];
    return options.some((w) => String(w) === String(actual));
  });
}

const describeWhere = (where: Where) =>
  Object.entries(where)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : v}`)
    .join(', ');

const isAsCited = (row: Row) => row.confidence === 'as-cited';

type Outcome = Omit<CheckResult, 'label' | 'kind' | 'dataset'>;

function unverifiable(reason: string, rows: EvidenceRow[] = [], expected = ''): Outcome {
  return { status: 'not verifiable', observed: 'no usable data', expected, reason, rows };
}

function one(rows: Row[], where: Where, timeField: DatasetMeta['timeField']): Row | string {
  const found = rows.filter((r) => matches(r, where, timeField));
  if (found.length === 0) return `no row matches ${describeWhere(where)}`;
  if (found.length > 1) return `${found.length} rows match ${describeWhere(where)}; the rule must pick one`;
  return found[0];
}

const AS_CITED = 'only the paper gives this figure (as-cited); no independent source confirms it';

function valueCheck(c: ValueCheck, rows: Row[], tf: DatasetMeta['timeField']): Outcome {
  const expected = formatValue(c.expected, rows.find((r) => matches(r, c.where, tf))?.unit);
  const row = one(rows, c.where, tf);
  if (typeof row === 'string') return unverifiable(row, [], expected);
  const evidence = [{ dataset: c.dataset, row }];
  const value = row[c.field];
  if (typeof value !== 'number') return unverifiable(`${c.field} is empty in the matching row`, evidence, expected);
  if (isAsCited(row)) return { ...unverifiable(AS_CITED, evidence, expected), observed: `${formatValue(value, row.unit)} (given only by the paper)` };
  const gap = Math.abs(value - c.expected);
  const status: CheckStatus = gap <= c.tolerance ? 'pass' : c.partlyTolerance !== undefined && gap <= c.partlyTolerance ? 'partial' : 'fail';
  const within = status === 'pass' ? `within ${c.tolerance}` : `off by ${formatValue(Number(gap.toFixed(4)))}`;
  return { status, observed: formatValue(value, row.unit), expected, reason: `observed ${formatValue(value, row.unit)}, ${within} of ${expected}`, rows: evidence };
}

/** "United States, 2024" — who and when, so both sides of a comparison read on their own. */
function sideLabel(row: Row, where: Where, tf: DatasetMeta['timeField']): string {
  const when = row.period ?? rowYear(row, tf);
  return row.country ? `${row.country}${when ? ` (${when})` : ''}` : describeWhere(where);
}

function compareCheck(c: CompareCheck, rows: Row[], tf: DatasetMeta['timeField']): Outcome {
  const left = one(rows, c.left, tf);
  const right = one(rows, c.right, tf);
  const plain = c.op === 'greater' ? 'the first above the second' : `the first at least ${c.ratio} times the second`;
  if (typeof left === 'string') return unverifiable(left, [], plain);
  if (typeof right === 'string') return unverifiable(right, [], plain);
  const [l, r] = [sideLabel(left, c.left, tf), sideLabel(right, c.right, tf)];
  const wanted = c.op === 'greater' ? `${l} above ${r}` : `${l} at least ${c.ratio} times ${r}`;
  const evidence = [left, right].map((row) => ({ dataset: c.dataset, row }));
  const [a, b] = [left[c.field], right[c.field]];
  if (typeof a !== 'number' || typeof b !== 'number') return unverifiable(`${c.field} is empty in a matching row`, evidence, wanted);
  const observed = `${l} ${formatValue(a, left.unit)} vs ${r} ${formatValue(b, right.unit)}`;
  if (isAsCited(left) || isAsCited(right)) return { ...unverifiable(AS_CITED, evidence, wanted), observed: `${observed} (resting on a figure given only by the paper)` };
  let status: CheckStatus;
  if (c.op === 'greater') status = a > b ? 'pass' : 'fail';
  else status = b > 0 && a / b >= (c.ratio ?? 1) ? 'pass' : a > b ? 'partial' : 'fail';
  const ratio = b !== 0 ? `, a ratio of ${(a / b).toFixed(2)}` : '';
  return { status, observed, expected: wanted, reason: `${observed}${ratio}`, rows: evidence };
}

function inRange(row: Row, c: CountCheck, tf: DatasetMeta['timeField']): boolean {
  if (!c.from && !c.to) return true;
  if (tf === 'date' && typeof row.date === 'string') {
    return (!c.from || row.date >= c.from) && (!c.to || row.date <= c.to);
  }
  const year = rowYear(row, tf);
  if (year === null) return false;
  return (!c.from || year >= Number(c.from.slice(0, 4))) && (!c.to || year <= Number(c.to.slice(0, 4)));
}

function countCheck(c: CountCheck, rows: Row[], tf: DatasetMeta['timeField']): Outcome {
  const found = rows.filter((r) => matches(r, c.where, tf) && inRange(r, c, tf));
  const usable = found.filter((r) => !isAsCited(r));
  const count = c.distinct ? new Set(usable.map((r) => String(r[c.distinct!]))).size : usable.length;
  const what = c.noun ?? (c.distinct ? `distinct values of ${c.distinct}` : 'matching rows');
  const of = (n: number) => `${n} ${n === 1 ? what.replace(/s$/, '') : what}`;
  const expected = `${c.op === 'equal' ? 'exactly' : 'at least'} ${of(c.expected)}`;
  const evidence = usable.map((row) => ({ dataset: c.dataset, row }));
  if (found.length === 0) return unverifiable(`no row matches ${describeWhere(c.where)}${c.from || c.to ? ` between ${c.from ?? '…'} and ${c.to ?? '…'}` : ''}`, [], expected);
  if (usable.length === 0) return unverifiable(AS_CITED, found.map((row) => ({ dataset: c.dataset, row })), expected);
  const ok = c.op === 'equal' ? count === c.expected : count >= c.expected;
  const status: CheckStatus = ok ? 'pass' : c.op === 'atLeast' && count > 0 ? 'partial' : 'fail';
  const skipped = found.length - usable.length;
  const note = skipped > 0 ? ` (${skipped} as-cited row${skipped > 1 ? 's' : ''} not counted)` : '';
  const counted = of(count);
  return { status, observed: counted, expected, reason: `found ${counted}, expected ${expected}${note}`, rows: evidence };
}

function dateCheck(c: DateCheck, rows: Row[], tf: DatasetMeta['timeField']): Outcome {
  const row = one(rows, c.where, tf);
  if (typeof row === 'string') return unverifiable(row, [], c.expected);
  const evidence = [{ dataset: c.dataset, row }];
  const value = row[c.field];
  if (typeof value !== 'string') return unverifiable(`${c.field} is empty in the matching row`, evidence, c.expected);
  if (isAsCited(row)) return { ...unverifiable(AS_CITED, evidence, c.expected), observed: `${value} (given only by the paper)` };
  const status: CheckStatus = value === c.expected ? 'pass' : 'fail';
  return { status, observed: value, expected: c.expected, reason: `the data gives ${value}; the claim implies ${c.expected}`, rows: evidence };
}

export function evaluateCheck(check: Check, source: EvidenceSource): CheckResult {
  const head = { label: check.label, kind: check.kind, dataset: check.dataset };
  const data = source.get(check.dataset);
  if (!data) return { ...head, ...unverifiable(`dataset "${check.dataset}" does not exist`) };
  if ('unavailable' in data) return { ...head, ...unverifiable(data.unavailable) };
  const { rows, timeField } = data;
  switch (check.kind) {
    case 'value':
      return { ...head, ...valueCheck(check, rows, timeField) };
    case 'compare':
      return { ...head, ...compareCheck(check, rows, timeField) };
    case 'count':
      return { ...head, ...countCheck(check, rows, timeField) };
    case 'date':
      return { ...head, ...dateCheck(check, rows, timeField) };
  }
}

export function verdictOf(statuses: CheckStatus[]): Verdict {
  if (statuses.length > 0 && statuses.every((s) => s === 'pass')) return 'supported';
  if (statuses.some((s) => s === 'pass' || s === 'partial')) return 'partly supported';
  if (statuses.some((s) => s === 'fail')) return 'contradicted';
  return 'not verifiable';
}

function confidenceCaveats(rows: EvidenceRow[]): string[] {
  const secondary = rows.filter((e) => e.row.confidence === 'secondary').length;
  const asCited = rows.filter((e) => e.row.confidence === 'as-cited').length;
  const out: string[] = [];
  if (asCited > 0) out.push(`${asCited} figure${asCited > 1 ? 's are' : ' is'} given only by the paper (as-cited) and cannot support the claim.`);
  if (secondary > 0) out.push(`${secondary} of ${rows.length} figures were seen in secondary sources quoting the publisher, not in the publisher's own document.`);
  return out;
}

/** Computes a claim's verdict from the data. Pure: the same claim and rows always give the same result. */
export function evaluateClaim(claim: Claim, source: EvidenceSource): Evaluation {
  const checks = claim.checks.map((c) => evaluateCheck(c, source));
  const seen = new Set<Row>();
  const rows = checks.flatMap((c) => c.rows).filter((e) => (seen.has(e.row) ? false : (seen.add(e.row), true)));
  const lead = checks[0];
  return {
    verdict: verdictOf(checks.map((c) => c.status)),
    observed: lead?.observed ?? 'no usable data',
    expected: lead?.expected ?? '',
    rows,
    reasons: checks.map((c) => `${c.label}: ${c.status} (${c.reason})`),
    caveats: [...claim.caveats, ...confidenceCaveats(rows)],
    checks,
  };
}
