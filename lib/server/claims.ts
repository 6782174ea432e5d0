import 'server-only';
import { dataFingerprint, getClaimsJson, getSources, listDatasets } from './data';
import { formatProblem } from '../core/csv/validate';
import { dayOf } from '../core/in-force';
import { evaluateClaim, matches, wheresOf, type EvidenceSource } from '../core/claims/evaluate';
import { visibleOn, withFactDates } from '../core/claims/as-of';
import { unitProblems } from '../core/claims/unit-problems';
import { coverageOf } from '../core/claims/coverage';
import { asDocument, documentProblems } from '../core/claims/document';
import type { Basis, ClaimsDocument, CoverageEntry, EvaluatedClaim, Paper } from '../core/types';
import type { DatasetMeta } from '../core/types';

async function evidenceSource(): Promise<{ source: EvidenceSource; metas: Map<string, DatasetMeta> }> {
  const source: EvidenceSource = new Map();
  const metas = new Map<string, DatasetMeta>();
  for (const d of await listDatasets()) {
    if (d.ok) {
      source.set(d.value.meta.id, { rows: d.value.rows, timeField: d.value.meta.timeField, fields: d.value.meta.fields });
      metas.set(d.value.meta.id, d.value.meta);
    } else {
      const first = d.error.problems[0];
      source.set(d.error.id, { unavailable: `dataset "${d.error.id}" failed validation (${first ? formatProblem(first) : 'unknown problem'})` });
    }
  }
  return { source, metas };
}

export type ClaimsResult = { ok: true; paper: Paper; claims: EvaluatedClaim[]; coverage: CoverageEntry[] } | { ok: false; problems: string[] };

async function loadDocument(): Promise<{ ok: true; doc: ClaimsDocument } | { ok: false; problems: string[] }> {
  const json = await getClaimsJson();
  if (!json.ok) return { ok: false, problems: [json.error] };
  const problems = documentProblems(json.value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, doc: asDocument(json.value) };
}

/** The paper's details (title, cutoff date), or null when data/claims.json cannot be read. */
export async function getPaper(): Promise<Paper | null> {
  const loaded = await loadDocument();
  return loaded.ok ? loaded.doc.paper : null;
}

/** The two bases every claim is judged on: what the paper could see, and everything known today. */
export function basesFor(paper: Paper, now: Date): { paper: Basis; today: Basis } {
  const today = dayOf(now);
  return {
    paper: { kind: 'paper', asOf: paper.cutoff, description: `As of the paper: only figures and events first made public on or before ${paper.cutoff} (their fact dates, not the dates of the copies we read), measures judged in force on that day.` },
    today: { kind: 'today', asOf: today, description: `Today: every row in the data, measures judged in force on ${today}.` },
  };
}

let evaluated: { key: string; result: Promise<ClaimsResult> } | null = null;

/**
 * Every claim judged twice (as of the paper and today), computed from data/, with the coverage map.
 * Kept while data/ and the day stay the same: the verdicts depend on nothing else, and every claim page,
 * embed and /api/claims asks for them.
 */
export function getEvaluatedClaims(now = new Date()): Promise<ClaimsResult> {
  const key = `${dataFingerprint()}|${dayOf(now)}`;
  if (evaluated?.key !== key) {
    const result = evaluateAll(now);
    evaluated = { key, result };
    // A failure is not kept: the next request tries again.
    result.catch(() => {
      if (evaluated?.result === result) evaluated = null;
    });
  }
  return evaluated.result;
}

/** What the verdicts are computed from: the claims document, every dataset's rows, and each source's publication date. */
export async function claimsInputs(): Promise<{ ok: true; doc: ClaimsDocument; source: EvidenceSource; published: Map<string, string | null> } | { ok: false; problems: string[] }> {
  const loaded = await loadDocument();
  if (!loaded.ok) return loaded;
  const { source } = await evidenceSource();
  const published = new Map([...(await getSources())].map(([id, s]) => [id, s.published]));
  return { ok: true, doc: loaded.doc, source, published };
}

async function evaluateAll(now: Date): Promise<ClaimsResult> {
  const inputs = await claimsInputs();
  if (!inputs.ok) return inputs;
  const { doc, source, published } = inputs;
  const thenSource = visibleOn(source, published, doc.paper.cutoff);
  const bases = basesFor(doc.paper, now);
  const claims = doc.claims.map((claim) => ({
    ...claim,
    evaluation: withFactDates(evaluateClaim(claim, source, bases.today, published), published),
    asOfPaper: withFactDates(evaluateClaim(claim, thenSource, bases.paper, published), published),
  }));
  return { ok: true, paper: doc.paper, claims, coverage: coverageOf(doc.footnotes, doc.claims, doc.untested).coverage };
}

/** For validate-data: the document's structure, coverage, and that every rule points at real datasets, fields and rows. */
export async function claimsProblems(): Promise<string[]> {
  const loaded = await loadDocument();
  if (!loaded.ok) return loaded.problems;
  const { source, metas } = await evidenceSource();
  const problems: string[] = [...coverageOf(loaded.doc.footnotes, loaded.doc.claims, loaded.doc.untested).problems];
  loaded.doc.claims.forEach((claim, i) => {
    if (!metas.has(claim.dataset)) problems.push(`data/claims.json claims[${i}].dataset: no dataset "${claim.dataset}"`);
    claim.checks.forEach((check, j) => {
      const here = `data/claims.json claims[${i}].checks[${j}]`;
      const meta = metas.get(check.dataset);
      const data = source.get(check.dataset);
      if (!meta || !data || 'unavailable' in data) return problems.push(`${here}.dataset: no valid dataset "${check.dataset}"`);
      const names = new Set([...meta.fields.map((f) => f.name), 'year']);
      const wheres = wheresOf(check);
      const extra = [...(check.kind === 'count' ? (check.exclude ?? []).map((x) => x.where) : []), ...(check.kind === 'compare' && check.uncertainty && 'test' in check.uncertainty && check.uncertainty.subsampleOf ? [check.uncertainty.subsampleOf] : [])];
      const fields = [...wheres.flatMap((w) => Object.keys(w)), ...('field' in check ? [check.field] : []), ...(check.kind === 'count' && check.distinct ? [check.distinct] : [])];
      for (const f of fields) if (!names.has(f)) problems.push(`${here}: field "${f}" is not in ${check.dataset}`);
      for (const w of [...wheres, ...extra]) {
        const n = data.rows.filter((r) => matches(r, w, data.timeField)).length;
        if (n === 0) problems.push(`${here}: where ${JSON.stringify(w)} selects no row`);
      }
      problems.push(...unitProblems(check, data.rows, data.timeField, here));
    });
  });
  return problems;
}

/** One evaluated claim, or null when there is no such claim (or the claims cannot be read). */
export async function findClaim(id: string) {
  const result = await getEvaluatedClaims();
  return result.ok ? (result.claims.find((c) => c.id === id) ?? null) : null;
}
