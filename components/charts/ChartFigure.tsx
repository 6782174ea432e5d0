import type { ChartSpec, SourceLine } from '@/lib/charts';
import { entityColor } from '@/lib/charts';
import { LazyChart } from './LazyChart';
import { SourceList } from './SourceList';

interface Props {
  id: string;
  spec: ChartSpec;
  sources: SourceLine[];
  footnote?: string | null;
  height?: number;
  compact?: boolean;
  /** Extra controls drawn between the title and the chart (e.g. which measure to show). */
  controls?: React.ReactNode;
}

/**
 * A chart with everything a reader needs to trust it: title, units, legend, source line and the
 * paper's footnote. Title, legend and sources are plain HTML, so they are in the server HTML even
 * though Recharts draws nothing until it mounts; the box has its final height from the start.
 */
export function ChartFigure({ id, spec, sources, footnote, height = 360, compact = false, controls }: Props) {
  const unit = spec.unit === 'percent' ? '%' : spec.unit;
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      {!compact && (
        <figcaption id={`${id}-title`}>
          {spec.title}
          {unit && <span className="muted small"> ({unit})</span>}
        </figcaption>
      )}
      {controls}
      {!compact && <Legend spec={spec} />}
      <div className="chart-box" id={id} data-testid="chart" style={{ height }} role="img" aria-label={`${spec.title}: chart of the rows listed in the table below`}>
        {spec.points.length > 0 ? <LazyChart spec={spec} compact={compact} /> : <p className="muted">Nothing to chart for this selection.</p>}
      </div>
      {spec.note && <p className="chart-source">{spec.note}</p>}
      {!compact && (
        <div className="chart-source">
          <SourceList sources={sources} />
          {footnote && <p>Paper: {footnote}</p>}
        </div>
      )}
    </figure>
  );
}

function Legend({ spec }: { spec: ChartSpec }) {
  if (spec.kind === 'grouped-bars') {
    const entities = spec.points.map((p) => p.x);
    return (
      <ul className="legend" aria-label="Legend">
        {entities.map((e) => (
          <li key={e}>
            <span className="swatch" style={{ background: entityColor(e) }} aria-hidden="true" />
            {e}
          </li>
        ))}
        {spec.series.length > 1 && (
          <li className="muted">
            Bars left to right: {spec.series.map((s) => s.label).join(', ')} (earlier years lighter)
          </li>
        )}
      </ul>
    );
  }
  return (
    <ul className="legend" aria-label="Legend">
      {spec.series.map((s) => (
        <li key={s.key}>
          <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
