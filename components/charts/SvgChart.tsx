'use client';

import { CHART_WIDTHS, chartSvgMarkup, type ChartSvgOptions } from '@/lib/core/chart-svg';

/**
 * A chart drawn as plain SVG from its spec (lib/core/chart-svg.ts): on the server, in the first paint, in
 * print and in link previews. The markup goes into the page as it is, so React does not hydrate the
 * chart's nodes one by one; the wrapper takes no box of its own (display: contents). A client component
 * (drawn on the server all the same): what travels to the browser for hydration is the spec, a fraction
 * of the size of the markup, which the browser draws again to the same string.
 */
export function SvgChart(props: ChartSvgOptions) {
  return <div className="svg-markup" dangerouslySetInnerHTML={{ __html: chartSvgMarkup(props) }} />;
}

/** Drawn at three widths; CSS container queries show the one nearest the box's width, so text stays legible on a phone and a desktop alike. */
export function ResponsiveSvgChart(props: Omit<ChartSvgOptions, 'width' | 'className'>) {
  const markup = CHART_WIDTHS.map((width) => chartSvgMarkup({ ...props, width, className: `svg-w${width}`, hoverTitles: width > 480 })).join('');
  return <div className="svg-markup" dangerouslySetInnerHTML={{ __html: markup }} />;
}
