import { scaleUtc } from 'd3-scale';
import type { Lifecycle } from '@/lib/core/lifecycle';

const WIDTH = 240;
const HEIGHT = 14;
const toDate = (d: string) => new Date(`${d}T00:00:00Z`);

/** A measure's life on a shared time axis: solid while in force, hatched while suspended, dashed outline where no source confirms it, a bar at its end. */
export function LifecycleStrip({ life, domain, color }: { life: Lifecycle; domain: [string, string]; color: string }) {
  const x = scaleUtc().domain(domain.map(toDate)).range([2, WIDTH - 2]).clamp(true);
  const at = (d: string) => x(toDate(d));
  return (
    <svg className="lifecycle" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={life.text}>
      <line x1={2} x2={WIDTH - 2} y1={HEIGHT / 2} y2={HEIGHT / 2} className="lifecycle-axis" />
      {life.stretches.map((s) => (
        <rect
          key={`${s.kind}${s.from}`}
          x={at(s.from)}
          y={3}
          width={Math.max(1.5, at(s.to) - at(s.from))}
          height={HEIGHT - 6}
          fill={s.kind === 'in force' ? color : s.kind === 'unconfirmed' ? 'none' : 'url(#suspended-hatch)'}
          stroke={s.kind !== 'in force' ? color : undefined}
          strokeWidth={s.kind !== 'in force' ? 0.75 : undefined}
          strokeDasharray={s.kind === 'unconfirmed' ? '2 2' : undefined}
          data-kind={s.kind}
        />
      ))}
      {life.ended && <line x1={at(life.ended)} x2={at(life.ended)} y1={1} y2={HEIGHT - 1} className="lifecycle-end" data-kind="ended" />}
      {life.announced && <circle cx={at(life.announced)} cy={HEIGHT / 2} r={2.5} fill={life.neverEffective ? 'none' : color} stroke={color} data-kind="announced" />}
    </svg>
  );
}

/** Defines the hatch pattern once per page section. */
export function LifecycleDefs() {
  return (
    <svg width={0} height={0} aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern id="suspended-hatch" width={4} height={4} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={4} stroke="currentColor" strokeWidth={1.5} />
        </pattern>
      </defs>
    </svg>
  );
}
