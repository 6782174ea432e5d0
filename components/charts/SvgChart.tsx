import type { ChartSpec } from '@/lib/core/charts';
import { layoutChart } from '@/lib/core/chart-layout';
import type { ChartEvent } from '@/lib/core/events';

interface Props {
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

/**
 * A chart drawn as plain SVG from its spec: on the server, in the first paint, in print and in link
 * previews, with no chart JavaScript. Scales come from d3-scale; the box keeps its size when the
 * interactive chart replaces it.
 */
export function SvgChart({ spec, width = 640, height, compact = false, label, sourceLine, className, events = [], eventAnchor = 'chart' }: Props) {
  const sourceSpace = sourceLine && !compact ? 16 : 0;
  const layout = layoutChart(spec, { width, height: height - sourceSpace, compact }, events);
  // With event markers (links) inside, the chart is a labelled group, not an image: an image has no focusable parts.
  const linked = layout.marks.some((m) => m.kind === 'event');
  const { plot } = layout;
  const font = compact ? 9 : 11;
  return (
    <svg className={`svg-chart${className ? ` ${className}` : ''}`} viewBox={`0 0 ${width} ${height}`} width="100%" height="100%" role={linked ? 'group' : 'img'} aria-label={linked ? label : undefined} preserveAspectRatio="xMidYMid meet" data-testid="svg-chart">
      <title>{label}</title>
      {!compact && (
        <g className="axis">
          {layout.yTicks.map((t) => (
            <g key={`y${t.label}`}>
              <line x1={plot.left} x2={plot.right} y1={t.pos} y2={t.pos} className="grid" />
              <text x={plot.left - 6} y={t.pos} dy="0.32em" textAnchor="end" fontSize={font}>
                {t.label}
              </text>
            </g>
          ))}
          {layout.xTicks.map((t) => (
            <text key={`x${t.label}`} x={t.pos} y={plot.bottom + 16} textAnchor="middle" fontSize={font}>
              {t.label}
            </text>
          ))}
          <text x={(plot.left + plot.right) / 2} y={plot.bottom + 34} textAnchor="middle" fontSize={font} className="axis-title">
            {spec.xLabel}
          </text>
          <text transform={`translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={font} className="axis-title">
            {spec.yLabel}
          </text>
        </g>
      )}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="baseline" />
      {layout.marks.map((m, i) => {
        switch (m.kind) {
          case 'rect':
            return (
              <rect key={i} x={m.x} y={m.y} width={Math.max(m.width, 0.5)} height={Math.max(m.height, 0.5)} fill={m.fill} fillOpacity={m.opacity} data-mark="bar">
                <title>{m.title}</title>
              </rect>
            );
          case 'path':
            return <path key={i} d={m.d} fill="none" stroke={m.stroke} strokeWidth={2} data-mark="line" />;
          case 'dot':
            return (
              <circle key={i} cx={m.cx} cy={m.cy} r={m.r} fill={m.fill} data-mark="dot">
                <title>{m.title}</title>
              </circle>
            );
          case 'band':
            return (
              <rect key={i} x={m.x} y={plot.top} width={m.width} height={plot.bottom - plot.top} className="event-band" data-mark="suspension" data-event={m.id}>
                <title>{m.title}</title>
              </rect>
            );
          case 'event':
            return (
              <a key={i} href={`#${eventAnchor}-event-${m.id}`} className="event-rule" data-mark="event" data-event={m.id}>
                <title>{m.title}</title>
                <line x1={m.x} x2={m.x} y1={plot.top - 4} y2={plot.bottom} />
                {!compact && (
                  <>
                    <circle cx={m.x} cy={plot.top - 11} r={7} />
                    <text x={m.x} y={plot.top - 11} dy="0.32em" textAnchor="middle" fontSize={9}>
                      {m.n}
                    </text>
                  </>
                )}
              </a>
            );
          case 'value':
            return (
              <text key={i} x={m.x} y={m.y} textAnchor="middle" fontSize={font} className="value-label">
                {m.text}
              </text>
            );
        }
      })}
      {compact &&
        layout.xTicks.map((t) => (
          <text key={`cx${t.label}`} x={t.pos} y={height - 4} textAnchor="middle" fontSize={font} className="axis">
            {t.label}
          </text>
        ))}
      {sourceLine && !compact && (
        <text x={4} y={height - 4} fontSize={10} className="svg-source">
          {sourceLine.length > width / 5.6 ? `${sourceLine.slice(0, Math.floor(width / 5.6) - 1)}…` : sourceLine}
        </text>
      )}
    </svg>
  );
}

/** Drawn at three widths; CSS container queries show the one nearest the box's width, so text stays legible on a phone and a desktop alike. */
export function ResponsiveSvgChart(props: Omit<Props, 'width' | 'className'>) {
  return (
    <>
      {[960, 640, 360].map((width) => (
        <SvgChart key={width} {...props} width={width} className={`svg-w${width}`} />
      ))}
    </>
  );
}
