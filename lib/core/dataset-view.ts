import { shapeChart, sourceLines, structureOf, type ChartSpec, type SourceLine, type Structure } from './charts';
import type { Filter } from './filter';
import { describeFilter, downloadName, filterToSearchParams } from './query';
import type { DatasetMeta, Row, Source } from './types';

/** Choices a reader makes that are not part of the selection: which measure to chart, what colours a timeline. */
export interface ViewOptions {
  measure: string | null;
  groupBy: 'category' | 'country';
}

/** Everything a view of a dataset shows, decided in one place: the explorer, the embeds and the previews draw this. */
export interface DatasetView {
  spec: ChartSpec;
  /** Rows in display order (the selection's sort). */
  rows: Row[];
  caption: string;
  sources: SourceLine[];
  structure: Structure | null;
  isTimeline: boolean;
  /** The CSV of this view, the same as a ZIP bundle, and the view as an embed: all with the view's query. */
  download: { name: string; href: string; bundle: string; embed: string };
  search: string;
}

/**
 * The view model of a dataset: a pure function of its metadata, the selected rows, the filter and the
 * view options. A single facet value of the measure field decides the chart's measure.
 */
export function datasetView(meta: DatasetMeta, rows: Row[], filter: Filter, sourcesById: Map<string, Source>, options: ViewOptions): DatasetView {
  const facetMeasure = filter.facets.measure?.length === 1 ? filter.facets.measure[0] : filter.facets.series?.length === 1 ? filter.facets.series[0] : null;
  const spec = shapeChart(meta, rows, sourcesById, { measure: facetMeasure ?? options.measure, groupBy: options.groupBy });
  const charted = spec.measureField && spec.measure ? rows.filter((r) => r[spec.measureField!] === spec.measure) : rows;
  const search = filterToSearchParams(filter).toString();
  return {
    spec,
    rows,
    caption: `${meta.title}: ${describeFilter(filter, meta)}`,
    sources: sourceLines(charted, sourcesById),
    structure: structureOf(meta, rows),
    isTimeline: spec.kind === 'timeline',
    download: {
      name: downloadName(meta.id, filter, meta),
      href: `/api/datasets/${meta.id}/csv${search ? `?${search}` : ''}`,
      bundle: `/api/datasets/${meta.id}/zip${search ? `?${search}` : ''}`,
      embed: `/embed/datasets/${meta.id}${search ? `?${search}` : ''}`,
    },
    search,
  };
}
