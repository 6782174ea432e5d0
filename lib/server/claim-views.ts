import 'server-only';
import { shapeChart, sourceLines, structureOf, type ChartSpec, type SourceLine, type Structure } from '../core/charts';
import type { CheckResult, EvaluatedClaim } from '../core/types';
import { getDataset, getSources } from './data';
import type { DatasetMeta, Row, Source } from '../core/types';
import { selectorValueOf } from '../core/view-declaration';
import { labelFor } from '../core/labels';

export interface EvidenceChart {
  key: string;
  spec: ChartSpec;
  sources: SourceLine[];
}

/** What a claim card shows for its lead check: bars with values, the items counted, or a number. */
export type MiniFigure =
  | { kind: 'chart'; spec: ChartSpec }
  | { kind: 'items'; items: string[]; total: number }
  | { kind: 'number'; text: string; note: string }
  | { kind: 'none' };

/** The figure that fits the lead check: a comparison draws labelled bars, a count lists its items, a figure only the paper gives is a number with no bar. */
export function miniFigure(check: CheckResult | undefined, meta: DatasetMeta | null, sources: Map<string, Source>): MiniFigure {
  if (!check) return { kind: 'none' };
  const asCited = check.rows.some((e) => e.row.confidence === 'as-cited') || /as-cited/.test(check.reason);
  if (check.status === 'not verifiable' && asCited) return { kind: 'number', text: check.observed.replace(/ \(given only by the paper\)$/, ''), note: 'given only by the paper; no source confirms it' };
  if (check.kind === 'count' || check.kind === 'exists') {
    // Each counted row by the name its dataset declares for items (a measure's title, a hub's name), else its entity.
    const field = meta ? (meta.view.item ?? meta.view.entity) : null;
    const items = field && meta ? check.rows.map((e) => labelFor(meta, field, e.row[field])).filter((t) => t !== '') : [];
    return items.length > 0 ? { kind: 'items', items: [...new Set(items)], total: new Set(items).size } : { kind: 'none' };
  }
  if (!meta || check.rows.length === 0) return { kind: 'none' };
  const rows = check.rows.map((e) => e.row);
  return { kind: 'chart', spec: shapeChart(meta, rows, sources, { measure: selectorValueOf(rows[0], meta.view) }) };
}

export interface ClaimView {
  /** One chart per dataset and measure the verdict used, in the order of the checks. */
  charts: EvidenceChart[];
  sources: SourceLine[];
  meta: DatasetMeta | null;
  /** The evidence as a grouped list, where the claim's dataset is a structure (segments, hubs). */
  structure: Structure | null;
  footnote: string | null;
  mini: MiniFigure;
  /** The fields (with their value labels) of every dataset the evidence comes from. */
  fields: Record<string, DatasetMeta['fields']>;
}

export function footnoteText(claim: EvaluatedClaim): string | null {
  return claim.footnote !== null ? `footnote ${claim.footnote}${claim.footnoteSource ? `, citing ${claim.footnoteSource}` : ''}` : null;
}

/** The evidence charts of a claim: its rows, grouped by dataset and measure, shaped like that dataset's charts. */
export async function claimView(claim: EvaluatedClaim): Promise<ClaimView> {
  const sources = await getSources();
  const groups = new Map<string, { dataset: string; measure: string | null; rows: Row[] }>();
  const metas = new Map<string, DatasetMeta>();
  for (const id of new Set(claim.evaluation.rows.map((e) => e.dataset))) {
    const d = await getDataset(id);
    if (d?.ok) metas.set(id, d.value.meta);
  }
  for (const e of claim.evaluation.rows) {
    const view = metas.get(e.dataset)?.view;
    const measure = view ? selectorValueOf(e.row, view) : null;
    const key = `${e.dataset}:${measure ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { dataset: e.dataset, measure, rows: [] }));
    group.rows.push(e.row);
  }
  const charts: EvidenceChart[] = [];
  for (const [key, group] of groups) {
    const meta = metas.get(group.dataset);
    if (!meta) continue;
    charts.push({ key, spec: shapeChart(meta, group.rows, sources, { measure: group.measure }), sources: sourceLines(group.rows, sources) });
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
    mini: await leadFigure(claim, sources),
    fields: await fieldsOf([...claim.evaluation.rows, ...claim.asOfPaper.rows, ...claim.evaluation.checks.flatMap((c) => c.excluded)].map((e) => e.dataset)),
  };
}

async function leadFigure(claim: EvaluatedClaim, sources: Map<string, Source>): Promise<MiniFigure> {
  const lead = claim.evaluation.checks[0];
  const dataset = lead ? await getDataset(lead.dataset) : null;
  return miniFigure(lead, dataset?.ok ? dataset.value.meta : null, sources);
}

async function fieldsOf(datasets: string[]): Promise<Record<string, DatasetMeta['fields']>> {
  const out: Record<string, DatasetMeta['fields']> = {};
  for (const id of new Set(datasets)) {
    const d = await getDataset(id);
    if (d?.ok) out[id] = d.value.meta.fields;
  }
  return out;
}
