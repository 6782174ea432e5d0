import type { ChartPoint, ChartSpec, NotDrawn, PointInfo } from './chart-spec';
import { MAX_POINTS } from './chart-spec';
import { formatValue } from './format';
import { fieldLabel, labelFor } from './labels';
import { ENTITY_COLORS, entityColor, publisherColor } from './palette';
import { comparePeriods } from './period';
import type { DatasetMeta, Row, Source, ViewDeclaration } from './types';
import { definitionOf, entityOf, periodOf, selectorValueOf, unitOf, valueOf } from './view-declaration';

const X_LABEL = { year: 'Year', quarter: 'Quarter', month: 'Period (year, or year-month)', day: 'Day' } as const;

export function sourceLabel(row: Row, sources: Map<string, Source>): string {
  const s = sources.get(String(row.source_id));
  return s ? `${s.publisher}${s.title ? `, ${s.title}` : ''}` : String(row.source_id ?? 'unknown source');
}

/** An entity's colour: a country's own, else a colour no country uses, by the entity's place in its vocabulary. */
export function entityColorOf(meta: Pick<DatasetMeta, 'fields' | 'view'>, entity: string, seen: string[]): string {
  if (entity in ENTITY_COLORS) return entityColor(entity);
  const vocabulary = meta.fields.find((f) => f.name === meta.view.entity)?.constraints?.enum?.map(String) ?? seen;
  const i = vocabulary.indexOf(entity);
  return i >= 0 ? publisherColor(i) : entityColor(entity);
}

/** Which selector value to chart: the one asked for, else the declared default, else the first present. */
export function pickMeasure(view: ViewDeclaration, rows: Row[], wanted: string | null): { measures: string[]; measure: string | null } {
  if (!view.selector) return { measures: [], measure: null };
  const measures = [...new Set(rows.map((r) => selectorValueOf(r, view)!))];
  const measure = wanted && measures.includes(wanted) ? wanted : view.default && measures.includes(view.default) ? view.default : (measures[0] ?? null);
  return { measures, measure };
}

/**
 * Rows of one measure can still differ in definition (a researcher tier, a unit, a precision): those
 * never share an axis. The definition with the latest figure comes first (it is the main chart).
 */
export function definitionGroups(rows: Row[], view: ViewDeclaration): Array<{ key: string; rows: Row[] }> {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = definitionOf(r, view);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const latest = (g: Row[]) => g.map((r) => periodOf(r, view)).sort(comparePeriods).at(-1) ?? '';
  return [...groups.entries()].sort((a, b) => comparePeriods(latest(b[1]), latest(a[1])) || b[1].length - a[1].length).map(([key, rows]) => ({ key: key || 'as stored', rows }));
}

/** The values chart: one mark per row of the charted selection, or the row listed as not drawn with why. */
export function valueChart(meta: DatasetMeta, rows: Row[], sources: Map<string, Source>, wanted: string | null): ChartSpec {
  const view = meta.view;
  const { measures, measure } = pickMeasure(view, rows, wanted);
  const charted = measure !== null ? rows.filter((r) => selectorValueOf(r, view) === measure) : rows;
  const notDrawn: NotDrawn[] = [];
  const drawable: Row[] = [];
  for (const r of charted) {
    const why = valueOf(r, view) === null ? 'it has no value' : periodOf(r, view) === '' ? 'it has no period' : null;
    if (why) notDrawn.push({ row: r, label: rowLabel(meta, r), reason: why });
    else drawable.push(r);
  }
  const groups = definitionGroups(drawable, view);
  const draw = (picked: Row[]) => definitionChart(meta, picked, sources, measure, measures);
  if (groups.length <= 1) {
    const spec = draw(drawable);
    return { ...spec, notDrawn: [...notDrawn, ...(spec.notDrawn ?? [])] };
  }
  const note = `This measure has ${groups.length} definitions (${groups.map((g) => g.key).join('; ')}): they never share an axis, so each is drawn in its own panel.`;
  const [main, ...rest] = groups.map((g) => ({ ...draw(g.rows), definition: g.key }));
  return {
    ...main,
    note: [note, main.note].filter(Boolean).join(' '),
    panels: rest.map((p) => ({ ...p, title: `${p.title} (${p.definition})` })),
    notDrawn: [...notDrawn, ...(main.notDrawn ?? []), ...rest.flatMap((p) => p.notDrawn ?? [])],
  };
}

/** "AWS (United States), Q1 2024": a row named by its entity, group and period, in labels. */
export function rowLabel(meta: Pick<DatasetMeta, 'fields' | 'view'>, r: Row): string {
  const view = meta.view;
  const entity = labelFor(meta, view.entity, entityOf(r, view));
  const group = view.group && view.group !== view.entity ? String(r[view.group] ?? '') : '';
  const definition = definitionOf(r, view);
  return `${entity}${group && group !== entity ? ` (${group})` : ''}, ${periodOf(r, view) || 'no period'}${definition ? ` (${definition})` : ''}`;
}

function definitionChart(meta: DatasetMeta, picked: Row[], sources: Map<string, Source>, measure: string | null, measures: string[]): ChartSpec {
  const view = meta.view;
  const xOf = (r: Row) => periodOf(r, view);
  const periods = [...new Set(picked.map(xOf))].sort(comparePeriods);
  const entities = [...new Set(picked.map((r) => entityOf(r, view)))];
  const label = (e: string) => labelFor(meta, view.entity, e);
  const color = (e: string) => entityColorOf(meta, e, entities);
  const unit = unitOf(picked[0], view);
  // The declared group of each entity (a provider's home country), from its first row.
  const groupOf = (e: string): { group?: string } => {
    if (!view.group || view.group === view.entity) return {};
    const g = picked.find((r) => entityOf(r, view) === e)?.[view.group];
    return g === null || g === undefined || g === '' ? {} : { group: String(g) };
  };
  const info = (r: Row): PointInfo => ({ value: valueOf(r, view)!, label: rowLabel(meta, r), source: sourceLabel(r, sources), confidence: String(r.confidence ?? '') });
  const title = measure !== null && view.selector ? labelFor(meta, view.selector, measure) : meta.title;
  const notDrawn: NotDrawn[] = [];

  // One cell per (entity, period), built once: shaping stays linear in the rows. A second row for a
  // drawn cell is listed, never dropped in silence.
  const cells = new Map<string, Row>();
  for (const r of picked) {
    const key = `${entityOf(r, view)}\u0000${xOf(r)}`;
    const first = cells.get(key);
    if (!first) cells.set(key, r);
    else notDrawn.push({ row: r, label: rowLabel(meta, r), reason: `another row for the same ${view.entity} and period is drawn (${formatValue(valueOf(first, view), unitOf(first, view))}, ${sourceLabel(first, sources)}); this one gives ${formatValue(valueOf(r, view), unitOf(r, view))}` });
  }
  const point = (x: string, keys: string[], cellOf: (key: string) => Row | undefined): ChartPoint => {
    const values: ChartPoint['values'] = {};
    const infos: ChartPoint['info'] = {};
    for (const key of keys) {
      const r = cellOf(key);
      values[key] = r ? valueOf(r, view) : null;
      infos[key] = r ? info(r) : undefined;
    }
    return { x, values, info: infos };
  };
  const base = { title, unit, measureField: view.selector ?? null, measure, measures, yLabel: unit === 'percent' ? 'Share (%)' : unit || 'Value' };

  if (periods.length <= 4 && entities.length > 1) {
    // Grouped bars: one group per entity, one bar per period; entity colours fixed, older periods lighter.
    return {
      ...base,
      kind: 'grouped-bars',
      xLabel: fieldLabel(meta.fields.find((f) => f.name === view.entity) ?? { name: view.entity, type: 'string' }),
      series: periods.map((p) => ({ key: p, label: p, color: 'entity' })),
      points: entities.map((e) => ({ ...point(e, periods, (p) => cells.get(`${e}\u0000${p}`)), x: label(e) })),
      pointColors: Object.fromEntries(entities.map((e) => [label(e), color(e)])),
      lighter: periods.slice(0, -1),
      note: null,
      notDrawn,
    };
  }
  let points = periods.map((p) => point(p, entities, (e) => cells.get(`${e}\u0000${p}`)));
  let note: string | null = null;
  if (points.length > MAX_POINTS) {
    const stride = Math.ceil(points.length / MAX_POINTS);
    for (const [i, p] of points.entries()) {
      if (i % stride === 0) continue;
      for (const e of entities) {
        const r = cells.get(`${e}\u0000${p.x}`);
        if (r) notDrawn.push({ row: r, label: rowLabel(meta, r), reason: `thinned: the chart shows every ${stride}th of ${points.length} periods` });
      }
    }
    note = `Showing every ${stride}th of ${points.length} points; the table and downloads hold them all.`;
    points = points.filter((_, i) => i % stride === 0);
  }
  return {
    ...base,
    // A handful of periods reads best as bars; a long series as lines.
    kind: periods.length <= 8 ? 'bars' : 'lines',
    xLabel: X_LABEL[view.grain ?? 'year'],
    series: entities.map((e) => ({ key: e, label: label(e), color: color(e), ...groupOf(e) })),
    points,
    note,
    notDrawn,
  };
}
