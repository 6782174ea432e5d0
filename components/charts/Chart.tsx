'use client';

import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartPoint, ChartSpec } from '@/lib/core/charts';
import { entityColor } from '@/lib/core/charts';
import { formatTick, formatValue } from '@/lib/core/format';

interface Props {
  spec: ChartSpec;
  compact?: boolean;
}

type Flat = Record<string, string | number | null> & { x: string };
const flatten = (points: ChartPoint[]): Flat[] => points.map((p) => ({ x: p.x, ...p.values }));

function PointTooltip({ spec, active, label, payload }: { spec: ChartSpec; active?: boolean; label?: string | number; payload?: ReadonlyArray<{ dataKey?: unknown; value?: unknown }> }) {
  if (!active || !payload?.length) return null;
  const point = spec.points.find((p) => p.x === String(label));
  return (
    <div className="chart-tooltip">
      <strong>{label}</strong>
      <ul>
        {payload.map((item) => {
          const key = String(item.dataKey);
          const info = point?.info[key];
          const value = typeof item.value === 'number' ? item.value : null;
          return (
            <li key={key}>
              {info ? info.label : spec.series.find((s) => s.key === key)?.label ?? key}: <b>{formatValue(value, spec.unit)}</b>
              {info && (
                <span className="chart-tooltip-source">
                  {info.source} · {info.confidence}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Draws a ChartSpec with Recharts. Its box is sized by the parent, so nothing moves when it mounts. */
export function Chart({ spec, compact = false }: Props) {
  const data = flatten(spec.points);
  const margin = compact ? { top: 4, right: 4, bottom: 4, left: 4 } : { top: 10, right: 16, bottom: 36, left: 16 };
  const tick = { fontSize: compact ? 10 : 12, fill: 'var(--fg-muted)' };
  const axes = (
    <>
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis
        dataKey="x"
        tick={tick}
        stroke="var(--fg-muted)"
        hide={compact}
        interval="preserveStartEnd"
        label={compact ? undefined : { value: spec.xLabel, position: 'insideBottom', offset: -24, fill: 'var(--fg)', fontSize: 12 }}
      />
      <YAxis
        tick={tick}
        stroke="var(--fg-muted)"
        hide={compact}
        width={compact ? 0 : 72}
        tickFormatter={(v: number) => formatTick(v, spec.unit)}
        label={compact ? undefined : { value: spec.yLabel, angle: -90, position: 'insideLeft', offset: 4, fill: 'var(--fg)', fontSize: 12, style: { textAnchor: 'middle' } }}
      />
      <Tooltip content={(props) => <PointTooltip spec={spec} {...props} />} cursor={{ fill: 'var(--bg-soft)' }} />
    </>
  );

  let chart: React.ReactElement;
  if (spec.kind === 'lines') {
    chart = (
      <LineChart data={data} margin={margin} accessibilityLayer>
        {axes}
        {spec.series.map((s) => (
          <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} dot={{ r: compact ? 2 : 3, fill: s.color }} connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
    );
  } else {
    const stacked = spec.kind === 'timeline';
    // 'bars' and 'grouped-bars' are side by side; only the timeline stacks.
    chart = (
      <BarChart data={data} margin={margin} accessibilityLayer>
        {axes}
        {spec.series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId={stacked ? 'all' : undefined} fill={s.color === 'entity' ? undefined : s.color} isAnimationActive={false}>
            {s.color === 'entity' &&
              data.map((d) => <Cell key={d.x} fill={spec.pointColors?.[d.x] ?? entityColor(d.x)} fillOpacity={spec.lighter?.includes(s.key) ? 0.45 : 1} />)}
          </Bar>
        ))}
      </BarChart>
    );
  }
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: compact ? 120 : 360 }}>
      {chart}
    </ResponsiveContainer>
  );
}
