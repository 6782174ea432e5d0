import type { Check, ClaimsDocument } from './types';

const KINDS = ['value', 'compare', 'count', 'date'] as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Structural check of data/claims.json: returns every problem as `data/claims.json claims[i].field: rule`. */
export function documentProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const at = (where: string, rule: string) => problems.push(`data/claims.json ${where}: ${rule}`);
  if (!isObject(doc)) return ['data/claims.json: expected an object with "paper" and "claims"'];
  const paper = doc.paper;
  if (!isObject(paper)) at('paper', 'expected an object');
  else {
    for (const key of ['title', 'author', 'publisher', 'date'] as const) if (!isString(paper[key])) at(`paper.${key}`, 'expected text');
    if (!Array.isArray(paper.thesis) || paper.thesis.length === 0 || !paper.thesis.every(isString)) at('paper.thesis', 'expected lines of text');
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

function checkProblems(check: unknown, here: string, at: (where: string, rule: string) => void) {
  if (!isObject(check)) return at(here, 'expected an object');
  if (!KINDS.includes(check.kind as Check['kind'])) return at(`${here}.kind`, `expected one of ${KINDS.join(', ')}`);
  if (!isString(check.label)) at(`${here}.label`, 'expected text');
  if (!isString(check.dataset)) at(`${here}.dataset`, 'expected a dataset id');
  const wheres = check.kind === 'compare' ? ['left', 'right'] : ['where'];
  for (const w of wheres) if (!isObject(check[w])) at(`${here}.${w}`, 'expected an object of field: value');
  const num = (k: string) => typeof check[k] === 'number' && Number.isFinite(check[k]);
  if (check.kind === 'value' && !(num('expected') && num('tolerance') && isString(check.field))) at(here, 'a value check needs field, expected and tolerance');
  if (check.kind === 'compare' && !(isString(check.field) && (check.op === 'greater' || (check.op === 'ratioAtLeast' && num('ratio'))))) {
    at(here, 'a compare check needs field and op "greater" or "ratioAtLeast" with a ratio');
  }
  if (check.kind === 'count' && !(num('expected') && (check.op === 'equal' || check.op === 'atLeast'))) at(here, 'a count check needs op "equal" or "atLeast" and expected');
  if (check.kind === 'count' && check.noun !== undefined && !isString(check.noun)) at(`${here}.noun`, 'expected text, e.g. "hubs"');
  if (check.kind === 'date' && !(isString(check.field) && /^\d{4}-\d{2}-\d{2}$/.test(String(check.expected)))) at(here, 'a date check needs field and expected YYYY-MM-DD');
}

export const asDocument = (doc: unknown) => doc as ClaimsDocument;
