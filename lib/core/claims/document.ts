import type { Check, ClaimsDocument } from '../types';

const KINDS = ['value', 'compare', 'threshold', 'count', 'exists'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Structural check of data/claims.json: returns every problem as `data/claims.json claims[i].field: rule`. */
export function documentProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const at = (where: string, rule: string) => problems.push(`data/claims.json ${where}: ${rule}`);
  if (!isObject(doc)) return ['data/claims.json: expected an object with "paper" and "claims"'];
  const paper = doc.paper;
  if (!isObject(paper)) at('paper', 'expected an object');
  else {
    for (const key of ['title', 'author', 'publisher', 'date'] as const) if (!isString(paper[key])) at(`paper.${key}`, 'expected text');
    if (!DAY.test(String(paper.cutoff))) at('paper.cutoff', 'expected the last day a source may be dated to count for the paper, YYYY-MM-DD');
    if (!Array.isArray(paper.thesis) || paper.thesis.length === 0 || !paper.thesis.every(isString)) at('paper.thesis', 'expected lines of text');
  }
  if (!(Number.isInteger(doc.footnotes) && (doc.footnotes as number) >= 0)) at('footnotes', 'expected the number of footnotes in the paper');
  if (!Array.isArray(doc.untested) || !doc.untested.every((u) => isObject(u) && (u.footnote === null || Number.isInteger(u.footnote)) && isString(u.statement) && isString(u.reason))) {
    at('untested', 'expected an array of { footnote (number or null), statement, reason }');
  }
  if (!Array.isArray(doc.claims) || doc.claims.length === 0) {
    at('claims', 'expected a non-empty array');
    return problems;
  }
  const ids = new Set<string>();
  doc.claims.forEach((claim: unknown, i: number) => {
    const here = `claims[${i}]`;
    if (!isObject(claim)) return at(here, 'expected an object');
    if (!isString(claim.id) || !/^[a-z0-9-]+$/.test(claim.id)) at(`${here}.id`, 'expected lower-case letters, digits and hyphens');
    else if (ids.has(claim.id)) at(`${here}.id`, `duplicate id "${claim.id}"`);
    else ids.add(claim.id);
    for (const key of ['title', 'section', 'quote', 'dataset', 'partly'] as const) if (!isString(claim[key])) at(`${here}.${key}`, 'expected text');
    if (isString(claim.quote) && claim.quote.split(/\s+/).length > 60) at(`${here}.quote`, 'keep quotes short (at most 60 words)');
    if (claim.footnote !== null && !(Number.isInteger(claim.footnote) && (claim.footnote as number) > 0)) at(`${here}.footnote`, 'expected a footnote number or null');
    if (claim.footnote !== null && !isString(claim.footnoteSource)) at(`${here}.footnoteSource`, 'say what the footnote cites');
    if (!Array.isArray(claim.caveats) || !claim.caveats.every(isString)) at(`${here}.caveats`, 'expected an array of text');
    if (!Array.isArray(claim.checks) || claim.checks.length === 0) return at(`${here}.checks`, 'expected at least one check');
    claim.checks.forEach((check: unknown, j: number) => checkProblems(check, `${here}.checks[${j}]`, at));
  });
  return problems;
}

function sideProblems(side: unknown, here: string, at: (where: string, rule: string) => void) {
  if (!isObject(side) || !isObject(side.where)) at(here, 'expected { "where": { field: value }, "sum"?: true }');
}

function checkProblems(check: unknown, here: string, at: (where: string, rule: string) => void) {
  if (!isObject(check)) return at(here, 'expected an object');
  if (!KINDS.includes(check.kind as Check['kind'])) return at(`${here}.kind`, `expected one of ${KINDS.join(', ')}`);
  if (!isString(check.label)) at(`${here}.label`, 'expected text');
  if (!isString(check.dataset)) at(`${here}.dataset`, 'expected a dataset id');
  if (!isString(check.statement)) at(`${here}.statement`, "expected the paper's words this check tests");
  if (check.mismatch !== undefined && !isString(check.mismatch)) at(`${here}.mismatch`, "expected text saying how the measure differs from the paper's words");
  if (check.kind === 'compare') {
    sideProblems(check.left, `${here}.left`, at);
    sideProblems(check.right, `${here}.right`, at);
    if (!(isString(check.field) && (check.op === 'greater' || (check.op === 'ratioAtLeast' && isNumber(check.ratio))))) at(here, 'a compare check needs field and op "greater" or "ratioAtLeast" with a ratio');
    const u = check.uncertainty;
    if (u !== undefined && !(isObject(u) && ((u.test === 'same-sample' || u.test === 'independent-samples') || (isNumber(u.margin) && isString(u.why))))) {
      at(`${here}.uncertainty`, 'expected { "test": "same-sample" | "independent-samples" } or { "margin": number, "why": text }');
    }
  } else if (check.kind === 'threshold') {
    sideProblems(check.side, `${here}.side`, at);
    if (!(isString(check.field) && (check.op === 'above' || check.op === 'atLeast') && isNumber(check.threshold) && isString(check.thresholdWhy))) at(here, 'a threshold check needs field, op "above" or "atLeast", threshold and thresholdWhy');
  } else if (!isObject(check.where)) at(`${here}.where`, 'expected an object of field: value');
  if (check.kind === 'value' && !(isNumber(check.expected) && isNumber(check.tolerance) && isString(check.field) && isString(check.toleranceWhy))) at(here, 'a value check needs field, expected (from the paper), tolerance and toleranceWhy');
  if (check.kind === 'count' && !(isNumber(check.expected) && (check.op === 'equal' || check.op === 'atLeast'))) at(here, 'a count check needs op "equal" or "atLeast" and expected (from the paper)');
  if ((check.kind === 'count' || check.kind === 'exists') && check.noun !== undefined && !isString(check.noun)) at(`${here}.noun`, 'expected text, e.g. "hubs"');
}

export const asDocument = (doc: unknown) => doc as ClaimsDocument;
