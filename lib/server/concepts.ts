import 'server-only';
import { conceptProblems, conceptView, type Concept, type ConceptsDocument, type ConceptView } from '../core/compare';
import type { DatasetMeta, Row } from '../core/types';
import { getClaimsJson, getConceptsJson, getSources, listDatasets } from './data';

type Datasets = Map<string, { meta: DatasetMeta; rows: Row[] }>;

export type ConceptsResult = { ok: true; concepts: Concept[] } | { ok: false; problems: string[] };

/** data/concepts.json checked against the valid datasets, with those datasets (read once). */
async function loadConcepts(): Promise<{ ok: true; concepts: Concept[]; datasets: Datasets } | { ok: false; problems: string[] }> {
  const json = await getConceptsJson();
  if (!json.ok) return { ok: false, problems: [json.error] };
  const datasets: Datasets = new Map();
  for (const d of await listDatasets()) if (d.ok) datasets.set(d.value.meta.id, { meta: d.value.meta, rows: d.value.rows });
  const problems = conceptProblems(json.value, datasets);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, concepts: (json.value as ConceptsDocument).concepts, datasets };
}

/** The concepts several publishers measure (data/concepts.json), checked against the data. */
export async function getConcepts(): Promise<ConceptsResult> {
  const loaded = await loadConcepts();
  return loaded.ok ? { ok: true, concepts: loaded.concepts } : loaded;
}

/** One concept's comparison, or null when there is no such concept. */
export async function getConceptView(id: string): Promise<ConceptView | null> {
  const loaded = await loadConcepts();
  const concept = loaded.ok ? loaded.concepts.find((c) => c.id === id) : undefined;
  if (!loaded.ok || !concept) return null;
  return conceptView(concept, loaded.datasets, await getSources());
}

/** Every comparison, for the /compare index. */
export async function getConceptViews(): Promise<{ ok: true; views: ConceptView[] } | { ok: false; problems: string[] }> {
  const loaded = await loadConcepts();
  if (!loaded.ok) return loaded;
  const sources = await getSources();
  return { ok: true, views: loaded.concepts.map((c) => conceptView(c, loaded.datasets, sources)) };
}

/** For validate-data: the document against the data, and every claim's concept is one of them. */
export async function conceptsProblems(): Promise<string[]> {
  const loaded = await loadConcepts();
  const json = await getConceptsJson();
  const listed = json.ok ? ((json.value as Partial<ConceptsDocument>).concepts ?? []) : [];
  const ids = new Set(Array.isArray(listed) ? listed.map((c) => c?.id) : []);
  const claims = await getClaimsJson();
  const list = claims.ok ? ((claims.value as { claims?: Array<{ id: string; concept?: string }> }).claims ?? []) : [];
  const unknown = list.filter((c) => c.concept !== undefined && !ids.has(c.concept)).map((c) => `data/claims.json claim ${c.id}: concept "${c.concept}" is not in data/concepts.json`);
  return [...(loaded.ok ? [] : loaded.problems), ...unknown];
}
