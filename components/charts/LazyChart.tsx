'use client';

import dynamic from 'next/dynamic';

/**
 * Recharts draws nothing on the server (recharts#5997), so it need not be in the first load:
 * the chart code arrives after the page, into a box that already has its final size.
 */
export const LazyChart = dynamic(() => import('./Chart').then((m) => m.Chart), {
  ssr: false,
  loading: () => <p className="chart-loading muted small">Drawing the chart… the table below holds the same figures.</p>,
});
