'use client';

import { useState } from 'react';
import type { SourceLine } from '@/lib/core/charts';
import { fullDownloadName } from '@/lib/core/download-name';
import { EmbedCode } from '../ui/EmbedCode';
import { chartSvg, saveBlob, svgToPng } from './chart-export';

interface Props {
  datasetId: string;
  title: string;
  /** The filtered CSV: the API route with the view's filters and sort, the one producer of that file. */
  filteredHref: string;
  filename: string;
  /** The same view as a ZIP (CSV, datapackage.json, README), from the bundle route, and its name (downloadName). */
  bundleHref: string;
  bundleName: string;
  /** The same view as an embed (/embed/datasets/...). */
  embedPath: string;
  rowCount: number;
  chartId: string | null;
  sources: SourceLine[];
}

/** Downloads of exactly what is on screen, plus the full file and the package. The citation (with the data version) is under "Use this data". */
export function Downloads({ datasetId, title, filteredHref, filename, bundleHref, bundleName, embedPath, rowCount, chartId, sources }: Props) {
  const [status, setStatus] = useState('');
  const sourceText = `Source: ${sources.map((s) => `${s.publisher} [${s.confidence.join(', ')}]`).join('; ')}`;
  const base = filename.replace(/\.csv$/, '');

  async function downloadChart(kind: 'svg' | 'png') {
    const box = chartId ? document.getElementById(chartId) : null;
    const drawn = box ? chartSvg(box, title, sourceText) : null;
    if (!drawn) return setStatus('The chart is not drawn yet.');
    try {
      if (kind === 'svg') saveBlob(new Blob([drawn.svg], { type: 'image/svg+xml' }), `${base}.svg`);
      else saveBlob(await svgToPng(drawn.svg, drawn.width, drawn.height, 2), `${base}.png`);
      setStatus('');
    } catch (err) {
      setStatus(err instanceof Error ? err.message : 'Download failed.');
    }
  }

  return (
    <section aria-labelledby={`${datasetId}-downloads`}>
      <h2 id={`${datasetId}-downloads`}>Downloads</h2>
      <div className="downloads">
        <a className="button" href={bundleHref} download={bundleName} data-testid="bundle-link">
          This view as a ZIP: CSV, datapackage.json and a README
        </a>
        <a className="button" href={filteredHref} download={filename}>
          Download filtered CSV ({rowCount} rows)
        </a>
        <a className="button" href={`/api/datasets/${datasetId}/csv`} download={fullDownloadName(datasetId)}>
          Download full CSV
        </a>
        <a className="button" href="/datapackage.json" download="datapackage.json">
          datapackage.json
        </a>
        {chartId && (
          <>
            <button type="button" onClick={() => downloadChart('svg')}>
              Chart as SVG
            </button>
            <button type="button" onClick={() => downloadChart('png')}>
              Chart as PNG (2x)
            </button>
          </>
        )}
      </div>
      <EmbedCode path={embedPath} title={title} />
      <p role="status" className="small muted">
        {status}
      </p>
    </section>
  );
}
