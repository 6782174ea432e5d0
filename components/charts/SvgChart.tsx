'use client';

import { CHART_WIDTHS, chartSvgMarkup, type ChartSvgOptions } from '@/lib/core/chart-svg';
import { useServerDrawnMarkup } from '@/lib/client/server-drawn-markup';

/**
 * A chart drawn as plain SVG from its spec (lib/core/chart-svg.ts): on the server, in the first paint, in
 * print and in link previews. The markup goes into the page as it is, so React does not hydrate the
 * chart's nodes one by one; the wrapper takes no box of its own (display: contents). A client component
 * (drawn on the server all the same): what travels to the browser for hydration is the spec, a fraction
 * of the size of the markup. Hydrating keeps the server's markup (useServerDrawnMarkup); the browser
 * draws the chart only when its props change.
 */
export function SvgChart(props: ChartSvgOptions) {
  const markup = useServerDrawnMarkup(() => chartSvgMarkup(props), propsDeps(props));
  return <div className="svg-markup" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: markup }} />;
}

/** A chart's props as a list of values to compare from one render to the next. */
const propsDeps = (props: object) => Object.keys(props).sort().flatMap((k) => [k, (props as Record<string, unknown>)[k]]);

/** Drawn at three widths; CSS container queries show the one nearest the box's width, so text stays legible on a phone and a desktop alike. */
export function ResponsiveSvgChart(props: Omit<ChartSvgOptions, 'width' | 'className'>) {
  const markup = useServerDrawnMarkup(() => CHART_WIDTHS.map((width) => chartSvgMarkup({ ...props, width, className: `svg-w${width}`, hoverTitles: width > 480 })).join(''), propsDeps(props));
  return <div className="svg-markup" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: markup }} />;
}
