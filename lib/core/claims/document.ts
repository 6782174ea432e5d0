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
    pillarProblems(claim, here, at);
    if (claim.horizonYears !== undefined && !(isNumber(claim.horizonYears) && claim.horizonYears > 0 && isString(claim.horizonWhy))) at(`${here}.horizonYears`, 'expected a number of years above 0, with horizonWhy saying why');
  });
  return problems;
}

/** Pillars: unique ids with the paper's words; every check names one, and every pillar has a check. */
function pillarProblems(claim: Record<string, unknown>, here: string, at: (where: string, rule: string) => void) {
  const checks = (claim.checks as unknown[]).filter(isObject);
  const labels = checks.map((c) => c.label);
  if (new Set(labels).size !== labels.length) at(`${here}.checks`, 'check labels must differ within a claim (a pillar is decided by named checks)');
  if (claim.pillars === undefined) {
    checks.forEach((c, j) => c.pillar !== undefined && at(`${here}.checks[${j}].pillar`, 'names a pillar but the claim declares no "pillars"'));
    return;
  }
  if (!Array.isArray(claim.pillars) || claim.pillars.length === 0 || !claim.pillars.every((p) => isObject(p) && isString(p.id) && isString(p.statement))) {
    return at(`${here}.pillars`, "expected an array of { id, statement (the paper's words) }");
  }
  const ids = claim.pillars.map((p) => (p as { id: string }).id);
  if (new Set(ids).size !== ids.length) at(`${here}.pillars`, 'pillar ids must differ');
  checks.forEach((c, j) => {
    if (!ids.includes(c.pillar as string)) at(`${here}.checks[${j}].pillar`, `expected one of the claim's pillars (${ids.join(', ')})`);
  });
  for (const id of ids) if (!checks.some((c) => c.pillar === id)) at(`${here}.pillars`, `pillar "${id}" has no check`);
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
  if (check.requirePrimary !== undefined) at(`${here}.requirePrimary`, 'no longer used: sourcing strength is shown beside the verdict, not folded into it');
  if (check.kind === 'compare') {
    sideProblems(check.left, `${here}.left`, at);
    sideProblems(check.right, `${here}.right`, at);
    if (!(isString(check.field) && (check.op === 'greater' || (check.op === 'ratioAtLeast' && isNumber(check.ratio))))) at(here, 'a compare check needs field and op "greater" or "ratioAtLeast" with a ratio');
    if (check.acceptDiffering !== undefined && !(Array.isArray(check.acceptDiffering) && check.acceptDiffering.every(isString) && isString(check.mismatch))) {
      at(`${here}.acceptDiffering`, 'expected field names, with "mismatch" saying how the two sides differ');
    }
    const u = check.uncertainty;
    if (u !== undefined && !(isObject(u) && ((u.test === 'same-sample' || u.test === 'independent-samples') && (u.subsampleOf === undefined || isObject(u.subsampleOf)) || (isNumber(u.margin) && isString(u.why))))) {
      at(`${here}.uncertainty`, 'expected { "test": "same-sample" | "independent-samples" } or { "margin": number, "why": text }');
    }
  } else if (check.kind === 'threshold') {
    sideProblems(check.side, `${here}.side`, at);
    if (!(isString(check.field) && (check.op === 'above' || check.op === 'atLeast') && isNumber(check.threshold) && isString(check.thresholdWhy))) at(here, 'a threshold check needs field, op "above" or "atLeast", threshold and thresholdWhy');
  } else if (!isObject(check.where)) at(`${here}.where`, 'expected an object of field: value');
  if (check.kind === 'value' && !(isNumber(check.expected) && isNumber(check.tolerance) && isString(check.field) && isString(check.toleranceWhy))) at(here, 'a value check needs field, expected (from the paper), tolerance and toleranceWhy');
  if (check.kind === 'count' && !(isNumber(check.expected) && (check.op === 'equal' || check.op === 'atLeast'))) at(here, 'a count check needs op "equal" or "atLeast" and expected (from the paper)');
  if ((check.kind === 'count' || check.kind === 'exists') && check.noun !== undefined && !isString(check.noun)) at(`${here}.noun`, 'expected text, e.g. "hubs"');
  if (check.kind === 'exists' && !isString(check.fails)) at(`${here}.fails`, 'an existence check must say what would make it fail');
  if (check.kind === 'count' && check.exclude !== undefined && !(Array.isArray(check.exclude) && check.exclude.every((x) => isObject(x) && isObject(x.where) && isString(x.why)))) {
    at(`${here}.exclude`, 'expected an array of { where, why }');
  }
}

export const asDocument = (doc: unknown) => doc as ClaimsDocument;
