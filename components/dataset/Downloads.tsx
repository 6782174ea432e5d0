'use client';

import { useEffect, useState } from 'react';
import type { SourceLine } from '@/lib/charts';
import { bibtexCitation, plainCitation } from '@/lib/citation';
import { writeCsv } from '@/lib/csv/write';
import type { Row } from '@/lib/types';
import { chartSvg, saveBlob, svgToPng } from './chart-export';

interface Props {
  datasetId: string;
  title: string;
  /** Where the filtered CSV comes from without JavaScript: the API with the same filters. */
  filteredHref: string;
  filename: string;
  fields: string[];
  rows: Row[];
  chartId: string | null;
  sources: SourceLine[];
}

/** Downloads of exactly what is on screen, plus the full file, the package and a citation. */
export function Downloads({ datasetId, title, filteredHref, filename, fields, rows, chartId, sources }: Props) {
  const [status, setStatus] = useState('');
  const [pageUrl, setPageUrl] = useState('');
  useEffect(() => setPageUrl(window.location.href), [rows]);
  const accessed = new Date().toISOString().slice(0, 10);
  const citation = { title, url: pageUrl || `/datasets/${datasetId}`, accessed, sources };
  const sourceText = `Source: ${sources.map((s) => `${s.publisher} [${s.confidence.join(', ')}]`).join('; ')}`;
  const base = filename.replace(/\.csv$/, '');

  function downloadFiltered(e: React.MouseEvent) {
    e.preventDefault();
    saveBlob(new Blob([writeCsv(fields, rows)], { type: 'text/csv;charset=utf-8' }), filename);
  }

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

  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied.`);
    } catch {
      setStatus(`Select the ${what.toLowerCase()} below and copy it.`);
    }
  }

  return (
    <section aria-labelledby={`${datasetId}-downloads`}>
      <h2 id={`${datasetId}-downloads`}>Downloads</h2>
      <div className="downloads">
        <a className="button" href={filteredHref} download={filename} onClick={downloadFiltered}>
          Download filtered CSV ({rows.length} rows)
        </a>
        <a className="button" href={`/api/datasets/${datasetId}/csv`} download>
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
      <details className="cite">
        <summary>Cite this view</summary>
        <p className="small muted">Plain text</p>
        <pre className="citation" data-testid="citation-text">{plainCitation(citation)}</pre>
        <button type="button" onClick={() => copy(plainCitation(citation), 'Citation')}>
          Copy citation
        </button>
        <p className="small muted">BibTeX</p>
        <pre className="citation" data-testid="citation-bibtex">{bibtexCitation(citation)}</pre>
        <button type="button" onClick={() => copy(bibtexCitation(citation), 'BibTeX')}>
          Copy BibTeX
        </button>
      </details>
      <p role="status" className="small muted">
        {status}
      </p>
    </section>
  );
}
