'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { pageSearchParams } from '@/lib/core/query';
import type { DatasetMeta } from '@/lib/core/types';

const DatasetExplorer = dynamic(() => import('../dataset/DatasetExplorer').then((m) => m.DatasetExplorer), {
  ssr: false,
  loading: () => <p className="loading">Loading the explorer…</p>,
});

interface Props {
  meta: DatasetMeta;
  footnote: string | null;
  today: string;
  cutoff: string | null;
  /** The claim page's address: the explorer's filters stay on it. */
  pathname: string;
}

/**
 * The claim's dataset, to filter and download, loaded only when a reader asks for it: the claim page
 * itself needs no explorer code. Without JavaScript the link opens the dataset's own page.
 */
export function DeferredExplorer(props: Props) {
  const [open, setOpen] = useState(false);
  // An address with parameters (a shared filtered view, or a parameter the explorer will name as one it
  // cannot use) opens the explorer at once, so the reader sees what the link asked for.
  useEffect(() => {
    if ([...pageSearchParams(new URLSearchParams(window.location.search)).keys()].length > 0) setOpen(true);
  }, []);
  // Mounted on the client only, so it reads the address bar from the start.
  if (open) return <DatasetExplorer {...props} initialSearch="" />;
  return (
    <p>
      <button type="button" onClick={() => setOpen(true)}>
        Filter and download this dataset here
      </button>{' '}
      or <a href={`/datasets/${props.meta.id}`}>open its page</a>.
    </p>
  );
}
