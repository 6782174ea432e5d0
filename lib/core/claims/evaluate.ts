import { rowYear } from '../dataset-meta';
import { formatValue } from '../format';
import { inForceOn } from '../in-force';
import { labelFor } from '../labels';
import { differenceTest } from './noise';
import { decideVerdict } from './verdict';
import type { Basis, Check, CheckResult, CheckStatus, Claim, CompareCheck, CountCheck, DatasetMeta, Evaluation, EvidenceRow, ExcludedRow, ExistsCheck, FieldDescriptor, Row, Side, ThresholdCheck, ValueCheck, Where } from '../types';

/** What an evaluation may read: each dataset's rows and time field, or the reason it is unavailable. */
export type EvidenceSource = Map<string, { rows: Row[]; timeField: DatasetMeta['timeField']; fields?: FieldDescriptor[] } | { unavailable: string }>;
type TimeField = DatasetMeta['timeField'];

/** The one number formatter lives in lib/core/format.ts; re-exported here for the engine's callers. */
export { formatValue };

export function matches(row: Row, where: Where, timeField: TimeField): boolean {
  return Object.entries(where).every(([field, wanted]) => {
    const actual = field === 'year' ? rowYear(row, timeField) : row[field];
    const options = Array.isArray(wanted) ? wanted : [wanted];
    return options.some((w) => String(w) === String(actual));
  });
}

/** What a `where` selects, in labels when the dataset's fields are known ("Private AI investment, China"), else as field=value. */
export function describeWhere(where: Where, fields?: FieldDescriptor[]): string {
  return Object.entries(where)
    .map(([k, v]) => {
      const values = Array.isArray(v) ? v : [v];
      return fields ? values.map((x) => labelFor({ fields }, k, x)).join(' or ') : `${k}=${values.join('|')}`;
    })
    .join(', ');
}

type Words = (where: Where) => string;

const isAsCited = (row: Row) => row.confidence === 'as-cited';
const AS_CITED = 'only the paper gives this figure (as-cited); no independent source confirms it';
/** Fields that must agree for two rows to be compared: same measure, unit, basis and tier. */
const COMPARABLE_BY = ['measure', 'series', 'unit', 'basis', 'tier'] as const;

type Outcome = Omit<CheckResult, 'label' | 'kind' | 'dataset' | 'statement'>;

function unverifiable(reason: string, rows: EvidenceRow[] = [], expected = '', excluded: ExcludedRow[] = []): Outcome {
  return { status: 'not verifiable', observed: 'no usable data', expected, reason, rows, excluded };
}

/** A pass on a measure that is not quite the paper's is capped at partial, and says why. */
function capForMismatch(outcome: Outcome, mismatch: string | undefined): Outcome {
  if (!mismatch || outcome.status !== 'pass') return outcome;
  return { ...outcome, status: 'partial', reason: `${outcome.reason}; but the measure differs from the paper's words: ${mismatch}` };
}

/** The value one side of a comparison stands for: one row, or the sum of several on the same unit. */
interface SideValue {
  value: number;
  rows: Row[];
  label: string;
  unit: unknown;
}

/** When a row's figure stands, as a sortable key: its period (YYYY = year end, YYYY-MM, YYYY-Qn, YYYY-YYYY = the last year), else its year. */
export function periodKey(row: Row, tf: TimeField): string | null {
  const period = typeof row.period === 'string' ? row.period : null;
  if (period) {
    const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
    if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}`;
    const span = /^\d{4}-(\d{4})$/.exec(period);
    if (span) return `${span[1]}-12`;
    return /^\d{4}$/.test(period) ? `${period}-12` : period;
  }
  const year = rowYear(row, tf);
  return year === null ? null : `${year}-12`;
}

/** The latest period that every side has data for, or null. */
function latestCommon(rowsBySide: Row[][], tf: TimeField): string | null {
  const sets = rowsBySide.map((rows) => new Set(rows.map((r) => periodKey(r, tf)).filter((k): k is string => k !== null)));
  const common = [...sets[0]].filter((k) => sets.every((s) => s.has(k)));
  return common.length > 0 ? common.sort().at(-1)! : null;
}

function sideValue(found: Row[], side: Side, field: string, tf: TimeField, words: Words): SideValue | string {
  if (found.length === 0) return `no row matches ${words(side.where)}`;
  if (!side.sum && found.length > 1) return `${found.length} rows match ${words(side.where)}; the rule must pick one`;
  const values = found.map((r) => r[field]);
  if (!values.every((v): v is number => typeof v === 'number')) return `${field} is empty in a matching row`;
  const units = new Set(found.map((r) => r.unit));
  if (units.size > 1) return `the rows to add up have different units (${[...units].join(', ')})`;
  const first = found[0];
  const when = first.period ?? rowYear(first, tf);
  const who = typeof first.country === 'string' ? first.country : words(side.where);
  const label = side.sum && found.length > 1 ? `${who} (${when}, sum of ${found.length} rows)` : `${who}${when ? ` (${when})` : ''}`;
  return { value: values.reduce((a, b) => a + b, 0), rows: found, label, unit: first.unit };
}

/** Rows of each side, restricted to the latest period all sides have when `latest` is set. */
function selectSides(rows: Row[], sides: Side[], latest: boolean | undefined, tf: TimeField): Row[][] {
  const found = sides.map((s) => rows.filter((r) => matches(r, s.where, tf)));
  if (!latest) return found;
  const key = latestCommon(found, tf);
  return key === null ? sides.map(() => []) : found.map((f) => f.filter((r) => periodKey(r, tf) === key));
}

function definitionGap(left: Row[], right: Row[]): string | null {
  const differing = COMPARABLE_BY.filter((f) => left[0][f] !== undefined && right[0][f] !== undefined && left[0][f] !== right[0][f]);
  return differing.length > 0 ? `the two sides are measured differently (${differing.map((f) => `${f}: "${left[0][f]}" vs "${right[0][f]}"`).join('; ')}), so they cannot be compared` : null;
}

function valueCheck(c: ValueCheck, rows: Row[], tf: TimeField, dataset: string, words: Words): Outcome {
  const found = rows.filter((r) => matches(r, c.where, tf));
  const expected = formatValue(c.expected, found[0]?.unit);
  if (found.length !== 1) return unverifiable(found.length === 0 ? `no row matches ${words(c.where)}` : `${found.length} rows match ${words(c.where)}; the rule must pick one`, [], expected);
  const row = found[0];
  const evidence = [{ dataset, row }];
  const value = row[c.field];
  if (typeof value !== 'number') return unverifiable(`${c.field} is empty in the matching row`, evidence, expected);
  if (isAsCited(row)) return { ...unverifiable(AS_CITED, evidence, expected), observed: `${formatValue(value, row.unit)} (given only by the paper)` };
  const gap = Math.abs(value - c.expected);
  const status: CheckStatus = gap <= c.tolerance ? 'pass' : c.partlyTolerance !== undefined && gap <= c.partlyTolerance ? 'partial' : 'fail';
  const within = status === 'pass' ? `within ${c.tolerance}` : `off by ${formatValue(Number(gap.toFixed(4)))}`;
  const observed = formatValue(value, row.unit);
  return { status, observed, expected, reason: `observed ${observed}, ${within} of the paper's ${expected} (${c.toleranceWhy})`, rows: evidence, excluded: [] };
}

function compareCheck(c: CompareCheck, rows: Row[], tf: TimeField, dataset: string, words: Words): Outcome {
  const plain = c.op === 'greater' ? 'the first above the second' : `the first at least ${c.ratio} times the second`;
  const [leftRows, rightRows] = selectSides(rows, [c.left, c.right], c.latest, tf);
  if (c.latest && leftRows.length === 0) return unverifiable(`no period in which both ${words(c.left.where)} and ${words(c.right.where)} have data`, [], plain);
  const left = sideValue(leftRows, c.left, c.field, tf, words);
  const right = sideValue(rightRows, c.right, c.field, tf, words);
  if (typeof left === 'string') return unverifiable(left, [], plain);
  if (typeof right === 'string') return unverifiable(right, [], plain);
  const evidence = [...left.rows, ...right.rows].map((row) => ({ dataset, row }));
  const wanted = c.op === 'greater' ? `${left.label} above ${right.label}` : `${left.label} at least ${c.ratio} times ${right.label}`;
  const gap = definitionGap(left.rows, right.rows);
  if (gap) return unverifiable(gap, evidence, wanted);
  const [a, b] = [left.value, right.value];
  const observed = `${left.label} ${formatValue(a, left.unit)} vs ${right.label} ${formatValue(b, right.unit)}`;
  if ([...left.rows, ...right.rows].some(isAsCited)) return { ...unverifiable(AS_CITED, evidence, wanted), observed: `${observed} (resting on a figure given only by the paper)` };
  let status: CheckStatus;
  if (c.op === 'greater') status = a > b ? 'pass' : 'fail';
  else status = b > 0 && a / b >= (c.ratio ?? 1) ? 'pass' : a > b ? 'partial' : 'fail';
  let reason = `${observed}${b !== 0 ? `, a ratio of ${(a / b).toFixed(2)}` : ''}`;
  const noise = uncertaintyOf(c, left, right, a, b);
  if (noise) {
    reason += `; ${noise.text}`;
    if (noise.withinNoise) status = 'partial';
  }
  return capForMismatch({ status, observed, expected: wanted, reason, rows: evidence, excluded: [] }, c.mismatch);
}

function uncertaintyOf(c: CompareCheck, left: SideValue, right: SideValue, a: number, b: number): { text: string; withinNoise: boolean } | null {
  const u = c.uncertainty;
  if (!u) return null;
  if ('margin' in u) {
    const within = Math.abs(a - b) <= u.margin;
    return { text: `the difference of ${formatValue(Number(Math.abs(a - b).toFixed(2)))} is ${within ? 'within' : 'beyond'} the stated margin of ${u.margin} (${u.why})`, withinNoise: within };
  }
  const [n1, n2] = [left.rows[0].sample_size, right.rows[0].sample_size];
  if (left.rows.length !== 1 || right.rows.length !== 1 || typeof n1 !== 'number' || typeof n2 !== 'number') {
    return { text: 'the source gives no sample size in the data, so the difference cannot be tested against sampling noise', withinNoise: true };
  }
  const test = differenceTest(u.test, { share: a, n: n1 }, { share: b, n: n2 });
  return { text: test.description, withinNoise: !test.significant };
}

function thresholdCheck(c: ThresholdCheck, rows: Row[], tf: TimeField, dataset: string, words: Words): Outcome {
  const [found] = selectSides(rows, [c.side], c.latest, tf);
  const wanted = `${c.op === 'above' ? 'above' : 'at least'} ${c.threshold} (${c.thresholdWhy})`;
  const side = sideValue(found, c.side, c.field, tf, words);
  if (typeof side === 'string') return unverifiable(side, [], wanted);
  const evidence = side.rows.map((row) => ({ dataset, row }));
  const observed = `${side.label} ${formatValue(side.value, side.unit)}`;
  if (side.rows.some(isAsCited)) return { ...unverifiable(AS_CITED, evidence, wanted), observed };
  const ok = c.op === 'above' ? side.value > c.threshold : side.value >= c.threshold;
  return capForMismatch({ status: ok ? 'pass' : 'fail', observed, expected: wanted, reason: `${observed}, ${ok ? 'meets' : 'falls short of'} the threshold ${formatValue(c.threshold, side.unit)}`, rows: evidence, excluded: [] }, c.mismatch);
}

function inRange(row: Row, c: CountCheck, tf: TimeField): boolean {
  if (!c.from && !c.to) return true;
  if (tf === 'date' && typeof row.date === 'string') return (!c.from || row.date >= c.from) && (!c.to || row.date <= c.to);
  const year = rowYear(row, tf);
  if (year === null) return false;
  return (!c.from || year >= Number(c.from.slice(0, 4))) && (!c.to || year <= Number(c.to.slice(0, 4)));
}

const EFFECT_WORDS: Record<string, string> = { easing: 'an easing, not a restriction', policy: 'a plan or policy, not a binding restriction', procedural: 'a proposal, consultation or investigation, not an applied measure', restriction: 'a restriction' };

/** Why a matching row is not counted, or null when it counts. */
function exclusion(row: Row, c: CountCheck, asOf: string): string | null {
  if (isAsCited(row)) return 'as-cited: only the paper gives it';
  if (c.effect && !c.effect.includes(String(row.effect))) return EFFECT_WORDS[String(row.effect)] ?? `effect "${row.effect ?? 'not recorded'}" is not counted`;
  if (c.inForce) {
    const state = inForceOn(row, asOf);
    if (!state.inForce) return `not in force on ${asOf}: ${state.reason}`;
  }
  return null;
}

function countCheck(c: CountCheck, rows: Row[], tf: TimeField, dataset: string, asOf: string, words: Words): Outcome {
  const found = rows.filter((r) => matches(r, c.where, tf) && inRange(r, c, tf));
  const excluded: ExcludedRow[] = [];
  const counted: Row[] = [];
  for (const row of found) {
    const why = exclusion(row, c, asOf);
    if (why) excluded.push({ dataset, row, reason: why });
    else counted.push(row);
  }
  const what = c.noun ?? (c.distinct ? `distinct values of ${c.distinct}` : 'matching rows');
  const of = (n: number) => `${n} ${n === 1 ? what.replace(/s$/, '') : what}`;
  const tally = (rs: Row[]) => (c.distinct ? new Set(rs.map((r) => String(r[c.distinct!]))).size : rs.length);
  const meets = (n: number) => (c.op === 'equal' ? n === c.expected : n >= c.expected);
  const expected = `${c.op === 'equal' ? 'exactly' : 'at least'} ${of(c.expected)}${c.inForce ? ` in force on ${asOf}` : ''}${c.requirePrimary ? ', in primary sources' : ''}`;
  const evidence = counted.map((row) => ({ dataset, row }));
  if (found.length === 0) return unverifiable(`no row matches ${words(c.where)}${c.from || c.to ? ` between ${c.from ?? '…'} and ${c.to ?? '…'}` : ''}`, [], expected);
  if (found.every(isAsCited)) return unverifiable(AS_CITED, [], expected, excluded);
  const all = tally(counted);
  const primary = tally(counted.filter((r) => r.confidence === 'primary'));
  const n = c.requirePrimary ? primary : all;
  let status: CheckStatus = meets(n) ? 'pass' : c.op === 'atLeast' && n > 0 ? 'partial' : 'fail';
  let note = excluded.length > 0 ? `; ${excluded.length} matching row${excluded.length === 1 ? '' : 's'} not counted (listed with reasons)` : '';
  if (c.requirePrimary && status !== 'pass' && meets(all)) {
    status = 'partial';
    note += '; the count is met only with secondary sources';
  }
  const observed = c.requirePrimary && primary !== all ? `${of(all)}, ${primary} in primary sources` : of(n);
  return capForMismatch({ status, observed, expected, reason: `found ${observed}, expected ${expected}${note}`, rows: evidence, excluded }, c.mismatch);
}

function existsCheck(c: ExistsCheck, rows: Row[], tf: TimeField, dataset: string, words: Words): Outcome {
  const found = rows.filter((r) => matches(r, c.where, tf));
  const what = c.noun ?? 'record';
  const expected = `a ${what} in a primary source (the paper gives no figure to compare, so only existence is tested)`;
  if (found.length === 0) return unverifiable(`no row matches ${words(c.where)}`, [], expected);
  const usable = found.filter((r) => !isAsCited(r));
  if (usable.length === 0) return unverifiable(AS_CITED, [], expected);
  const primary = usable.filter((r) => r.confidence === 'primary');
  const evidence = (primary.length > 0 ? primary : usable).map((row) => ({ dataset, row }));
  const status: CheckStatus = primary.length > 0 ? 'pass' : 'partial';
  const reason = primary.length > 0 ? `the ${what} stands in a primary source` : `the ${what} is seen only in secondary sources, so existence is not confirmed in the publisher's own document`;
  return capForMismatch({ status, observed: primary.length > 0 ? 'confirmed in a primary source' : 'secondary sources only', expected, reason, rows: evidence, excluded: [] }, c.mismatch);
}

export function evaluateCheck(check: Check, source: EvidenceSource, asOf: string): CheckResult {
  const head = { label: check.label, kind: check.kind, dataset: check.dataset, statement: check.statement };
  const data = source.get(check.dataset);
  if (!data) return { ...head, ...unverifiable(`dataset "${check.dataset}" does not exist`) };
  if ('unavailable' in data) return { ...head, ...unverifiable(data.unavailable) };
  const { rows, timeField } = data;
  const words: Words = (where) => describeWhere(where, data.fields);
  switch (check.kind) {
    case 'value':
      return { ...head, ...valueCheck(check, rows, timeField, check.dataset, words) };
    case 'compare':
      return { ...head, ...compareCheck(check, rows, timeField, check.dataset, words) };
    case 'threshold':
      return { ...head, ...thresholdCheck(check, rows, timeField, check.dataset, words) };
    case 'count':
      return { ...head, ...countCheck(check, rows, timeField, check.dataset, asOf, words) };
    case 'exists':
      return { ...head, ...existsCheck(check, rows, timeField, check.dataset, words) };
  }
}

function confidenceCaveats(rows: EvidenceRow[]): string[] {
  const secondary = rows.filter((e) => e.row.confidence === 'secondary').length;
  const out: string[] = [];
  if (secondary > 0) out.push(`${secondary} of ${rows.length} figures were seen in secondary sources quoting the publisher, not in the publisher's own document.`);
  return out;
}

/** Computes a claim's verdict from the data available on the basis given. Pure. */
export function evaluateClaim(claim: Claim, source: EvidenceSource, basis: Basis): Evaluation {
  const checks = claim.checks.map((c) => evaluateCheck(c, source, basis.asOf));
  const seen = new Set<Row>();
  const rows = checks.flatMap((c) => c.rows).filter((e) => (seen.has(e.row) ? false : (seen.add(e.row), true)));
  const lead = checks[0];
  const decision = decideVerdict(checks.map((c) => c.status));
  return {
    verdict: decision.verdict,
    why: decision.why,
    basis,
    observed: lead?.observed ?? 'no usable data',
    expected: lead?.expected ?? '',
    rows,
    reasons: checks.map((c) => `${c.label}: ${c.status} (${c.reason})`),
    caveats: [...claim.caveats, ...confidenceCaveats(rows)],
    checks,
  };
}
