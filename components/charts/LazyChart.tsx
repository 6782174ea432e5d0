'use client';

import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { ChartSpec } from '@/lib/core/charts';

type ChartComponent = ComponentType<{ spec: ChartSpec; compact?: boolean }>;

/**
 * The interactive chart (Recharts, with tooltips) replaces the server-drawn SVG once its code has
 * loaded after the page. Until then, and without JavaScript, the SVG (`children`) is the chart; both
 * fill the same box, so nothing moves.
 */
export function LazyChart({ spec, children }: { spec: ChartSpec; children: ReactNode }) {
  const [Chart, setChart] = useState<ChartComponent | null>(null);
  useEffect(() => {
    let live = true;
    import('./Chart').then((m) => live && setChart(() => m.Chart));
    return () => {
      live = false;
    };
  }, []);
  return Chart ? <Chart spec={spec} /> : <>{children}</>;
}
