'use client';

import { useEffect, useState } from 'react';
import { iframeHtml } from '@/lib/core/oembed';

/** The iframe code for a page's embed, ready to copy; the address is made absolute once the page knows its origin. */
export function EmbedCode({ path, title }: { path: string; title: string }) {
  const [origin, setOrigin] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  const code = iframeHtml(`${origin}${path}`, title);
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Embed code copied.');
    } catch {
      setStatus('Select the code above and copy it.');
    }
  }
  return (
    <details className="embed-code" data-testid="embed-code">
      <summary>Embed this chart</summary>
      <p className="small muted">Paste this into a web page or article; the frame shows the chart, its sources and a link back here.</p>
      <textarea readOnly rows={3} value={code} aria-label="Embed code" onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={copy}>
        Copy embed code
      </button>
      <span role="status" className="small muted">
        {' '}
        {status}
      </span>
    </details>
  );
}
