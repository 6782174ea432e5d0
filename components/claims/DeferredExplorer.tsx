'use client';

import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { datasetQuery } from '@/lib/client/dataset-query';
import { splitEventParams } from '@/lib/core/events';
import { viewSearch } from '@/lib/core/view-path.mjs';
import { LoadError } from '../ui/LoadError';

const DatasetExplorer = dynamic(() => import('../dataset/DatasetExplorer').then((m) => m.DatasetExplorer), {
  ssr: false,
  loading: () => <p className="loading">Loading the explorer…</p>,
});

interface Props {
  datasetId: string;
  footnote: string | null;
  today: string;
  cutoff: string | null;
  /** The claim page's address: the explorer's filters stay on it. */
  pathname: string;
}

/**
 * The claim's dataset, to filter and download, loaded only when a reader asks for it: the claim page
 * carries neither the explorer's code nor the dataset's description and rows, which come from the
 * data API on opening. Without JavaScript the link opens the dataset's own page.
 */
export function DeferredExplorer({ datasetId, ...props }: Props) {
  const [opened, setOpened] = useState(false);
  // An address with filter parameters (a shared filtered view, or a parameter the explorer will name as
  // one it cannot use) opens the explorer at once, so the reader sees what the link asked for. Event
  // parameters choose what the claim's charts mark, not rows: they leave it closed. Read after
  // hydration: the server HTML holds the closed state.
  useEffect(() => {
    const { filterParams } = splitEventParams(viewSearch(new URLSearchParams(window.location.search)));
    if ([...filterParams.keys()].length > 0) setOpened(true);
  }, []);
  // Mounted in the browser only, the explorer reads the address bar from the start.
  if (opened) return <OpenExplorer datasetId={datasetId} {...props} search="" />;
  return <Closed datasetId={datasetId} onOpen={() => setOpened(true)} />;
}

function Closed({ datasetId, onOpen }: { datasetId: string; onOpen: () => void }) {
  return (
    <p>
      <button type="button" onClick={onOpen}>
        Filter and download this dataset here
      </button>{' '}
      or <a href={`/datasets/${datasetId}`}>open its page</a>.
    </p>
  );
}

/** The dataset's description (fields, sources, facets) from the API, then the explorer itself. */
function OpenExplorer({ datasetId, ...props }: Props & { search: string }) {
  const described = useQuery(datasetQuery(datasetId, ''));
  if (described.isError) return <LoadError what="The dataset" message={described.error.message} onRetry={() => described.refetch()} />;
  if (!described.data) return <p className="loading">Loading the explorer…</p>;
  return <DatasetExplorer meta={described.data.dataset} {...props} />;
}
