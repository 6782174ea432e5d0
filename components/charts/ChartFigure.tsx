import type { ChartSpec, SourceLine } from '@/lib/core/charts';
import { entityColor } from '@/lib/core/charts';
import { eventsOnChart } from '@/lib/core/event-timing';
import type { ChartEvent } from '@/lib/core/events';
import { EventFocusNote } from './EventFocusNote';
import { EventList } from './EventList';
import { LazyChart } from './LazyChart';
import { NotDrawnList } from './NotDrawnList';
import { ResponsiveSvgChart } from './SvgChart';
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
  /** Upgrade the server-drawn SVG to the interactive chart after load (the dataset explorer). */
  interactive?: boolean;
  /** Policy events to draw on the time axis, and the choice in words for the list under the chart. */
  events?: ChartEvent[];
  eventChoice?: string;
}

/**
 * A chart with everything a reader needs to trust it: title, units, legend, source line and the
 * paper's footnote. The chart itself is SVG drawn from the spec on the server; the interactive
 * explorer swaps in Recharts after load, in the same box.
 */
export function ChartFigure({ id, spec, sources, footnote, height = 360, compact = false, controls, interactive = false, events = [], eventChoice = '' }: Props) {
  const unit = spec.unit === 'percent' ? '%' : spec.unit;
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  const label = `${spec.title}${unit ? ` (${unit})` : ''}: ${spec.kind === 'lines' ? 'lines' : 'bars'} for ${spec.kind === 'grouped-bars' ? spec.points.map((p) => p.x).join(', ') : spec.series.map((s) => s.label).join(', ')}${spec.points.length > 0 ? `, ${spec.points[0].x} to ${spec.points.at(-1)!.x}` : ''}`;
  // With events drawn, the server SVG stays: its markers are links to the list, with titles on hover.
  const drawsEvents = eventsOnChart(spec, events).length > 0;
  const upgrade = interactive && !drawsEvents;
  // The panels are drawn below as charts of their own: the main chart's spec travels without them.
  const svg = <ResponsiveSvgChart spec={spec.panels ? { ...spec, panels: undefined } : spec} height={height} compact={compact} label={label} events={events} eventAnchor={id} sourceLine={publishers.length > 0 ? `Source: ${publishers.slice(0, 3).join('; ')}${publishers.length > 3 ? '; …' : ''}` : undefined} />;
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      {!compact && (
        <figcaption id={`${id}-title`}>
          {spec.title}
          {unit && <span className="muted small"> ({unit})</span>}
          {spec.definition && <span className="muted small"> · {spec.definition}</span>}
        </figcaption>
      )}
      {controls}
      {!compact && <Legend spec={spec} />}
      <div className="chart-box" id={id} data-testid="chart" data-interactive={interactive ? '' : undefined} style={{ height }}>
        {spec.points.length === 0 ? <p className="muted">Nothing to chart for this selection.</p> : upgrade ? <LazyChart spec={spec}>{svg}</LazyChart> : svg}
      </div>
      {!compact && drawsEvents && <EventFocusNote boxId={id} />}
      {spec.note && <p className="chart-source">{spec.note}</p>}
      {!compact && <NotDrawnList id={id} rows={spec.notDrawn ?? []} />}
      {!compact && spec.panels && spec.panels.length > 0 && (
        <div className="small-multiples" data-testid="small-multiples">
          {spec.panels.map((panel, i) => (
            <figure key={panel.definition ?? i} className="panel-chart" data-definition={panel.definition}>
              <figcaption className="small">{panel.title}</figcaption>
              <div className="chart-box" style={{ height: 240 }}>
                <ResponsiveSvgChart spec={panel} height={240} label={`${panel.title}: ${panel.series.map((s) => s.label).join(', ')}`} />
              </div>
            </figure>
          ))}
        </div>
      )}
      {!compact && <EventList chartId={id} spec={spec} events={events} choice={eventChoice} />}
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
            <span className="swatch" style={{ background: spec.pointColors?.[e] ?? entityColor(e) }} aria-hidden="true" />
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
  // Series of a declared group (providers by home country) are listed under their group.
  const groups = [...new Set(spec.series.map((s) => s.group ?? ''))];
  return (
    <ul className="legend" aria-label="Legend">
      {groups.map((g) => [
        g && (
          <li key={`group-${g}`} className="muted">
            {g}:
          </li>
        ),
        ...spec.series
          .filter((s) => (s.group ?? '') === g)
          .map((s) => (
            <li key={s.key}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </li>
          )),
      ])}
    </ul>
  );
}
