import type { ChartSpec } from './charts';
import { layoutChart } from './chart-layout';
import type { ChartEvent } from './events';
import { el, escapeMarkup } from './markup';

export interface ChartSvgOptions {
  spec: ChartSpec;
  width?: number;
  height: number;
  compact?: boolean;
  /** One sentence saying what the chart shows, for the SVG's title. */
  label: string;
  /** The source line drawn inside the SVG, so the image carries its provenance when saved or shared. */
  sourceLine?: string;
  className?: string;
  /** Policy events drawn on the time axis; the list under the chart gives each in words. */
  events?: ChartEvent[];
  /** The id of the figure the event list belongs to: markers link to `#<anchor>-event-<id>`. */
  eventAnchor?: string;
}

const title = (text: string) => el('title', {}, escapeMarkup(text));

/**
 * A chart drawn as plain SVG markup from its spec, with the geometry of layoutChart (d3-scale inside).
 * Pages put the markup in the HTML as it is: it is in the first paint, in print and in saved pages, and
 * the browser does not hydrate its hundreds of nodes. Every text and attribute value is escaped.
 */
export function chartSvgMarkup({ spec, width = 640, height, compact = false, label, sourceLine, className, events = [], eventAnchor = 'chart' }: ChartSvgOptions): string {
  const sourceSpace = sourceLine && !compact ? 16 : 0;
  const layout = layoutChart(spec, { width, height: height - sourceSpace, compact }, events);
  // With event markers (links) inside, the chart is a labelled group, not an image: an image has no focusable parts.
  const linked = layout.marks.some((m) => m.kind === 'event');
  const { plot } = layout;
  const font = compact ? 9 : 11;
  const parts: string[] = [title(label)];
  if (!compact) {
    const axis = [
      ...layout.yTicks.map((t) =>
        el('g', {}, el('line', { x1: plot.left, x2: plot.right, y1: t.pos, y2: t.pos, class: 'grid' }), el('text', { x: plot.left - 6, y: t.pos, dy: '0.32em', 'text-anchor': 'end', 'font-size': font }, escapeMarkup(t.label))),
      ),
      ...layout.xTicks.map((t) => el('text', { x: t.pos, y: plot.bottom + 16, 'text-anchor': 'middle', 'font-size': font }, escapeMarkup(t.label))),
      el('text', { x: (plot.left + plot.right) / 2, y: plot.bottom + 34, 'text-anchor': 'middle', 'font-size': font, class: 'axis-title' }, escapeMarkup(spec.xLabel)),
      el('text', { transform: `translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`, 'text-anchor': 'middle', 'font-size': font, class: 'axis-title' }, escapeMarkup(spec.yLabel)),
    ];
    parts.push(el('g', { class: 'axis' }, ...axis));
  }
  parts.push(el('line', { x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom, class: 'baseline' }));
  for (const m of layout.marks) {
    switch (m.kind) {
      case 'rect':
        parts.push(el('rect', { x: m.x, y: m.y, width: Math.max(m.width, 0.5), height: Math.max(m.height, 0.5), fill: m.fill, 'fill-opacity': m.opacity, 'data-mark': 'bar' }, title(m.title)));
        break;
      case 'path':
        parts.push(el('path', { d: m.d, fill: 'none', stroke: m.stroke, 'stroke-width': 2, 'data-mark': 'line' }));
        break;
      case 'dot':
        parts.push(el('circle', { cx: m.cx, cy: m.cy, r: m.r, fill: m.fill, 'data-mark': 'dot' }, title(m.title)));
        break;
      case 'band':
        parts.push(el('rect', { x: m.x, y: plot.top, width: m.width, height: plot.bottom - plot.top, class: 'event-band', 'data-mark': 'suspension', 'data-event': m.id }, title(m.title)));
        break;
      case 'event': {
        const marker = compact
          ? []
          : [el('circle', { cx: m.x, cy: plot.top - 11, r: 7 }), el('text', { x: m.x, y: plot.top - 11, dy: '0.32em', 'text-anchor': 'middle', 'font-size': 9 }, escapeMarkup(m.n))];
        parts.push(el('a', { href: `#${eventAnchor}-event-${m.id}`, class: 'event-rule', 'data-mark': 'event', 'data-event': m.id }, title(m.title), el('line', { x1: m.x, x2: m.x, y1: plot.top - 4, y2: plot.bottom }), ...marker));
        break;
      }
      case 'value':
        parts.push(el('text', { x: m.x, y: m.y, 'text-anchor': 'middle', 'font-size': font, class: 'value-label' }, escapeMarkup(m.text)));
        break;
    }
  }
  if (compact) {
    for (const t of layout.xTicks) parts.push(el('text', { x: t.pos, y: height - 4, 'text-anchor': 'middle', 'font-size': font, class: 'axis' }, escapeMarkup(t.label)));
  }
  if (sourceLine && !compact) {
    const max = Math.floor(width / 5.6);
    parts.push(el('text', { x: 4, y: height - 4, 'font-size': 10, class: 'svg-source' }, escapeMarkup(sourceLine.length > width / 5.6 ? `${sourceLine.slice(0, max - 1)}…` : sourceLine)));
  }
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `svg-chart${className ? ` ${className}` : ''}`,
      viewBox: `0 0 ${width} ${height}`,
      width: '100%',
      height: '100%',
      role: linked ? 'group' : 'img',
      'aria-label': linked ? label : undefined,
      preserveAspectRatio: 'xMidYMid meet',
      'data-testid': 'svg-chart',
    },
    ...parts,
  );
}

/** The widths a chart is drawn at; CSS container queries show the one nearest the box's width. */
export const CHART_WIDTHS = [960, 640, 360] as const;
