import 'server-only';
import { getClaimsJson, listDatasets } from '../data';
import { formatProblem } from '../csv/validate';
import { evaluateClaim, matches, type EvidenceSource } from './evaluate';
import { asDocument, documentProblems } from './document';
import type { ClaimsDocument, EvaluatedClaim, Paper } from './types';
import type { DatasetMeta } from '../types';

async function evidenceSource(): Promise<{ source: EvidenceSource; metas: Map<string, DatasetMeta> }> {
  const source: EvidenceSource = new Map();
  const metas = new Map<string, DatasetMeta>();
  for (const d of await listDatasets()) {
    if (d.ok) {
      source.set(d.value.meta.id, { rows: d.value.rows, timeField: d.value.meta.timeField });
      metas.set(d.value.meta.id, d.value.meta);
    } else {
      const first = d.error.problems[0];
      source.set(d.error.id, { unavailable: `dataset "${d.error.id}" failed validation (${first ? formatProblem(first) : 'unknown problem'})` });
    }
  }
  return { source, metas };
}

export type ClaimsResult = { ok: true; paper: Paper; claims: EvaluatedClaim[] } | { ok: false; problems: string[] };

async function loadDocument(): Promise<{ ok: true; doc: ClaimsDocument } | { ok: false; problems: string[] }> {
  const json = await getClaimsJson();
  if (!json.ok) return { ok: false, problems: [json.error] };
  const problems = documentProblems(json.value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, doc: asDocument(json.value) };
}

/** Every claim with its verdict, computed now from data/. */
export async function getEvaluatedClaims(): Promise<ClaimsResult> {
  const loaded = await loadDocument();
  if (!loaded.ok) return loaded;
  const { source } = await evidenceSource();
  const claims = loaded.doc.claims.map((claim) => ({ ...claim, evaluation: evaluateClaim(claim, source) }));
  return { ok: true, paper: loaded.doc.paper, claims };
}

/** For validate-data: the document's structure, and that every rule points at real datasets, fields and rows. */
export async function claimsProblems(): Promise<string[]> {
  const loaded = await loadDocument();
  if (!loaded.ok) return loaded.problems;
  const { source, metas } = await evidenceSource();
  const problems: string[] = [];
  loaded.doc.claims.forEach((claim, i) => {
    if (!metas.has(claim.dataset)) problems.push(`data/claims.json claims[${i}].dataset: no dataset "${claim.dataset}"`);
    claim.checks.forEach((check, j) => {
      const here = `data/claims.json claims[${i}].checks[${j}]`;
      const meta = metas.get(check.dataset);
      const data = source.get(check.dataset);
      if (!meta || !data || 'unavailable' in data) return problems.push(`${here}.dataset: no valid dataset "${check.dataset}"`);
      const names = new Set([...meta.fields.map((f) => f.name), 'year']);
      const wheres = check.kind === 'compare' ? [check.left, check.right] : [check.where];
      const fields = [...wheres.flatMap((w) => Object.keys(w)), ...('field' in check ? [check.field] : []), ...(check.kind === 'count' && check.distinct ? [check.distinct] : [])];
      for (const f of fields) if (!names.has(f)) problems.push(`${here}: field "${f}" is not in ${check.dataset}`);
      if (check.kind !== 'count') {
        for (const w of wheres) {
          const n = data.rows.filter((r) => matches(r, w, data.timeField)).length;
          if (n !== 1) problems.push(`${here}: where ${JSON.stringify(w)} selects ${n} rows; it must select exactly one`);
        }
      }
    });
  });
  return problems;
}
