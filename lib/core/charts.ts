import type { ChartPoint, ChartSpec } from './chart-spec';
import { fieldLabel, labelFor } from './labels';
import { categoryColor, entityColor } from './palette';
import { periodYear } from './period';
import type { DatasetMeta, Row, Source } from './types';
import { valueChart } from './value-chart';
import { entityOf, periodOf } from './view-declaration';

export type { ChartKind, ChartPoint, ChartSeries, ChartSpec, NotDrawn, PointInfo } from './chart-spec';
export { MAX_POINTS } from './chart-spec';
export { definitionGroups, rowLabel } from './value-chart';
export { definitionOf } from './view-declaration';
export { categoryColor, entityColor };

const ACRONYMS: Array<[RegExp, string]> = [[/\b5g\b/g, '5G'], [/\bai\b/g, 'AI'], [/\bus\b/g, 'US'], [/\bphd\b/g, 'PhD'], [/\bdc\b/g, 'data-centre'], [/\bedwc\b/g, 'East Data West Computing'], [/\bgpu\b/g, 'GPU'], [/\bcapex\b/g, 'capital spending']];
/** `5g_base_stations` -> `5G base stations`. */
export function humanise(s: string): string {
  let out = s.replace(/_/g, ' ');
  for (const [pattern, word] of ACRONYMS) out = out.replace(pattern, word);
  return out.replace(/^./, (c) => c.toUpperCase());
}

const fieldOf = (meta: DatasetMeta, name: string) => meta.fields.find((f) => f.name === name) ?? { name, type: 'string' as const };

/** Dated rows counted per year, coloured by the entity field or its group (a timeline of measures). */
function timelineChart(meta: DatasetMeta, rows: Row[], groupBy: string): ChartSpec {
  const view = meta.view;
  const groups = meta.facets[groupBy]?.filter((g) => rows.some((r) => r[groupBy] === g)) ?? [...new Set(rows.map((r) => String(r[groupBy])))];
  const yearOf = (r: Row) => periodYear(periodOf(r, view));
  const years = [...new Set(rows.map(yearOf).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = `${yearOf(r)}\u0000${r[groupBy]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const points = years.map((y) => {
    const values: ChartPoint['values'] = {};
    for (const g of groups) values[g] = counts.get(`${y}\u0000${g}`) ?? 0;
    return { x: String(y), values, info: {} };
  });
  const byGroup = groupBy === view.group;
  return {
    kind: 'timeline',
    title: `Measures per year, by ${byGroup ? 'actor' : fieldLabel(fieldOf(meta, groupBy)).toLowerCase()}`,
    xLabel: 'Year',
    yLabel: 'Number of measures',
    unit: 'measures',
    series: groups.map((g, i) => ({ key: g, label: labelFor(meta, groupBy, g), color: byGroup ? entityColor(g) : categoryColor(i) })),
    points,
    measureField: null,
    measure: null,
    measures: [],
    note: null,
    notDrawn: rows.filter((r) => yearOf(r) === null).map((r) => ({ row: r, label: entityOf(r, view), reason: 'it has no date' })),
  };
}

/** Rows counted per value of the entity field. */
function countsChart(meta: DatasetMeta, rows: Row[]): ChartSpec {
  const field = meta.view.entity;
  const groups = [...new Set(rows.map((r) => String(r[field])))];
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(String(r[field]), (counts.get(String(r[field])) ?? 0) + 1);
  return {
    kind: 'counts',
    title: `Items per ${fieldLabel(fieldOf(meta, field)).toLowerCase()}`,
    xLabel: fieldLabel(fieldOf(meta, field)),
    yLabel: 'Number of items',
    unit: 'items',
    series: [{ key: 'count', label: 'Items', color: 'var(--c-china)' }],
    points: groups.map((g) => ({ x: labelFor(meta, field, g), values: { count: counts.get(g) ?? 0 }, info: {} })),
    measureField: null,
    measure: null,
    measures: [],
    note: null,
    notDrawn: [],
  };
}

/**
 * The chart the dataset's declared view asks for: values per entity and period, a timeline of rows
 * dated to the day (coloured by the entity field or its group), or rows counted per entity value.
 */
export function shapeChart(meta: DatasetMeta, rows: Row[], sources: Map<string, Source>, options: { measure?: string | null; groupBy?: string | null } = {}): ChartSpec {
  const view = meta.view;
  if (view.kind === 'values') return valueChart(meta, rows, sources, options.measure ?? null);
  if (view.grain === 'day') {
    const choices = [view.entity, view.group].filter((f): f is string => !!f);
    return timelineChart(meta, rows, options.groupBy && choices.includes(options.groupBy) ? options.groupBy : view.entity);
  }
  return countsChart(meta, rows);
}

export interface SourceLine {
  id: string;
  publisher: string;
  title: string;
  url: string;
  seenAt: string | null;
  confidence: string[];
  rows: number;
}

/** Who the figures in view come from, and how sure we are of them. */
export function sourceLines(rows: Row[], sources: Map<string, Source>): SourceLine[] {
  const byId = new Map<string, SourceLine>();
  for (const r of rows) {
    const id = String(r.source_id);
    const s = sources.get(id);
    let line = byId.get(id);
    if (!line) {
      line = { id, publisher: s?.publisher ?? id, title: s?.title ?? '', url: s?.url ?? '', seenAt: s?.seen_at ?? null, confidence: [], rows: 0 };
      byId.set(id, line);
    }
    line.rows++;
    const c = String(r.confidence ?? '');
    if (c && !line.confidence.includes(c)) line.confidence.push(c);
  }
  return [...byId.values()].sort((a, b) => b.rows - a.rows);
}

export interface Structure {
  groupField: string;
  itemField: string;
  groups: Array<{ name: string; items: string[] }>;
}

/**
 * Counted datasets that name their items and are not dated to the day (the NDRC segments, the
 * computing hubs) are structures: rows grouped by the entity field, each listing its item.
 */
export function structureOf(meta: DatasetMeta, rows: Row[]): Structure | null {
  const view = meta.view;
  if (view.kind !== 'counts' || view.grain === 'day' || !view.item) return null;
  const groups = new Map<string, string[]>();
  for (const r of rows) {
    const name = String(r[view.entity]);
    let items = groups.get(name);
    if (!items) groups.set(name, (items = []));
    items.push(String(r[view.item]));
  }
  return { groupField: view.entity, itemField: view.item, groups: [...groups].map(([name, items]) => ({ name, items })) };
}
