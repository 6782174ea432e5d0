import type { ChartSpec } from './chart-spec';
import type { ChartEvent } from './events';
import { comparePeriods, periodSpan, spanOf } from './period';

export { periodSpan };

/** True when every x value of the chart is a period: the chart has a time axis events can sit on. */
export function hasTimeAxis(spec: ChartSpec): boolean {
  return spec.kind !== 'grouped-bars' && spec.kind !== 'counts' && spec.points.length > 0 && spec.points.every((p) => periodSpan(p.x) !== null);
}

/** The days the chart covers, from its first period's start to its last period's end. */
export function chartSpan(spec: ChartSpec): { start: string; end: string } | null {
  return hasTimeAxis(spec) ? spanOf(spec.points.map((p) => p.x)) : null;
}

/** The events whose date, or whose suspension, falls inside the chart's span. */
export function eventsOnChart(spec: ChartSpec, events: ChartEvent[]): ChartEvent[] {
  const span = chartSpan(spec);
  if (!span) return [];
  return events.filter((e) => (e.day >= span.start && e.day <= span.end) || (e.suspension !== null && e.suspension.from <= span.end && e.suspension.to >= span.start));
}

export interface BeforeAfterCell {
  period: string;
  value: number;
}

export interface BeforeAfterRow {
  event: ChartEvent;
  series: Array<{ key: string; label: string; before: BeforeAfterCell | null; after: BeforeAfterCell | null }>;
}

/**
 * For each event, each series' value in the last period that ended before the event's day and in the
 * first period that ends on or after it. A period that straddles the day counts as "after": a yearly
 * figure can hold months on both sides, which the table's note says.
 */
export function beforeAfter(spec: ChartSpec, events: ChartEvent[]): BeforeAfterRow[] {
  if (!hasTimeAxis(spec)) return [];
  const points = spec.points.map((p) => ({ p, span: periodSpan(p.x)! })).sort((a, b) => comparePeriods(a.p.x, b.p.x));
  return events.map((event) => ({
    event,
    series: spec.series.map((s) => {
      let before: BeforeAfterCell | null = null;
      let after: BeforeAfterCell | null = null;
      for (const { p, span } of points) {
        const v = p.values[s.key];
        if (typeof v !== 'number') continue;
        if (span.end < event.day) before = { period: p.x, value: v };
        else if (after === null) after = { period: p.x, value: v };
      }
      return { key: s.key, label: s.label, before, after };
    }),
  }));
}

/**
 * Maps a day to a horizontal position, given where each period sits: a period's end is at `end`,
 * its start at `start` (null: a line's point stands for the period's end, and the days before it run
 * from the previous point); days between are placed in proportion. Null outside the chart.
 */
export function dayScale(anchors: Array<{ x: string; start: number | null; end: number }>): (day: string) => number | null {
  const stops: Array<{ t: number; pos: number }> = [];
  for (const a of anchors) {
    const span = periodSpan(a.x);
    if (!span) continue;
    if (a.start !== null) stops.push({ t: Date.parse(`${span.start}T00:00:00Z`), pos: a.start });
    stops.push({ t: Date.parse(`${span.end}T23:59:59Z`), pos: a.end });
  }
  stops.sort((a, b) => a.t - b.t || a.pos - b.pos);
  // Overlapping periods (a year and a month in it) must not run the scale backwards.
  for (let i = 1; i < stops.length; i++) stops[i].pos = Math.max(stops[i].pos, stops[i - 1].pos);
  return (day: string) => {
    const t = Date.parse(`${day}T12:00:00Z`);
    if (stops.length === 0 || Number.isNaN(t) || t < stops[0].t || t > stops.at(-1)!.t) return null;
    for (let i = 1; i < stops.length; i++) {
      const a = stops[i - 1];
      const b = stops[i];
      if (t <= b.t) return b.t === a.t ? b.pos : a.pos + ((t - a.t) / (b.t - a.t)) * (b.pos - a.pos);
    }
    return stops.at(-1)!.pos;
  };
}
