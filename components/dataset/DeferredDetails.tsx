'use client';

import { useState } from 'react';
import { useDatasetMeta } from '@/lib/client/dataset-meta';
import { ChangeList, Codebook, SourceItems } from './MetadataLists';

type Part = 'codebook' | 'changes' | 'sources';

/**
 * A part of "About this dataset" that a reader rarely needs on arrival: only its summary is in the
 * page, and its content is drawn when the reader opens it, from the dataset's descriptor (already in
 * the browser with the explorer's rows, else fetched from /api/datasets/{id}).
 * `skip`: for the sources, how many the page already lists above.
 */
export function DeferredDetails({ datasetId, part, summary, skip = 0 }: { datasetId: string; part: Part; summary: string; skip?: number }) {
  const [open, setOpen] = useState(false);
  const { meta, error } = useDatasetMeta(datasetId, open);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)} data-deferred={part}>
      <summary>{summary}</summary>
      {!open ? null : meta ? (
        part === 'codebook' ? (
          <Codebook fields={meta.fields} />
        ) : part === 'changes' ? (
          <ChangeList changes={meta.changes} />
        ) : (
          <ul className="small" data-testid="more-sources">
            <SourceItems sources={meta.sources.slice(skip)} />
          </ul>
        )
      ) : error ? (
        <p role="alert">Could not load this part of the page: {error.message}</p>
      ) : (
        <p className="muted small" role="status">
          Loading…
        </p>
      )}
    </details>
  );
}
