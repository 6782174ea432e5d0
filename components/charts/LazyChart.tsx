'use client';

import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { ChartSpec } from '@/lib/core/charts';

type ChartComponent = ComponentType<{ spec: ChartSpec; compact?: boolean }>;

/**
 * The interactive chart (Recharts, with rich tooltips) replaces the server-drawn SVG when a reader
 * reaches for the chart (pointer or keyboard focus), so its code costs nothing while the page loads.
 * Until then, and without JavaScript, the SVG (`children`) is the chart, with a title on every mark;
 * both fill the same box, so nothing moves.
 */
export function LazyChart({ spec, children }: { spec: ChartSpec; children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const [Chart, setChart] = useState<ChartComponent | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    import('./Chart').then((m) => live && setChart(() => m.Chart));
    return () => {
      live = false;
    };
  }, [wanted]);
  if (Chart) return <Chart spec={spec} />;
  return (
    <div className="chart-upgrade" role="group" tabIndex={0} aria-label="Chart: focus or point at it for interactive tooltips" onPointerEnter={() => setWanted(true)} onFocus={() => setWanted(true)}>
      {children}
    </div>
  );
}
