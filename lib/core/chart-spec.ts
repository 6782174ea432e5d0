import type { Row } from './types';

/** Chart shapes, decided from the dataset's declared view; pure so the server and the client agree. */
export type ChartKind = 'grouped-bars' | 'bars' | 'lines' | 'timeline' | 'counts';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  /** The group the series' entity belongs to (a provider's home country), when the view declares one. */
  group?: string;
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

/** A row of the charted selection that has no mark, and why (a second row for one cell, no value, thinned). */
export interface NotDrawn {
  row: Row;
  label: string;
  reason: string;
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
  /** For grouped bars: each entity's colour, by its x label. */
  pointColors?: Record<string, string>;
  /** The declared selector field (measure, series), the value charted and the values there are. */
  measureField: string | null;
  measure: string | null;
  measures: string[];
  note: string | null;
  /** Other definitions of the same measure (a tier, a unit, a precision): drawn as small multiples, never on this axis. */
  panels?: ChartSpec[];
  /** The definition this chart is drawn on, when the measure has more than one. */
  definition?: string;
  /** Rows of the charted selection without a mark, each with the reason; listed under the chart. */
  notDrawn?: NotDrawn[];
}

export const MAX_POINTS = 2000;
