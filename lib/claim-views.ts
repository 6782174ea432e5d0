import 'server-only';
import { shapeChart, sourceLines, structureOf, type ChartSpec, type SourceLine, type Structure } from './charts';
import type { EvaluatedClaim } from './claims/types';
import { getDataset, getSources } from './data';
import type { DatasetMeta, Row } from './types';

export interface EvidenceChart {
  key: string;
  spec: ChartSpec;
  sources: SourceLine[];
}

export interface ClaimView {
  /** One chart per dataset and measure the verdict used, in the order of the checks. */
  charts: EvidenceChart[];
  sources: SourceLine[];
  meta: DatasetMeta | null;
  /** The evidence as a grouped list, where the claim's dataset is a structure (segments, hubs). */
  structure: Structure | null;
  footnote: string | null;
}

export function footnoteText(claim: EvaluatedClaim): string | null {
  return claim.footnote !== null ? `footnote ${claim.footnote}${claim.footnoteSource ? `, citing ${claim.footnoteSource}` : ''}` : null;
}

/** The evidence charts of a claim: its rows, grouped by dataset and measure, shaped like that dataset's charts. */
export async function claimView(claim: EvaluatedClaim): Promise<ClaimView> {
  const sources = await getSources();
  const groups = new Map<string, { dataset: string; measure: string | null; rows: Row[] }>();
  for (const e of claim.evaluation.rows) {
    const measure = e.row.measure ?? e.row.series ?? null;
    const key = `${e.dataset}:${measure ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { dataset: e.dataset, measure: measure === null ? null : String(measure), rows: [] }));
    group.rows.push(e.row);
  }
  const charts: EvidenceChart[] = [];
  for (const [key, group] of groups) {
    const dataset = await getDataset(group.dataset);
    if (!dataset?.ok) continue;
    charts.push({ key, spec: shapeChart(dataset.value.meta, group.rows, sources, { measure: group.measure }), sources: sourceLines(group.rows, sources) });
  }
  const dataset = await getDataset(claim.dataset);
  const meta = dataset?.ok ? dataset.value.meta : null;
  const own = claim.evaluation.rows.filter((e) => e.dataset === claim.dataset).map((e) => e.row);
  return {
    charts,
    sources: sourceLines(claim.evaluation.rows.map((e) => e.row), sources),
    meta,
    structure: meta && own.length > 0 ? structureOf(meta, own) : null,
    footnote: footnoteText(claim),
  };
}
