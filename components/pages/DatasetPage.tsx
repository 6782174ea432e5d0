import { HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { Providers } from '@/components/Providers';
import { DatasetExplorer } from '@/components/dataset/DatasetExplorer';
import { DatasetConventions } from '@/components/dataset/DatasetConventions';
import { DatasetMetadata } from '@/components/dataset/DatasetMetadata';
import { ProblemsPanel } from '@/components/ui/ProblemsPanel';
import { splitEventParams } from '@/lib/core/events';
import { dayOf } from '@/lib/core/in-force';
import { getPaper } from '@/lib/server/claims';
import { EVENTS_DATASET, selectEvents } from '@/lib/server/events';
import { prefetchView } from '@/lib/server/prefetch';
import { selectRows } from '@/lib/server/selection';

/**
 * A dataset's page for a query: the canonical page (prerendered, no query) and its filtered views
 * (rendered per request) draw the same thing.
 */
export async function DatasetPage({ id, search }: { id: string; search: URLSearchParams }) {
  const { filterParams, eventParams } = splitEventParams(search);
  const selection = await selectRows(id, filterParams);
  if (selection.kind === 'unknown') notFound();
  if (selection.kind === 'broken') {
    return (
      <>
        <h1>{selection.error.title}</h1>
        <ProblemsPanel title={selection.error.title} problems={selection.error.problems} />
      </>
    );
  }
  const { meta } = selection.dataset;
  const paper = await getPaper();
  // Series with a time axis can overlay export-control measures; the measures' own timeline cannot.
  const overlay = meta.id !== EVENTS_DATASET && meta.view.kind === 'values' && meta.view.period !== undefined;
  const events = overlay ? await selectEvents(eventParams, { kind: 'none' }) : null;
  if (events && !events.ok) {
    return (
      <>
        <h1>{meta.title}</h1>
        <div className="panel error-panel" role="alert">
          <h2>This link asks for policy events we cannot show</h2>
          <p>
            <code>{events.error.param}</code>: {events.error.message}
          </p>
          <p>
            <a href={`/datasets/${meta.id}`}>Show the dataset without events</a>
          </p>
        </div>
      </>
    );
  }
  const props = {
    meta,
    pathname: `/datasets/${meta.id}`,
    today: dayOf(new Date()),
    cutoff: paper?.cutoff ?? null,
    eventOptions: events?.ok ? events.options : null,
  };
  return (
    <>
      <p className="small">
        <a href="/datasets">Datasets</a> /
      </p>
      <h1>{meta.title}</h1>
      <p className="lede lede-clamp">{meta.description}</p>
      <Providers>
        <HydrationBoundary state={prefetchView(selection.kind === 'ok' ? selection : null, events?.ok ? { search: eventParams.toString(), body: events } : null)}>
          <DatasetExplorer {...props} search={search.toString()} />
        </HydrationBoundary>
        <DatasetConventions meta={meta} search={search} />
        <DatasetMetadata meta={meta} cutoff={paper?.cutoff ?? null} />
      </Providers>
    </>
  );
}
