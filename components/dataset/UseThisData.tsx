'use client';

import { useEffect, useState } from 'react';
import { apaCitation, bibtexCitation } from '@/lib/core/citation';
import { splitEventParams } from '@/lib/core/events';
import { csvAddress, dataSnippets } from '@/lib/core/snippets';

interface Props {
  datasetId: string;
  title: string;
  /** The server's idea of the site's address; the browser's own replaces it once loaded. */
  origin: string;
  /** The view's query, as the server read it from the URL. */
  search: string;
  version: string | null;
  released: string | null;
  accessed: string;
  publishers: string[];
}

/** Python, R and JavaScript that read the CSV of the view on screen, and the view cited with the data version. */
export function UseThisData({ datasetId, title, origin: serverOrigin, search, version, released, accessed, publishers }: Props) {
  const [origin, setOrigin] = useState(serverOrigin);
  const [status, setStatus] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  const { filterParams } = splitEventParams(new URLSearchParams(search));
  const csvUrl = csvAddress(origin, datasetId, filterParams.toString());
  const pageUrl = `${origin}/datasets/${datasetId}${search ? `?${search}` : ''}`;
  const citation = { title, url: pageUrl, accessed, version, released, sources: publishers.map((publisher) => ({ id: publisher, publisher, title: '', url: '', seenAt: null, confidence: [], rows: 0 })) };

  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied.`);
    } catch {
      setStatus(`Select the ${what} and copy it.`);
    }
  }

  return (
    <section aria-labelledby={`${datasetId}-use`} data-testid="use-this-data">
      <h2 id={`${datasetId}-use`}>Use this data</h2>
      <p className="small">
        Each snippet reads the CSV of the view on screen: <code data-testid="snippet-csv-url">{csvUrl}</code>
        {version && <> (data version {version})</>}.
      </p>
      {dataSnippets(csvUrl).map((s) => (
        <div key={s.language}>
          <h3>
            {s.language} <span className="small muted">({s.needs})</span>
          </h3>
          {/* Focusable: a long line scrolls sideways on a phone, and a keyboard reader can scroll it too. */}
          <pre className="citation" tabIndex={0} data-testid={`snippet-${s.language.toLowerCase()}`}>
            <code>{s.code}</code>
          </pre>
          <button type="button" onClick={() => copy(s.code, `${s.language} code`)}>
            Copy {s.language}
          </button>
        </div>
      ))}
      <details className="cite" data-testid="cite-data">
        <summary>Cite this data{version ? ` (version ${version})` : ''}</summary>
        <p className="small muted">APA</p>
        <pre className="citation" tabIndex={0} data-testid="cite-data-apa">{apaCitation(citation)}</pre>
        <button type="button" onClick={() => copy(apaCitation(citation), 'APA reference')}>
          Copy APA
        </button>
        <p className="small muted">BibTeX</p>
        <pre className="citation" tabIndex={0} data-testid="cite-data-bibtex">{bibtexCitation(citation)}</pre>
        <button type="button" onClick={() => copy(bibtexCitation(citation), 'BibTeX entry')}>
          Copy BibTeX
        </button>
      </details>
      <p role="status" className="small muted">
        {status}
      </p>
    </section>
  );
}
