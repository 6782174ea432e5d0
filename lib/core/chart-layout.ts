import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line as lineShape } from 'd3-shape';
import type { ChartSpec } from './chart-spec';
import { formatTick } from './format';
import { entityColor } from './palette';
import { chartSpan, dayScale, eventsOnChart } from './event-timing';
import type { ChartEvent } from './events';

/** A drawn mark, in the chart's own coordinates. `title` is what a hover or a screen reader gets. */
export type Mark =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; opacity: number; title: string }
  | { kind: 'path'; d: string; stroke: string; title: string }
  | { kind: 'dot'; cx: number; cy: number; r: number; fill: string; title: string }
  | { kind: 'value'; x: number; y: number; text: string }
  /** A policy event: a dashed rule at its date, numbered as in the list under the chart. */
  | { kind: 'event'; x: number; n: number; id: string; title: string }
  /** A suspension: a hatched band from its first to its last day. */
  | { kind: 'band'; x: number; width: number; id: string; title: string };

export interface Tick {
  pos: number;
  label: string;
}

/** Everything an SVG needs to draw a chart spec: pure geometry, the same on the server and in the browser. */
export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  marks: Mark[];
  compact: boolean;
}

const MAX_VALUE_LABELS = 24;


/** Axis ticks thinned to at most `max` labels, always keeping the first and last. */
function thin(labels: string[], max: number): Set<string> {
  if (labels.length <= max) return new Set(labels);
  const step = Math.ceil((labels.length - 1) / (max - 1));
  return new Set(labels.filter((_, i) => i % step === 0 || i === labels.length - 1));
}

/** Lays out a chart spec in a `width` x `height` box. Bars start at zero; lines use the data's range. */
export function layoutChart(spec: ChartSpec, box: { width: number; height: number; compact?: boolean }, events: ChartEvent[] = []): ChartLayout {
  const compact = box.compact ?? false;
  // Drawn events need a strip above the plot for their numbers, clear of the value labels.
  const onChart = eventsOnChart(spec, events);
  const numbered = !compact && onChart.length > 0;
  const plot = compact ? { left: 4, top: 14, right: box.width - 4, bottom: box.height - 16 } : { left: 64, top: numbered ? 34 : 16, right: box.width - 12, bottom: box.height - 44 };
  const stacked = spec.kind === 'timeline';
  const values = spec.points.flatMap((p) => spec.series.map((s) => p.values[s.key]).filter((v): v is number => typeof v === 'number'));
  const totals = stacked ? spec.points.map((p) => spec.series.reduce((sum, s) => sum + (p.values[s.key] ?? 0), 0)) : values;
  const max = Math.max(0, ...totals);
  const min = spec.kind === 'lines' ? Math.min(0, ...values) : 0;
  const y = scaleLinear().domain([min, max === min ? min + 1 : max]).nice().range([plot.bottom, plot.top]);
  const yTicks = y.ticks(compact ? 2 : 5).map((t) => ({ pos: y(t), label: formatTick(t, spec.unit) }));
  const xs = spec.points.map((p) => p.x);
  // As many x labels as fit side by side at the chart's font size (about 0.6 em a character).
  const longest = Math.max(1, ...xs.map((x) => x.length));
  const fits = Math.max(2, Math.floor((plot.right - plot.left) / (longest * (compact ? 9 : 11) * 0.6 + 8)));
  const shown = thin(xs, Math.min(fits, compact ? 4 : 12));
  const marks: Mark[] = [];

  if (spec.kind === 'lines') {
    const x = scalePoint<string>().domain(xs).range([plot.left, plot.right]).padding(0.3);
    for (const s of spec.series) {
      const pts = spec.points.map((p) => ({ x: p.x, v: p.values[s.key], info: p.info[s.key] }));
      const d = lineShape<(typeof pts)[number]>()
        .defined((p) => typeof p.v === 'number')
        .x((p) => x(p.x)!)
        .y((p) => y(p.v as number))(pts);
      if (d) marks.push({ kind: 'path', d, stroke: s.color, title: s.label });
      for (const p of pts) {
        if (typeof p.v !== 'number') continue;
        marks.push({ kind: 'dot', cx: x(p.x)!, cy: y(p.v), r: compact ? 2 : 3, fill: s.color, title: `${p.info?.label ?? `${s.label}, ${p.x}`}: ${formatTick(p.v, spec.unit)}${p.info ? ` (${p.info.source}; ${p.info.confidence})` : ''}` });
      }
    }
    const step = xs.length > 1 ? x(xs[1])! - x(xs[0])! : (plot.right - plot.left) / 2;
    const toX = dayScale(xs.map((v, i) => ({ x: v, start: i === 0 ? Math.max(plot.left, x(v)! - step) : null, end: x(v)! })));
    marks.unshift(...eventMarks(spec, onChart, toX, plot));
    return { width: box.width, height: box.height, plot, xTicks: xs.filter((v) => shown.has(v)).map((v) => ({ pos: x(v)!, label: v })), yTicks, marks, compact };
  }

  const x = scaleBand<string>().domain(xs).range([plot.left, plot.right]).paddingInner(0.2).paddingOuter(0.1);
  const inner = scaleBand<string>().domain(spec.series.map((s) => s.key)).range([0, x.bandwidth()]).padding(0.08);
  const bars = spec.points.length * (stacked ? 1 : spec.series.length);
  const labelled = !stacked && bars <= (compact ? 8 : MAX_VALUE_LABELS);
  for (const p of spec.points) {
    let base = 0;
    for (const s of spec.series) {
      const v = p.values[s.key];
      if (typeof v !== 'number') continue;
      const fill = s.color === 'entity' ? (spec.pointColors?.[p.x] ?? entityColor(p.x)) : s.color;
      const opacity = spec.lighter?.includes(s.key) ? 0.45 : 1;
      const info = p.info[s.key];
      const title = `${info?.label ?? `${p.x}, ${s.label}`}: ${formatTick(v, spec.unit)}${info ? ` (${info.source}; ${info.confidence})` : ''}`;
      if (stacked) {
        if (v === 0) continue;
        marks.push({ kind: 'rect', x: x(p.x)!, y: y(base + v), width: x.bandwidth(), height: y(base) - y(base + v), fill, opacity, title });
        base += v;
      } else {
        const bx = x(p.x)! + inner(s.key)!;
        marks.push({ kind: 'rect', x: bx, y: y(Math.max(v, 0)), width: inner.bandwidth(), height: Math.abs(y(v) - y(0)), fill, opacity, title });
        if (labelled) marks.push({ kind: 'value', x: bx + inner.bandwidth() / 2, y: y(Math.max(v, 0)) - 3, text: formatTick(v, spec.unit) });
      }
    }
    if (stacked && base > 0 && spec.points.length <= MAX_VALUE_LABELS) marks.push({ kind: 'value', x: x(p.x)! + x.bandwidth() / 2, y: y(base) - 3, text: String(base) });
  }
  const toX = dayScale(xs.map((v) => ({ x: v, start: x(v)!, end: x(v)! + x.bandwidth() })));
  marks.unshift(...eventMarks(spec, onChart, toX, plot));
  return { width: box.width, height: box.height, plot, xTicks: xs.filter((v) => shown.has(v)).map((v) => ({ pos: x(v)! + x.bandwidth() / 2, label: v })), yTicks, marks, compact };
}

/**
 * Suspension bands and event rules for the events on the chart (`eventsOnChart`), numbered in that
 * order (the list under the chart uses the same numbers). Only events on the chart's time axis are drawn; bands are clipped to the plot.
 */
function eventMarks(spec: ChartSpec, onChart: ChartEvent[], toX: (day: string) => number | null, plot: ChartLayout['plot']): Mark[] {
  const span = chartSpan(spec);
  const bands: Mark[] = [];
  const rules: Mark[] = [];
  onChart.forEach((e, i) => {
    const label = `${i + 1}. ${e.actor}, ${e.day}: ${e.title}. ${e.status}. Source: ${e.source.publisher}`;
    const at = toX(e.day);
    if (at !== null) rules.push({ kind: 'event', x: at, n: i + 1, id: e.id, title: label });
    if (e.suspension && span && e.suspension.from <= span.end && e.suspension.to >= span.start) {
      const from = toX(e.suspension.from) ?? plot.left;
      const to = toX(e.suspension.to) ?? plot.right;
      if (to > from) bands.push({ kind: 'band', x: from, width: to - from, id: e.id, title: `${i + 1}. ${e.title}: suspended ${e.suspension.from} to ${e.suspension.to}` });
    }
  });
  return [...bands, ...rules];
}
