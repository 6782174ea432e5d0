/** The widths a chart is drawn at; CSS container queries show the one nearest the box's width. */
export const CHART_WIDTHS = [960, 640, 360] as const;
