import { shapeChart, sourceLines, structureOf, type ChartSpec, type SourceLine, type Structure } from './charts';
import { downloadName } from './download-name';
import type { Filter } from './filter';
import { describeFilter, filterToSearchParams } from './query';
import type { DatasetMeta, Row, Source } from './types';
import { selectorValueOf } from './view-declaration';

/** Choices a reader makes that are not part of the selection: which measure to chart, what colours a timeline (the view's entity or group field; null: the entity). */
export interface ViewOptions {
  measure: string | null;
  groupBy: string | null;
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
  /** The CSV of this view and its name, the same as a ZIP bundle and its name, and the view as an embed: all with the view's query. */
  download: { name: string; href: string; bundle: string; bundleName: string; embed: string };
  search: string;
}

/**
 * The view model of a dataset: a pure function of its metadata (and its declared view), the selected
 * rows, the filter and the view options. A single value of the declared selector in the filter
 * decides the chart's measure.
 */
export function datasetView(meta: DatasetMeta, rows: Row[], filter: Filter, sourcesById: Map<string, Source>, options: ViewOptions): DatasetView {
  const selector = meta.view.selector;
  const facetMeasure = selector && filter.facets[selector]?.length === 1 ? filter.facets[selector][0] : null;
  const spec = shapeChart(meta, rows, sourcesById, { measure: facetMeasure ?? options.measure, groupBy: options.groupBy });
  const charted = spec.measure !== null ? rows.filter((r) => selectorValueOf(r, meta.view) === spec.measure) : rows;
  const search = filterToSearchParams(filter).toString();
  const query = search ? `?${search}` : '';
  return {
    spec,
    rows,
    caption: `${meta.title}: ${describeFilter(filter, meta)}`,
    sources: sourceLines(charted, sourcesById),
    structure: structureOf(meta, rows),
    isTimeline: spec.kind === 'timeline',
    download: {
      name: downloadName(meta.id, filter, 'csv'),
      href: `/api/datasets/${meta.id}/csv${query}`,
      bundle: `/api/datasets/${meta.id}/zip${query}`,
      bundleName: downloadName(meta.id, filter, 'zip'),
      embed: `/embed/datasets/${meta.id}${query}`,
    },
    search,
  };
}
