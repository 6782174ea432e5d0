import 'server-only';
import { shapeChart, sourceLines, type ChartSpec, type SourceLine } from './charts';
import type { EvaluatedClaim } from './claims/types';
import { getDataset, getSources } from './data';
import type { DatasetMeta, Row } from './types';

export interface ClaimView {
  spec: ChartSpec | null;
  sources: SourceLine[];
  meta: DatasetMeta | null;
  footnote: string | null;
}

export function footnoteText(claim: EvaluatedClaim): string | null {
  return claim.footnote !== null ? `footnote ${claim.footnote}${claim.footnoteSource ? `, citing ${claim.footnoteSource}` : ''}` : null;
}

/** The evidence chart of a claim: its rows from the claim's dataset, shaped like that dataset's charts. */
export async function claimView(claim: EvaluatedClaim): Promise<ClaimView> {
  const sources = await getSources();
  const allRows = claim.evaluation.rows.map((e) => e.row);
  const dataset = await getDataset(claim.dataset);
  const meta = dataset?.ok ? dataset.value.meta : null;
  const own: Row[] = claim.evaluation.rows.filter((e) => e.dataset === claim.dataset).map((e) => e.row);
  const measure = claim.checks.map((c) => (c.kind === 'compare' ? c.left : c.where)).find((w) => typeof w.measure === 'string' || typeof w.series === 'string');
  const wanted = measure ? String(measure.measure ?? measure.series) : null;
  return {
    spec: meta && own.length > 0 ? shapeChart(meta, own, sources, { measure: wanted }) : null,
    sources: sourceLines(allRows, sources),
    meta,
    footnote: footnoteText(claim),
  };
}
