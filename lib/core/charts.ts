import type { DatasetMeta, Row, Source } from './types';
import { rowYear } from './dataset-meta';
import { periodSpan } from './event-timing';
import { fieldLabel, labelFor } from './labels';
import { categoryColor, entityColor } from './palette';

export { categoryColor, entityColor };

/** Chart shapes, decided from the data's own fields; pure so the server and the client agree. */
export type ChartKind = 'grouped-bars' | 'bars' | 'lines' | 'timeline' | 'counts';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface PointInfo {
  value: number;
  label: string;
  source: string;
  confidence: string;
}

export interface ChartPoint {
  x: string;
  values: Record<string, number | null>;
  info: Record<string, PointInfo | undefined>;
}

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  xLabel: string;
  yLabel: string;
  unit: string;
  series: ChartSeries[];
  points: ChartPoint[];
  /** For grouped bars: which series is drawn lighter, so entity colours stay fixed. */
  lighter?: string[];
  measureField: string | null;
  measure: string | null;
  measures: string[];
  note: string | null;
  /** Other definitions of the same measure (a tier, a unit, a precision): drawn as small multiples, never on this axis. */
  panels?: ChartSpec[];
  /** The definition this chart is drawn on, when the measure has more than one. */
  definition?: string;
}

export const MAX_POINTS = 2000;

/** Periods in time order by the day each ends (mid-2022 before end-2022); anything else alphabetically. */
function byPeriodEnd(a: string, b: string): number {
  const pa = periodSpan(a);
  const pb = periodSpan(b);
  if (!pa || !pb) return a.localeCompare(b);
  return pa.end.localeCompare(pb.end) || pa.start.localeCompare(pb.start);
}
export function measureFieldOf(meta: DatasetMeta): string | null {
  const names = meta.fields.map((f) => f.name);
  return names.includes('measure') ? 'measure' : names.includes('series') ? 'series' : null;
}

const ACRONYMS: Array<[RegExp, string]> = [[/\b5g\b/g, '5G'], [/\bai\b/g, 'AI'], [/\bus\b/g, 'US'], [/\bphd\b/g, 'PhD'], [/\bdc\b/g, 'data-centre'], [/\bedwc\b/g, 'East Data West Computing'], [/\bgpu\b/g, 'GPU'], [/\bcapex\b/g, 'capital spending']];
/** `5g_base_stations` -> `5G base stations`. */
export function humanise(s: string): string {
  let out = s.replace(/_/g, ' ');
  for (const [pattern, word] of ACRONYMS) out = out.replace(pattern, word);
  return out.replace(/^./, (c) => c.toUpperCase());
}

function sourceLabel(row: Row, sources: Map<string, Source>): string {
  const s = sources.get(String(row.source_id));
  return s ? `${s.publisher}${s.title ? `, ${s.title}` : ''}` : String(row.source_id ?? 'unknown source');
}

function downsample(points: ChartPoint[]): { points: ChartPoint[]; note: string | null } {
  if (points.length <= MAX_POINTS) return { points, note: null };
  const stride = Math.ceil(points.length / MAX_POINTS);
  return {
    points: points.filter((_, i) => i % stride === 0),
    note: `Showing every ${stride}th of ${points.length} points; the table and downloads hold them all.`,
  };
}

function valueChart(meta: DatasetMeta, rows: Row[], sources: Map<string, Source>, measureField: string | null, wanted: string | null): ChartSpec {
  const measures = measureField ? [...new Set(rows.map((r) => String(r[measureField])))] : [];
  const measure = measureField ? (wanted && measures.includes(wanted) ? wanted : (measures[0] ?? null)) : null;
  const ofMeasure = measureField && measure ? rows.filter((r) => r[measureField] === measure && typeof r.value === 'number') : rows.filter((r) => typeof r.value === 'number');
  const hasPeriod = meta.fields.some((f) => f.name === 'period');
  const xOf = (r: Row) => String(hasPeriod && r.period ? r.period : rowYear(r, meta.timeField) ?? '');
  const groups = definitionGroups(ofMeasure, xOf);
  const draw = (picked: Row[], definitionNote: string | null) => definitionChart(meta, picked, sources, { measureField, measure, measures, xOf, hasPeriod, definitionNote });
  if (groups.length <= 1) return draw(ofMeasure, null);
  const note = `This measure has ${groups.length} definitions (${groups.map((g) => g.key).join('; ')}): they never share an axis, so each is drawn in its own panel.`;
  const [main, ...rest] = groups.map((g) => ({ ...draw(g.rows, null), definition: g.key }));
  return { ...main, note: [note, main.note].filter(Boolean).join(' '), panels: rest.map((p) => ({ ...p, title: `${p.title} (${p.definition})` })) };
}

interface DefinitionContext {
  measureField: string | null;
  measure: string | null;
  measures: string[];
  xOf: (r: Row) => string;
  hasPeriod: boolean;
  definitionNote: string | null;
}

function definitionChart(meta: DatasetMeta, picked: Row[], sources: Map<string, Source>, ctx: DefinitionContext): ChartSpec {
  const { measureField, measure, measures, xOf, hasPeriod, definitionNote } = ctx;
  const periods = [...new Set(picked.map(xOf))].sort(byPeriodEnd);
  const countries = [...new Set(picked.map((r) => String(r.country)))];
  const unit = String(picked[0]?.unit ?? meta.fields.find((f) => f.name === 'value')?.unit ?? '');
  const info = (r: Row): PointInfo => ({
    value: r.value as number,
    label: `${r.country}, ${xOf(r)}${r.tier ? ` (${r.tier})` : ''}`,
    source: sourceLabel(r, sources),
    confidence: String(r.confidence ?? ''),
  });
  const title = measure && measureField ? labelFor(meta, measureField, measure) : meta.title;
  const base = { title, unit, measureField, measure, measures, yLabel: unit === 'percent' ? 'Share (%)' : unit || 'Value' };

  // One lookup per (entity, period), built once: shaping stays linear in the rows.
  const cells = new Map<string, Row>();
  for (const r of picked) {
    const key = `${r.country}\u0000${xOf(r)}`;
    if (!cells.has(key)) cells.set(key, r);
  }
  const point = (x: string, keys: string[], cellOf: (key: string) => Row | undefined): ChartPoint => {
    const values: ChartPoint['values'] = {};
    const infos: ChartPoint['info'] = {};
    for (const key of keys) {
      const r = cellOf(key);
      values[key] = r ? (r.value as number) : null;
      infos[key] = r ? info(r) : undefined;
    }
    return { x, values, info: infos };
  };

  if (periods.length <= 4 && countries.length > 1) {
    // Grouped bars: one group per entity, one bar per period; entity colours fixed, older periods lighter.
    return {
      ...base,
      kind: 'grouped-bars',
      xLabel: 'Country or region',
      series: periods.map((p) => ({ key: p, label: p, color: 'entity' })),
      points: countries.map((country) => point(country, periods, (p) => cells.get(`${country}\u0000${p}`))),
      lighter: periods.slice(0, -1),
      note: definitionNote,
    };
  }
  const points = periods.map((p) => point(p, countries, (country) => cells.get(`${country}\u0000${p}`)));
  const sampled = downsample(points);
  return {
    ...base,
    // A handful of periods reads best as bars; a long series as lines.
    kind: periods.length <= 8 ? 'bars' : 'lines',
    xLabel: hasPeriod ? 'Period (year, or year-month)' : 'Year',
    series: countries.map((c) => ({ key: c, label: c, color: entityColor(c) })),
    ...sampled,
    note: [definitionNote, sampled.note].filter(Boolean).join(' ') || null,
  };
}

/** What makes two rows of one measure comparable: tier, unit, precision (FP16/FP32), flow or cumulative. */
export function definitionOf(row: Row): string {
  const basis = typeof row.basis === 'string' ? row.basis : '';
  const precision = /\b(FP\d\d) basis\b/.exec(basis)?.[1];
  const stock = /^(FLOW|CUMULATIVE)\b/.exec(basis)?.[1];
  return [row.tier, row.unit, precision, stock?.toLowerCase()].filter((v) => v !== undefined && v !== null && v !== '').join(' · ');
}

/**
 * Rows of one measure can still differ in definition (a researcher tier, a unit, a precision): those
 * never share an axis. The definition with the latest figure comes first (it is the main chart).
 */
export function definitionGroups(rows: Row[], xOf: (r: Row) => string): Array<{ key: string; rows: Row[] }> {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = definitionOf(r);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const latest = (g: Row[]) => g.map(xOf).sort().at(-1) ?? '';
  return [...groups.entries()].sort((a, b) => latest(b[1]).localeCompare(latest(a[1])) || b[1].length - a[1].length).map(([key, rows]) => ({ key: key || 'as stored', rows }));
}

function timelineChart(meta: DatasetMeta, rows: Row[], groupBy: string): ChartSpec {
  const groups = meta.facets[groupBy]?.filter((g) => rows.some((r) => r[groupBy] === g)) ?? [...new Set(rows.map((r) => String(r[groupBy])))];
  const years = [...new Set(rows.map((r) => rowYear(r, meta.timeField)).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = `${rowYear(r, meta.timeField)}\u0000${r[groupBy]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const points = years.map((y) => {
    const values: ChartPoint['values'] = {};
    for (const g of groups) values[g] = counts.get(`${y}\u0000${g}`) ?? 0;
    return { x: String(y), values, info: {} };
  });
  return {
    kind: 'timeline',
    title: `Measures per year, by ${groupBy === 'country' ? 'actor' : groupBy}`,
    xLabel: 'Year',
    yLabel: 'Number of measures',
    unit: 'measures',
    series: groups.map((g, i) => ({ key: g, label: labelFor(meta, groupBy, g), color: groupBy === 'country' ? entityColor(g) : categoryColor(i) })),
    points,
    measureField: null,
    measure: null,
    measures: [],
    note: null,
  };
}

function countsChart(meta: DatasetMeta, rows: Row[]): ChartSpec {
  const field = Object.keys(meta.facets).find((f) => f !== 'confidence') ?? meta.fields[0].name;
  const groups = [...new Set(rows.map((r) => String(r[field])))];
  return {
    kind: 'counts',
    title: `Items per ${fieldLabel(meta.fields.find((f) => f.name === field) ?? { name: field, type: 'string' }).toLowerCase()}`,
    xLabel: fieldLabel(meta.fields.find((f) => f.name === field) ?? { name: field, type: 'string' }),
    yLabel: 'Number of items',
    unit: 'items',
    series: [{ key: 'count', label: 'Items', color: 'var(--c-china)' }],
    points: groups.map((g) => ({ x: labelFor(meta, field, g), values: { count: rows.filter((r) => String(r[field]) === g).length }, info: {} })),
    measureField: null,
    measure: null,
    measures: [],
    note: null,
  };
}

/** Picks the chart that fits the dataset: values by country and time, a timeline of dated measures, or counts. */
export function shapeChart(meta: DatasetMeta, rows: Row[], sources: Map<string, Source>, options: { measure?: string | null; groupBy?: string } = {}): ChartSpec {
  const hasValue = meta.fields.some((f) => f.name === 'value' && (f.type === 'number' || f.type === 'integer'));
  if (hasValue) return valueChart(meta, rows, sources, measureFieldOf(meta), options.measure ?? null);
  if (meta.timeField === 'date') {
    const known = (name?: string) => name !== undefined && meta.fields.some((f) => f.name === name);
    return timelineChart(meta, rows, known(options.groupBy) ? options.groupBy! : known('category') ? 'category' : 'country');
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
 * Datasets without values or dates (the NDRC segments, the computing hubs) are structures: rows
 * grouped by their first facet, each listing its name. Null when the data has no such shape.
 */
export function structureOf(meta: DatasetMeta, rows: Row[]): Structure | null {
  if (meta.fields.some((f) => f.name === 'value') || meta.timeField === 'date') return null;
  const groupField = Object.keys(meta.facets).find((f) => f !== 'confidence');
  const itemField = meta.fields.find((f) => f.type === 'string' && f.name !== groupField && f.name !== 'country' && !(f.name in meta.facets))?.name;
  if (!groupField || !itemField) return null;
  const groups = new Map<string, string[]>();
  for (const r of rows) {
    const name = String(r[groupField]);
    let items = groups.get(name);
    if (!items) groups.set(name, (items = []));
    items.push(String(r[itemField]));
  }
  return { groupField, itemField, groups: [...groups].map(([name, items]) => ({ name, items })) };
}
