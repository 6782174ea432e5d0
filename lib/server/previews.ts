import 'server-only';
import type { ChartSpec, SourceLine } from '../core/charts';
import type { Verdict } from '../core/types';
import { datasetView } from '../core/dataset-view';
import { splitEventParams } from '../core/events';
import type { ParamError } from '../core/query';
import { claimView } from './claim-views';
import { findClaim } from './claims';
import { getConceptView } from './concepts';
import { getSources } from './data';
import { selectRows } from './selection';

/** What a link preview or an embed of a page shows: drawn from the same view model as the page. */
export interface Preview {
  kind: 'claim' | 'dataset' | 'comparison';
  title: string;
  verdict: Verdict | null;
  subtitle: string | null;
  spec: ChartSpec | null;
  /** The sources of the figures drawn, and the same in one line for the image. */
  sources: SourceLine[];
  sourceLine: string;
  /** The page the preview stands for. */
  href: string;
}

const sourceLineOf = (publishers: string[]) => (publishers.length > 0 ? `Source: ${publishers.slice(0, 3).join('; ')}${publishers.length > 3 ? '; …' : ''}` : 'No source rows');

export async function claimPreview(id: string): Promise<Preview | null> {
  const claim = await findClaim(id);
  if (!claim) return null;
  const view = await claimView(claim);
  const chart = view.charts[0];
  return {
    kind: 'claim',
    title: claim.title,
    verdict: claim.evaluation.verdict,
    subtitle: `Observed: ${claim.evaluation.observed}`,
    spec: chart?.spec ?? null,
    sources: chart?.sources ?? view.sources,
    sourceLine: sourceLineOf([...new Set((chart?.sources ?? view.sources).map((s) => s.publisher))]),
    href: `/claims/${id}`,
  };
}

export type DatasetPreview = { ok: true; preview: Preview } | { ok: false; status: 400 | 404 | 500; error: ParamError | { code: string; message: string; param?: string } };

export async function datasetPreview(id: string, search: URLSearchParams): Promise<DatasetPreview> {
  const { filterParams } = splitEventParams(search);
  const s = await selectRows(id, filterParams);
  if (s.kind === 'unknown') return { ok: false, status: 404, error: { code: 'unknown_dataset', message: `no dataset "${id.slice(0, 60)}"` } };
  if (s.kind === 'broken') return { ok: false, status: 500, error: { code: 'invalid_dataset', message: `dataset "${id}" failed validation` } };
  if (s.kind === 'bad-param') return { ok: false, status: 400, error: s.error };
  const view = datasetView(s.dataset.meta, s.rows, s.filter, await getSources(), { measure: null, groupBy: null });
  const query = filterParams.toString();
  return {
    ok: true,
    preview: {
      kind: 'dataset',
      title: s.dataset.meta.title,
      verdict: null,
      subtitle: `${view.caption.slice(s.dataset.meta.title.length + 2)} · ${view.spec.title}`,
      spec: view.spec,
      sources: view.sources,
      sourceLine: sourceLineOf([...new Set(view.sources.map((l) => l.publisher))]),
      href: `/datasets/${id}${query ? `?${query}` : ''}`,
    },
  };
}

export async function conceptPreview(id: string): Promise<Preview | null> {
  const view = await getConceptView(id);
  if (!view) return null;
  return {
    kind: 'comparison',
    title: `${view.concept.title}: who says what`,
    verdict: null,
    subtitle: view.findings.leader ?? view.concept.question,
    spec: view.panels[0]?.spec ?? null,
    sources: view.series.flatMap((s) => s.sources),
    sourceLine: sourceLineOf(view.publishers),
    href: `/compare/${id}`,
  };
}
