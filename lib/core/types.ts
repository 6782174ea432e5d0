/** Types shared by the data layer, the API and the pages. Derived from the Table Schema subset we enforce. */
import type { ChangeEntry } from './changelog';
import type { NoiseTest } from './claims/noise';
import type { Grain } from './period';

export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'year' | 'boolean';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: Array<string | number>;
  minimum?: number | string;
  maximum?: number | string;
  pattern?: string;
}

export interface FieldDescriptor {
  name: string;
  type: FieldType;
  title?: string;
  description?: string;
  unit?: string;
  constraints?: FieldConstraints;
  /** Table Schema v2 categories: the allowed values with their human labels. */
  categories?: Array<string | { value: string; label?: string }>;
}

export interface ForeignKey {
  fields: string[] | string;
  reference: { resource: string; fields: string[] | string };
}

export interface TableSchema {
  fields: FieldDescriptor[];
  primaryKey?: string[] | string;
  missingValues?: string[];
  foreignKeys?: ForeignKey[];
}

export interface SourceRef {
  title: string;
  path?: string;
}

export interface ResourceDescriptor {
  name: string;
  path: string;
  title?: string;
  description?: string;
  schema: TableSchema;
  sources?: SourceRef[];
  licenses?: Array<{ name?: string; path?: string; title?: string }>;
  /** The declared view (checked by lib/core/view-declaration.ts); unknown until checked. */
  view?: unknown;
}

/**
 * How a dataset is drawn, declared once per resource in datapackage.json (`view`): every chart,
 * table caption, evidence chart, comparison, preview and download name derives from it.
 */
export interface ViewDeclaration {
  /** `values`: the value field plotted per entity and period; `counts`: rows counted per entity value. */
  kind: 'values' | 'counts';
  /** The field drawn as a series (country, provider, category, ...). */
  entity: string;
  /** A coarser field the entities belong to (a provider's home country): a filter and a colour group. */
  group?: string;
  /** The field whose value picks what the chart shows (measure, series), and the value shown first. */
  selector?: string;
  default?: string;
  /** The numeric field plotted (kind `values`). */
  value?: string;
  /** The field holding each row's period, and the finest grain it is written in. */
  period?: string;
  grain?: Grain;
  /** The unit: a fixed one, or the field that gives it per row. */
  unit?: string | { field: string };
  /** Fields whose values make a definition of their own (tier, unit): never on one axis, each in its own panel. */
  definition?: string[];
  /** A free-text field read for definition tags (`FP16 basis`, `FLOW`/`CUMULATIVE`). */
  tags?: string;
  /** For counts: the field naming each counted row (listed under its entity value). */
  item?: string;
}

/** How well a dataset is sourced: its rows by confidence, and the sources they cite by kind. */
export interface Provenance {
  rows: { primary: number; secondary: number; 'as-cited': number };
  sourcesByKind: Record<string, number>;
}

export interface PackageDescriptor {
  name?: string;
  title?: string;
  description?: string;
  version?: string;
  created?: string;
  licenses?: Array<{ name?: string; path?: string; title?: string }>;
  sources?: SourceRef[];
  resources: ResourceDescriptor[];
}

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** One validation problem, rendered as `file:line:column field=value: rule`. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  field: string;
  value: string;
  rule: string;
}

export interface Source {
  id: string;
  publisher: string;
  title: string;
  url: string;
  seen_at: string | null;
  published: string | null;
  accessed: string | null;
  kind: string | null;
  terms: string | null;
}

export interface DatasetMeta {
  id: string;
  title: string;
  description: string;
  path: string;
  fields: FieldDescriptor[];
  primaryKey: string[];
  /** The field that holds the time: `year` or `date`. Null when the dataset has none. */
  timeField: 'year' | 'date' | null;
  countries: string[];
  timeRange: { from: number; to: number } | null;
  /** Filterable fields other than country and time: string fields with an enum. */
  facets: Record<string, string[]>;
  rowCount: number;
  sources: Source[];
  license: string | null;
  /** Rows by confidence and cited sources by kind. */
  provenance: Provenance;
  /** The declared view (datapackage.json `view`). */
  view: ViewDeclaration;
  /** Entries of data/CHANGELOG.md that name this dataset, newest first. */
  changes: ChangeEntry[];
}

export interface Dataset {
  meta: DatasetMeta;
  rows: Row[];
}

export interface DatasetError {
  id: string;
  title: string;
  path: string;
  problems: Problem[];
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/* Claims: the rules in data/claims.json and what evaluating them gives. */
export type WhereValue = string | number | Array<string | number>;
export type Where = Record<string, WhereValue>;

interface CheckBase {
  label: string;
  dataset: string;
  /** The paper's words this check tests (a short quote or close paraphrase). */
  statement: string;
  /** Why our measure is not quite what the paper says; a check that passes on it is capped at partial. */
  mismatch?: string;
  /** The id of the claim's pillar (part of the paper's sentence) this check tests; without pillars each check is its own. */
  pillar?: string;
}

/** A figure the paper gives, compared with the data. `expected` comes from the paper. */
export interface ValueCheck extends CheckBase {
  kind: 'value';
  where: Where;
  field: string;
  expected: number;
  tolerance: number;
  partlyTolerance?: number;
  /** Why this tolerance: e.g. the paper rounds to whole percent. */
  toleranceWhy: string;
}

/** How the uncertainty of a comparison is judged: a stated test on the rows' sample sizes, or a margin with its reason. */
export type Uncertainty = { test: NoiseTest; subsampleOf?: Where } | { margin: number; why: string };

/** One side of a comparison: the rows `where` selects (summed when `sum`). */
export interface Side {
  where: Where;
  sum?: boolean;
}

/** Two countries (or a country and itself, never for a comparative claim) on one measure. */
export interface CompareCheck extends CheckBase {
  kind: 'compare';
  left: Side;
  right: Side;
  field: string;
  op: 'greater' | 'ratioAtLeast';
  ratio?: number;
  /** Compare in the latest period both sides have (in the data available to the evaluation). */
  latest?: boolean;
  uncertainty?: Uncertainty;
  /**
   * Fields (e.g. `basis`, `period`) on which the two sides may differ; each accepted difference must be
   * named in `mismatch`. Units are converted (lib/core/units.ts), never accepted as a difference.
   */
  acceptDiffering?: string[];
}

/** One value against a threshold the paper's words imply (e.g. "dominates": more than half the world). */
export interface ThresholdCheck extends CheckBase {
  kind: 'threshold';
  side: Side;
  field: string;
  op: 'above' | 'atLeast';
  threshold: number;
  thresholdWhy: string;
  latest?: boolean;
}

/** Counts rows; the expected number comes from the paper. */
export interface CountCheck extends CheckBase {
  kind: 'count';
  noun?: string;
  where: Where;
  distinct?: string;
  from?: string;
  to?: string;
  op: 'equal' | 'atLeast';
  expected: number;
  /** Count only measures in force on the date judged (export-control lifecycle). */
  inForce?: boolean;
  /** Count only rows whose `effect` is one of these (e.g. restriction). */
  effect?: string[];
  /** Rows `where` selects that are not what the paper's words count (e.g. an import tariff among export controls), each with the reason. */
  exclude?: Array<{ where: Where; why: string }>;
}

/** Something the paper says exists or happened; fails when no source in the data shows it. */
export interface ExistsCheck extends CheckBase {
  kind: 'exists';
  noun?: string;
  where: Where;
  /** What would make the check fail, in words (e.g. "no record of the bill's introduction"). */
  fails: string;
}

/** A part of the paper's sentence that a claim's checks test. */
export interface Pillar {
  id: string;
  /** The paper's words for this part. */
  statement: string;
}

export type Check = ValueCheck | CompareCheck | ThresholdCheck | CountCheck | ExistsCheck;

export interface Claim {
  id: string;
  title: string;
  section: string;
  quote: string;
  footnote: number | null;
  footnoteSource: string | null;
  dataset: string;
  checks: Check[];
  /** The parts of the paper's sentence; each check names one. Absent: each check is its own pillar. */
  pillars?: Pillar[];
  /**
   * A claim about the present cannot rest on a figure older than this many years before the day judged
   * (every check of the claim). Absent: no horizon (claims about a year the paper names).
   */
  horizonYears?: number;
  horizonWhy?: string;
  partly: string;
  caveats: string[];
  /** The /compare concept this claim's evidence belongs to, if any. */
  concept?: string;
}

export interface Paper {
  title: string;
  author: string;
  publisher: string;
  issue?: string;
  date: string;
  /** The last day a source may be dated to count as visible to the paper (YYYY-MM-DD). */
  cutoff: string;
  thesis: string[];
}

/** A footnote or statement that no claim tests, and why. */
export interface Untested {
  footnote: number | null;
  statement: string;
  reason: string;
}

export interface ClaimsDocument {
  paper: Paper;
  footnotes: number;
  claims: Claim[];
  untested: Untested[];
}

export const VERDICTS = ['supported', 'partly supported', 'contradicted', 'not verifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type CheckStatus = 'pass' | 'partial' | 'fail' | 'not verifiable';

export interface EvidenceRow {
  dataset: string;
  row: Row;
  /** When the figure or event first became public (YYYY, YYYY-MM or YYYY-MM-DD), when known; see lib/core/claims/as-of.ts. */
  factDate?: string | null;
}

export interface ExcludedRow extends EvidenceRow {
  reason: string;
}

export interface CheckResult {
  label: string;
  kind: Check['kind'];
  dataset: string;
  statement: string;
  status: CheckStatus;
  observed: string;
  expected: string;
  reason: string;
  rows: EvidenceRow[];
  /** Rows that matched but were not counted, each with the reason. */
  excluded: ExcludedRow[];
  /** The pillar this check tests (its own label when the claim declares none). */
  pillar?: string;
  /** The latest period (YYYY-MM) of the rows it rests on, or null. */
  evidenceDate?: string | null;
  /** How strong the sourcing of its rows is: beside the status, never part of it. */
  sourcing?: Sourcing;
}

/** The strength of the sourcing of the rows a result rests on, apart from what they show. */
export interface Sourcing {
  primary: number;
  secondary: number;
  asCited: number;
  /** Rows whose figure only one publication has been found for (`single_sourced` true). */
  singleSourced: number;
  /** 'primary' | 'secondary' | 'mixed' | 'none': the weakest class present, in one word. */
  strength: 'primary' | 'mixed' | 'secondary' | 'none';
  /** Words shown beside the verdict, e.g. "on secondary sources". */
  label: string;
}

/** One pillar judged: on its latest evidence that is not stale. */
export interface PillarResult {
  id: string;
  statement: string;
  status: CheckStatus;
  /** Labels of the checks that decided it (those with the latest evidence). */
  decidedBy: string[];
  why: string;
}

/** When and on what a claim was judged. */
export interface Basis {
  /** `paper`: only sources published by the paper's cutoff; `today`: every row. */
  kind: 'paper' | 'today';
  /** The date measures are judged in force on (YYYY-MM-DD). */
  asOf: string;
  description: string;
}

export interface Evaluation {
  verdict: Verdict;
  /** Which verdict rule decided, in words. */
  why: string;
  basis: Basis;
  observed: string;
  expected: string;
  rows: EvidenceRow[];
  reasons: string[];
  caveats: string[];
  checks: CheckResult[];
  /** Each pillar of the claim and how it was judged. */
  pillars: PillarResult[];
  /** The strength of the sourcing of the rows the verdict rests on, shown beside it. */
  sourcing: Sourcing;
}

export type EvaluatedClaim = Claim & { evaluation: Evaluation; asOfPaper: Evaluation };

export type CoverageEntry = { footnote: number; claims: string[] } | { footnote: number; reason: string } | { footnote: null; statement: string; claims: string[] } | { footnote: null; statement: string; reason: string };
