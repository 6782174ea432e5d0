'use client';

import { useState } from 'react';
import type { ChartSvgOptions } from '@/lib/core/chart-svg';
import { CHART_WIDTHS } from '@/lib/core/chart-widths';
import { useServerDrawnMarkup } from '@/lib/client/server-drawn-markup';

/**
 * A chart drawn as plain SVG from its spec (lib/core/chart-svg.ts): on the server, in the first paint, in
 * print and in link previews. The markup goes into the page as it is, so React does not hydrate the
 * chart's nodes one by one; the wrapper takes no box of its own (display: contents). A client component
 * (drawn on the server all the same): what travels to the browser for hydration is the spec, a fraction
 * of the size of the markup. Hydrating keeps the server's markup (useServerDrawnMarkup), so the
 * browser loads the drawing code (with its scales) only when a chart must be drawn anew: another view,
 * or a chart first shown in the browser. Until it has loaded, the chart on screen stays as it was.
 */
export function SvgChart(props: ChartSvgOptions) {
  const draw = useChartDrawing();
  const markup = useServerDrawnMarkup(() => draw([props]), JSON.stringify(props));
  return <div className="svg-markup" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: markup }} />;
}

/** Drawn at three widths; CSS container queries show the one nearest the box's width, so text stays legible on a phone and a desktop alike. */
export function ResponsiveSvgChart(props: Omit<ChartSvgOptions, 'width' | 'className'>) {
  const draw = useChartDrawing();
  const markup = useServerDrawnMarkup(() => draw(CHART_WIDTHS.map((width) => ({ ...props, width, className: `svg-w${width}`, hoverTitles: width > 480 }))), JSON.stringify(props));
  return <div className="svg-markup" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: markup }} />;
}

type DrawChart = (options: ChartSvgOptions) => string;
/** The drawing code once loaded, shared by every chart on the page, and the one request for it. */
let loaded: DrawChart | null = null;
let loading: Promise<DrawChart> | null = null;
const loadDrawing = () => (loading ??= import('@/lib/core/chart-svg').then((m) => (loaded = m.chartSvgMarkup)));

/**
 * Draws charts (their markup, one after the other) once the drawing code is here; until then asks for
 * it once (the component draws again when it arrives) and returns '', which React does not write over
 * the markup shown.
 */
function useChartDrawing(): (charts: ChartSvgOptions[]) => string {
  // The server draws at once: `typeof window` is fixed per bundle at build, so the browser bundle keeps
  // only the import() above and does not carry the drawing code.
  const [markup, setMarkup] = useState<DrawChart | null>(() =>
    typeof window === 'undefined' ? (require('@/lib/core/chart-svg') as typeof import('@/lib/core/chart-svg')).chartSvgMarkup : loaded,
  );
  return (charts) => {
    if (markup) return charts.map((chart) => markup(chart)).join('');
    void loadDrawing().then((draw) => setMarkup(() => draw));
    return '';
  };
}
