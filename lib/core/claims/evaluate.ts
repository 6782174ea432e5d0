import { rowYear } from '../dataset-meta';
import { formatValue } from '../format';
import { inForceOn } from '../in-force';
import { statusOn, type PublishedById } from '../status-on';
import { labelFor } from '../labels';
import { convert, comparableUnits } from '../units';
import { differenceTest } from './noise';
import { sourcingOf } from './sourcing';
import { decideVerdict, judgePillar } from './verdict';
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
/** Fields that must agree for two rows to be compared: same measure, basis and tier (units are converted, see lib/core/units.ts). */
const COMPARABLE_BY = ['measure', 'series', 'basis', 'tier'] as const;

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
  const first = found[0];
  const converted = values.map((v, i) => convert(v, found[i].unit, first.unit));
  if (converted.some((v) => v === null)) return `the rows to add up are in units that cannot be converted (${[...new Set(found.map((r) => r.unit))].join(', ')}): a data error`;
  const when = first.period ?? rowYear(first, tf);
  const who = typeof first.country === 'string' ? first.country : words(side.where);
  const label = side.sum && found.length > 1 ? `${who} (${when}, sum of ${found.length} rows)` : `${who}${when ? ` (${when})` : ''}`;
  return { value: (converted as number[]).reduce((a, b) => a + b, 0), rows: found, label, unit: first.unit };
}

/** Rows of each side, restricted to the latest period all sides have when `latest` is set. */
function selectSides(rows: Row[], sides: Side[], latest: boolean | undefined, tf: TimeField): Row[][] {
  const found = sides.map((s) => rows.filter((r) => matches(r, s.where, tf)));
  if (!latest) return found;
  const key = latestCommon(found, tf);
  return key === null ? sides.map(() => []) : found.map((f) => f.filter((r) => periodKey(r, tf) === key));
}

function definitionGap(left: Row[], right: Row[], accepted: string[] = []): string | null {
  const differing = COMPARABLE_BY.filter((f) => !accepted.includes(f) && left[0][f] !== undefined && right[0][f] !== undefined && left[0][f] !== right[0][f]);
  if (differing.length > 0) return `the two sides are measured differently (${differing.map((f) => `${f}: "${left[0][f]}" vs "${right[0][f]}"`).join('; ')}), so they cannot be compared`;
  if (!comparableUnits(left[0].unit, right[0].unit)) return `the two sides are in units that cannot be converted ("${left[0].unit}" vs "${right[0].unit}"): a data error that npm run validate-data reports`;
  return null;
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
  return capForMismatch({ status, observed, expected, reason: `observed ${observed}, ${within} of the paper's ${expected} (${c.toleranceWhy})`, rows: evidence, excluded: [] }, c.mismatch);
}

function compareCheck(c: CompareCheck, rows: Row[], tf: TimeField, dataset: string, words: Words, allRows: Row[] = rows): Outcome {
  const plain = c.op === 'greater' ? 'the first above the second' : `the first at least ${c.ratio} times the second`;
  const [leftRows, rightRows] = selectSides(rows, [c.left, c.right], c.latest, tf);
  if (c.latest && leftRows.length === 0) return unverifiable(`no period in which both ${words(c.left.where)} and ${words(c.right.where)} have data`, [], plain);
  const left = sideValue(leftRows, c.left, c.field, tf, words);
  const right = sideValue(rightRows, c.right, c.field, tf, words);
  if (typeof left === 'string') return unverifiable(left, [], plain);
  if (typeof right === 'string') return unverifiable(right, [], plain);
  const evidence = [...left.rows, ...right.rows].map((row) => ({ dataset, row }));
  const wanted = c.op === 'greater' ? `${left.label} above ${right.label}` : `${left.label} at least ${c.ratio} times ${right.label}`;
  const gap = definitionGap(left.rows, right.rows, c.acceptDiffering);
  if (gap) return unverifiable(gap, evidence, wanted);
  const a = left.value;
  const b = convert(right.value, right.unit, left.unit) as number;
  const converted = left.unit !== right.unit ? ` (converted from ${right.value} ${String(right.unit)})` : '';
  const observed = `${left.label} ${formatValue(a, left.unit)} vs ${right.label} ${formatValue(b, left.unit)}${converted}`;
  if ([...left.rows, ...right.rows].some(isAsCited)) return { ...unverifiable(AS_CITED, evidence, wanted), observed: `${observed} (resting on a figure given only by the paper)` };
  let status: CheckStatus;
  if (c.op === 'greater') status = a > b ? 'pass' : 'fail';
  else status = b > 0 && a / b >= (c.ratio ?? 1) ? 'pass' : a > b ? 'partial' : 'fail';
  let reason = `${observed}${b !== 0 ? `, a ratio of ${(a / b).toFixed(2)}` : ''}`;
  const noise = uncertaintyOf(c, left, right, a, b, allRows, tf);
  if (noise) {
    reason += `; ${noise.text}`;
    if (noise.withinNoise) status = 'partial';
  }
  if (c.mismatch && status === 'fail') reason += `; the measure differs from the paper's words: ${c.mismatch}`;
  return capForMismatch({ status, observed, expected: wanted, reason, rows: evidence, excluded: [] }, c.mismatch);
}

/**
 * The sample two shares are drawn from: the rows' own sample size, or, for a subsample (e.g. the
 * researchers working in the US), that size times the subsample's share, with how it was found.
 */
function sampleOf(c: CompareCheck, row: Row, allRows: Row[], tf: TimeField): { n: number; how: string } | null {
  const u = c.uncertainty;
  if (typeof row.sample_size !== 'number') return null;
  if (!u || !('test' in u) || !u.subsampleOf) return { n: row.sample_size, how: '' };
  const found = allRows.filter((r) => matches(r, u.subsampleOf!, tf));
  const share = found.length === 1 ? found[0].value : null;
  if (typeof share !== 'number' || typeof found[0].sample_size !== 'number' || found[0].sample_size !== row.sample_size) return null;
  const n = (row.sample_size * share) / 100;
  return { n, how: ` (the subsample: ${formatValue(share, 'percent')} of ${row.sample_size}, about ${Math.round(n)})` };
}

function uncertaintyOf(c: CompareCheck, left: SideValue, right: SideValue, a: number, b: number, allRows: Row[], tf: TimeField): { text: string; withinNoise: boolean } | null {
  const u = c.uncertainty;
  if (!u) return null;
  if ('margin' in u) {
    const within = Math.abs(a - b) <= u.margin;
    return { text: `the difference of ${formatValue(Number(Math.abs(a - b).toFixed(2)))} is ${within ? 'within' : 'beyond'} the stated margin of ${u.margin} (${u.why})`, withinNoise: within };
  }
  const [s1, s2] = [sampleOf(c, left.rows[0], allRows, tf), sampleOf(c, right.rows[0], allRows, tf)];
  if (left.rows.length !== 1 || right.rows.length !== 1 || !s1 || !s2) {
    return { text: 'the source gives no sample size in the data, so the difference cannot be tested against sampling noise', withinNoise: true };
  }
  const test = differenceTest(u.test, { share: a, n: s1.n }, { share: b, n: s2.n });
  return { text: `${test.description}${s1.how}`, withinNoise: !test.significant };
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
function exclusion(row: Row, c: CountCheck, asOf: string, tf: TimeField): string | null {
  if (isAsCited(row)) return 'as-cited: only the paper gives it';
  const out = c.exclude?.find((x) => matches(row, x.where, tf));
  if (out) return out.why;
  if (c.effect && !c.effect.includes(String(row.effect))) return EFFECT_WORDS[String(row.effect)] ?? `effect "${row.effect ?? 'not recorded'}" is not counted`;
  if (c.inForce) {
    const state = inForceOn(row, asOf);
    if (!state.inForce) return `not in force on ${asOf}: ${state.reason}`;
  }
  return null;
}

/** Counted measures that no source confirms on `asOf` (a scheduled change passed unseen), named for the verdict to say so. */
function unconfirmedNote(counted: Row[], asOf: string, published: PublishedById | undefined): string {
  if (!published) return '';
  const open = counted.map((row) => ({ row, s: statusOn(row, asOf, published) })).filter(({ s }) => !s.confirmed);
  if (open.length === 0) return '';
  const named = open.map(({ row, s }) => `${row.id ?? row.title}: ${s.text}`).join('; ');
  return `; ${open.length} of the counted measures ${open.length === 1 ? 'is' : 'are'} unconfirmed on ${asOf}, counted on their last confirmed or scheduled status (${named})`;
}

function countCheck(c: CountCheck, rows: Row[], tf: TimeField, dataset: string, asOf: string, words: Words, published?: PublishedById): Outcome {
  const found = rows.filter((r) => matches(r, c.where, tf) && inRange(r, c, tf));
  const excluded: ExcludedRow[] = [];
  const counted: Row[] = [];
  for (const row of found) {
    const why = exclusion(row, c, asOf, tf);
    if (why) excluded.push({ dataset, row, reason: why });
    else counted.push(row);
  }
  const what = c.noun ?? (c.distinct ? `distinct values of ${c.distinct}` : 'matching rows');
  const of = (n: number) => `${n} ${n === 1 ? what.replace(/s$/, '') : what}`;
  const tally = (rs: Row[]) => (c.distinct ? new Set(rs.map((r) => String(r[c.distinct!]))).size : rs.length);
  const meets = (n: number) => (c.op === 'equal' ? n === c.expected : n >= c.expected);
  const expected = `${c.op === 'equal' ? 'exactly' : 'at least'} ${of(c.expected)}${c.inForce ? ` in force on ${asOf}` : ''}`;
  const evidence = counted.map((row) => ({ dataset, row }));
  if (found.length === 0) return unverifiable(`no row matches ${words(c.where)}${c.from || c.to ? ` between ${c.from ?? '…'} and ${c.to ?? '…'}` : ''}`, [], expected);
  if (found.every(isAsCited)) return unverifiable(AS_CITED, [], expected, excluded);
  const n = tally(counted);
  const status: CheckStatus = meets(n) ? 'pass' : c.op === 'atLeast' && n > 0 ? 'partial' : 'fail';
  const note = excluded.length > 0 ? `; ${excluded.length} matching row${excluded.length === 1 ? '' : 's'} not counted (listed with reasons)` : '';
  const observed = of(n);
  const unconfirmed = c.inForce ? unconfirmedNote(counted, asOf, published) : '';
  return capForMismatch({ status, observed, expected, reason: `found ${observed}, expected ${expected}${note}${unconfirmed}`, rows: evidence, excluded }, c.mismatch);
}

function existsCheck(c: ExistsCheck, rows: Row[], tf: TimeField, dataset: string, words: Words): Outcome {
  const found = rows.filter((r) => matches(r, c.where, tf));
  const what = c.noun ?? 'record';
  const expected = `a ${what} in a source (the paper gives no figure to compare, so only existence is tested); fails if ${c.fails}`;
  const usable = found.filter((r) => !isAsCited(r));
  if (found.length > 0 && usable.length === 0) return unverifiable(AS_CITED, [], expected);
  if (usable.length === 0) return { status: 'fail', observed: `no ${what} found`, expected, reason: `no source in the data shows ${words(c.where)}: ${c.fails}`, rows: [], excluded: [] };
  const evidence = usable.map((row) => ({ dataset, row }));
  return capForMismatch({ status: 'pass', observed: `${usable.length} matching row${usable.length === 1 ? '' : 's'}`, expected, reason: `the ${what} stands in the data (${usable.length} row${usable.length === 1 ? '' : 's'})`, rows: evidence, excluded: [] }, c.mismatch);
}

/** A claim's staleness horizon on the day judged: rows whose period ends before `start` (YYYY-MM) are stale. */
export interface Horizon {
  years: number;
  start: string;
}

export function horizonOn(years: number | undefined, asOf: string): Horizon | null {
  if (years === undefined) return null;
  return { years, start: `${Number(asOf.slice(0, 4)) - years}-${asOf.slice(5, 7) || '12'}` };
}

/** When the evidence a row gives stands, as YYYY-MM: its date (timelines), else its period or year. */
export function evidenceKey(row: Row, tf: TimeField): string | null {
  if (tf === 'date' && typeof row.date === 'string' && row.date !== '') return row.date.slice(0, 7);
  return periodKey(row, tf);
}

/** The wheres a check selects rows with. */
export function wheresOf(check: Check): Where[] {
  return check.kind === 'compare' ? [check.left.where, check.right.where] : check.kind === 'threshold' ? [check.side.where] : [check.where];
}

function runCheck(check: Check, rows: Row[], timeField: TimeField, asOf: string, words: Words, allRows: Row[], published?: PublishedById): Outcome {
  switch (check.kind) {
    case 'value':
      return valueCheck(check, rows, timeField, check.dataset, words);
    case 'compare':
      return compareCheck(check, rows, timeField, check.dataset, words, allRows);
    case 'threshold':
      return thresholdCheck(check, rows, timeField, check.dataset, words);
    case 'count':
      return countCheck(check, rows, timeField, check.dataset, asOf, words, published);
    case 'exists':
      return existsCheck(check, rows, timeField, check.dataset, words);
  }
}

/** `published` (source id -> publication date) lets count checks say which counted measures no source confirms on `asOf`. */
export function evaluateCheck(check: Check, source: EvidenceSource, asOf: string, horizon: Horizon | null = null, published?: PublishedById): CheckResult {
  const head = { label: check.label, kind: check.kind, dataset: check.dataset, statement: check.statement, pillar: check.pillar ?? check.label };
  const data = source.get(check.dataset);
  const none = (reason: string): CheckResult => ({ ...head, ...unverifiable(reason), evidenceDate: null, sourcing: sourcingOf([]) });
  if (!data) return none(`dataset "${check.dataset}" does not exist`);
  if ('unavailable' in data) return none(data.unavailable);
  const { rows, timeField } = data;
  const words: Words = (where) => describeWhere(where, data.fields);
  let outcome = runCheck(check, rows, timeField, asOf, words, rows, published);
  const latestOf = (rs: EvidenceRow[]) => rs.map((e) => evidenceKey(e.row, timeField)).filter((k): k is string => k !== null).sort().at(-1) ?? null;
  const newest = latestOf(outcome.rows);
  if (horizon && newest !== null && newest < horizon.start && outcome.status !== 'not verifiable') {
    const why = `older than the claim's horizon (figures from ${horizon.start} on, ${horizon.years} years before ${asOf})`;
    // The stale rows stay in `rows` (shown and charted as what the check looked at); the status says they cannot carry the claim.
    outcome = {
      ...unverifiable(`the latest figure this check can use is of ${newest}, ${why}; a claim about the present cannot rest on it`, outcome.rows, outcome.expected, outcome.excluded),
      observed: `${outcome.observed} (stale)`,
    };
  }
  return { ...head, ...outcome, evidenceDate: latestOf(outcome.rows), sourcing: sourcingOf(outcome.rows) };
}

/** Computes a claim's verdict from the data available on the basis given: each pillar on its latest evidence that is not stale. Pure. */
export function evaluateClaim(claim: Claim, source: EvidenceSource, basis: Basis, published?: PublishedById): Evaluation {
  const horizon = horizonOn(claim.horizonYears, basis.asOf);
  // Without declared pillars each check is its own pillar, named by its label.
  const checks = claim.checks.map((c) => ({ ...evaluateCheck(c, source, basis.asOf, horizon, published), ...(claim.pillars ? {} : { pillar: c.label }) }));
  const declared = claim.pillars ?? claim.checks.map((c) => ({ id: c.label, statement: c.statement }));
  const pillars = declared.map((p) => judgePillar(p, checks.filter((c) => c.pillar === p.id)));
  const deciding = new Set(pillars.flatMap((p) => p.decidedBy));
  const seen = new Set<Row>();
  const rows = checks.flatMap((c) => c.rows).filter((e) => (seen.has(e.row) ? false : (seen.add(e.row), true)));
  const restsOn = checks.filter((c) => deciding.has(c.label)).flatMap((c) => c.rows);
  const lead = checks[0];
  const decision = decideVerdict(pillars.map((p) => p.status));
  return {
    verdict: decision.verdict,
    why: decision.why,
    basis,
    observed: lead?.observed ?? 'no usable data',
    expected: lead?.expected ?? '',
    rows,
    reasons: checks.map((c) => `${c.label}: ${c.status} (${c.reason})`),
    caveats: [...claim.caveats, ...(horizon ? [`Horizon: figures older than ${claim.horizonYears} years before ${basis.asOf} are stale${claim.horizonWhy ? ` (${claim.horizonWhy})` : ''}.`] : [])],
    checks,
    pillars,
    sourcing: sourcingOf(restsOn),
  };
}
