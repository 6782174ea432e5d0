import type { Row } from '../types';

export type WhereValue = string | number | Array<string | number>;
export type Where = Record<string, WhereValue>;

interface CheckBase {
  label: string;
  dataset: string;
}
export interface ValueCheck extends CheckBase {
  kind: 'value';
  where: Where;
  field: string;
  expected: number;
  tolerance: number;
  partlyTolerance?: number;
}
export interface CompareCheck extends CheckBase {
  kind: 'compare';
  left: Where;
  right: Where;
  field: string;
  op: 'greater' | 'ratioAtLeast';
  ratio?: number;
}
export interface CountCheck extends CheckBase {
  kind: 'count';
  /** What is counted, in words ("hubs", "measures"); defaults to "matching rows". */
  noun?: string;
  where: Where;
  distinct?: string;
  from?: string;
  to?: string;
  op: 'equal' | 'atLeast';
  expected: number;
}
export interface DateCheck extends CheckBase {
  kind: 'date';
  where: Where;
  field: string;
  expected: string;
}
export type Check = ValueCheck | CompareCheck | CountCheck | DateCheck;

export interface Claim {
  id: string;
  title: string;
  section: string;
  quote: string;
  footnote: number | null;
  footnoteSource: string | null;
  dataset: string;
  checks: Check[];
  partly: string;
  caveats: string[];
}

export interface Paper {
  title: string;
  author: string;
  publisher: string;
  issue?: string;
  date: string;
  thesis: string[];
}

export interface ClaimsDocument {
  paper: Paper;
  claims: Claim[];
}

export const VERDICTS = ['supported', 'partly supported', 'contradicted', 'not verifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type CheckStatus = 'pass' | 'partial' | 'fail' | 'not verifiable';

export interface EvidenceRow {
  dataset: string;
  row: Row;
}

export interface CheckResult {
  label: string;
  kind: Check['kind'];
  dataset: string;
  status: CheckStatus;
  observed: string;
  expected: string;
  reason: string;
  rows: EvidenceRow[];
}

export interface Evaluation {
  verdict: Verdict;
  observed: string;
  expected: string;
  rows: EvidenceRow[];
  reasons: string[];
  caveats: string[];
  checks: CheckResult[];
}

export type EvaluatedClaim = Claim & { evaluation: Evaluation };
