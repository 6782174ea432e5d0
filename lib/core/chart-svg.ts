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
  /** Each mark's hover tooltip (default on). */
  hoverTitles?: boolean;
}

const title = (text: string) => el('title', {}, escapeMarkup(text));

/** Coordinates to a tenth of a pixel: finer steps are invisible and only lengthen the page. */
const px = (v: number) => Math.round(v * 10) / 10;
/** A path's numbers, rounded the same way. */
const roundPath = (d: string) => d.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(px(Number(n))));

/**
 * A chart drawn as plain SVG markup from its spec, with the geometry of layoutChart (d3-scale inside).
 * Pages put the markup in the HTML as it is: it is in the first paint, in print and in saved pages, and
 * the browser does not hydrate its hundreds of nodes. Every text and attribute value is escaped.
 * Text is centred at the chart's font size unless it says otherwise (attributes set once on the root,
 * which its text inherits). `hoverTitles: false` leaves out each mark's tooltip, for the phone-width
 * drawing (no pointer hovers there, and the chart's own title is what assistive technology reads).
 */
export function chartSvgMarkup({ spec, width = 640, height, compact = false, label, sourceLine, className, events = [], eventAnchor = 'chart', hoverTitles = true }: ChartSvgOptions): string {
  const sourceSpace = sourceLine && !compact ? 16 : 0;
  const layout = layoutChart(spec, { width, height: height - sourceSpace, compact }, events);
  // With event markers (links) inside, the chart is a labelled group, not an image: an image has no focusable parts.
  const linked = layout.marks.some((m) => m.kind === 'event');
  const { plot } = layout;
  const font = compact ? 9 : 11;
  const tip = (text: string) => (hoverTitles ? title(text) : '');
  const left = px(plot.left);
  const right = px(plot.right);
  const bottom = px(plot.bottom);
  const parts: string[] = [title(label)];
  if (!compact) {
    const axis = [
      ...layout.yTicks.flatMap((t) => [el('line', { x1: left, x2: right, y1: px(t.pos), y2: px(t.pos), class: 'grid' }), el('text', { x: left - 6, y: px(t.pos), dy: '0.32em', 'text-anchor': 'end' }, escapeMarkup(t.label))]),
      ...layout.xTicks.map((t) => el('text', { x: px(t.pos), y: bottom + 16 }, escapeMarkup(t.label))),
      el('text', { x: px((plot.left + plot.right) / 2), y: bottom + 34, class: 'axis-title' }, escapeMarkup(spec.xLabel)),
      el('text', { transform: `translate(14 ${px((plot.top + plot.bottom) / 2)}) rotate(-90)`, class: 'axis-title' }, escapeMarkup(spec.yLabel)),
    ];
    parts.push(el('g', { class: 'axis' }, ...axis));
  }
  parts.push(el('line', { x1: left, x2: right, y1: bottom, y2: bottom, class: 'baseline' }));
  for (const m of layout.marks) {
    switch (m.kind) {
      case 'rect':
        parts.push(el('rect', { x: px(m.x), y: px(m.y), width: px(Math.max(m.width, 0.5)), height: px(Math.max(m.height, 0.5)), fill: m.fill, 'fill-opacity': m.opacity === 1 ? undefined : m.opacity, 'data-mark': 'bar' }, tip(m.title)));
        break;
      case 'path':
        parts.push(el('path', { d: roundPath(m.d), fill: 'none', stroke: m.stroke, 'stroke-width': 2, 'data-mark': 'line' }));
        break;
      case 'dot':
        parts.push(el('circle', { cx: px(m.cx), cy: px(m.cy), r: m.r, fill: m.fill, 'data-mark': 'dot' }, tip(m.title)));
        break;
      case 'band':
        parts.push(el('rect', { x: px(m.x), y: px(plot.top), width: px(m.width), height: px(plot.bottom - plot.top), class: 'event-band', 'data-mark': 'suspension', 'data-event': m.id }, title(m.title)));
        break;
      case 'event': {
        const marker = compact ? [] : [el('circle', { cx: px(m.x), cy: px(plot.top - 11), r: 7 }), el('text', { x: px(m.x), y: px(plot.top - 11), dy: '0.32em', 'font-size': 9 }, escapeMarkup(m.n))];
        parts.push(el('a', { href: `#${eventAnchor}-event-${m.id}`, class: 'event-rule', 'data-mark': 'event', 'data-event': m.id }, title(m.title), el('line', { x1: px(m.x), x2: px(m.x), y1: px(plot.top - 4), y2: bottom }), ...marker));
        break;
      }
      case 'value':
        parts.push(el('text', { x: px(m.x), y: px(m.y), class: 'value-label' }, escapeMarkup(m.text)));
        break;
    }
  }
  if (compact) {
    for (const t of layout.xTicks) parts.push(el('text', { x: px(t.pos), y: height - 4, class: 'axis' }, escapeMarkup(t.label)));
  }
  if (sourceLine && !compact) {
    const max = Math.floor(width / 5.6);
    parts.push(el('text', { x: 4, y: height - 4, 'font-size': 10, 'text-anchor': 'start', class: 'svg-source' }, escapeMarkup(sourceLine.length > width / 5.6 ? `${sourceLine.slice(0, max - 1)}…` : sourceLine)));
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
      'font-size': font,
      'text-anchor': 'middle',
      'data-testid': 'svg-chart',
    },
    ...parts,
  );
}

export { CHART_WIDTHS } from './chart-widths';
