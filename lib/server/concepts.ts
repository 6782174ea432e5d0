import 'server-only';
import { conceptProblems, conceptView, type Concept, type ConceptsDocument, type ConceptView } from '../core/compare';
import type { DatasetMeta, Row } from '../core/types';
import { getClaimsJson, getConceptsJson, getSources, listDatasets } from './data';

async function validDatasets(): Promise<Map<string, { meta: DatasetMeta; rows: Row[] }>> {
  const out = new Map<string, { meta: DatasetMeta; rows: Row[] }>();
  for (const d of await listDatasets()) if (d.ok) out.set(d.value.meta.id, { meta: d.value.meta, rows: d.value.rows });
  return out;
}

export type ConceptsResult = { ok: true; concepts: Concept[] } | { ok: false; problems: string[] };

/** The concepts several publishers measure (data/concepts.json), checked against the data. */
export async function getConcepts(): Promise<ConceptsResult> {
  const json = await getConceptsJson();
  if (!json.ok) return { ok: false, problems: [json.error] };
  const problems = conceptProblems(json.value, await validDatasets());
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, concepts: (json.value as ConceptsDocument).concepts };
}

/** One concept's comparison, or null when there is no such concept. */
export async function getConceptView(id: string): Promise<ConceptView | null> {
  const result = await getConcepts();
  const concept = result.ok ? result.concepts.find((c) => c.id === id) : undefined;
  if (!concept) return null;
  return conceptView(concept, await validDatasets(), await getSources());
}

/** Every comparison, for the /compare index. */
export async function getConceptViews(): Promise<{ ok: true; views: ConceptView[] } | { ok: false; problems: string[] }> {
  const result = await getConcepts();
  if (!result.ok) return result;
  const datasets = await validDatasets();
  const sources = await getSources();
  return { ok: true, views: result.concepts.map((c) => conceptView(c, datasets, sources)) };
}

/** For validate-data: the document against the data, and every claim's concept is one of them. */
export async function conceptsProblems(): Promise<string[]> {
  const json = await getConceptsJson();
  if (!json.ok) return [json.error];
  const problems = conceptProblems(json.value, await validDatasets());
  const ids = new Set(((json.value as ConceptsDocument).concepts ?? []).map((c) => c.id));
  const claims = await getClaimsJson();
  if (claims.ok) {
    const list = (claims.value as { claims?: Array<{ id: string; concept?: string }> }).claims ?? [];
    for (const c of list) if (c.concept !== undefined && !ids.has(c.concept)) problems.push(`data/claims.json claim ${c.id}: concept "${c.concept}" is not in data/concepts.json`);
  }
  return problems;
}
