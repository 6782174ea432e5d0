'use client';

import { STATUS_FIELDS, hasLifecycle } from '@/lib/core/status-on';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { useEffect, useMemo, useRef, useState } from 'react';
import { fieldLabel, labelFor } from '@/lib/core/labels';
import { datasetQuery } from '@/lib/client/dataset-query';
import { goToView, useViewSearch } from '@/lib/client/view-navigation';
import { eventsQuery } from '@/lib/client/events-query';
import type { Filter } from '@/lib/core/filter';
import { datasetView } from '@/lib/core/dataset-view';
import { describeFilter, filterToSearchParams, parseFilter } from '@/lib/core/query';
import type { DatasetMeta, Source } from '@/lib/core/types';
import { splitEventParams, type ChartEvent } from '@/lib/core/events';
import { ChartFigure } from '../charts/ChartFigure';
import { StructureView } from '../charts/StructureView';
import { DataTable } from './DataTable';
import { EventsControl } from './EventsControl';
import { Downloads } from './Downloads';
import { Filters } from './Filters';
import { LoadError } from '../ui/LoadError';

/** The measures' lifecycles (with their time scales) only where the dataset is a timeline: other pages do not load that code. */
const MeasureList = dynamic(() => import('./MeasureList').then((m) => m.MeasureList));

interface Props {
  meta: DatasetMeta;
  footnote?: string | null;
  /** The server's day (YYYY-MM-DD), so lifecycles drawn on the server and in the browser agree. */
  today: string;
  /** The paper's cutoff (YYYY-MM-DD): rows whose source was published later are marked. */
  cutoff: string | null;
  /** The page's own address (the browser's, not a rewrite's): every control navigates to `<pathname>?<query>`. */
  pathname: string;
  /** The view's query as the server read it from the URL (empty in a claim page's explorer, which mounts in the browser). */
  search: string;
  /** The choices of policy events to overlay, or null where the chart takes none. The events of the
   * rendered choice are seeded into React Query by the page; other choices come from /api/events. */
  eventOptions?: { actors: string[]; categories: string[] } | null;
}

/**
 * Filters, chart, table and downloads of one dataset. The URL is the only view state: every control
 * navigates to a new URL (lib/client/view-navigation.ts), so reload, back/forward and shared links
 * reproduce the view. React Query fetches the rows and events of the view (the page seeds those it
 * was rendered with), keeping the previous ones on screen until the new ones arrive.
 */
export function DatasetExplorer({ meta, footnote, today, cutoff, pathname, search: rendered, eventOptions = null }: Props) {
  const searchString = useViewSearch(rendered);
  // The sources travel once, inside meta; the table and lists look them up by id.
  const sources = useMemo(() => Object.fromEntries(meta.sources.map((s) => [s.id, s])) as Record<string, Source>, [meta]);
  // `events` and `event_category` choose what the chart overlays; they select no rows.
  const { filterParams, eventParams } = splitEventParams(new URLSearchParams(searchString));
  const parsed = parseFilter(filterParams, meta);
  const search = parsed.ok ? filterToSearchParams(parsed.filter).toString() : '';
  const query = useQuery({ ...datasetQuery(meta.id, search), enabled: parsed.ok, placeholderData: keepPreviousData });
  const overlay = useQuery({ ...eventsQuery(eventParams.toString()), enabled: eventOptions !== null, placeholderData: keepPreviousData });
  const events: ChartEvent[] = overlay.data?.events ?? [];
  // The controls follow a click at once; the URL (and so the data) follows a moment later. Once the
  // URL moves on (the push landed, or back/forward), the URL wins again.
  const [pending, setPending] = useState<Filter | null>(null);
  const [seenSearch, setSeenSearch] = useState(search);
  if (seenSearch !== search) {
    setSeenSearch(search);
    setPending(null);
  }
  const [chartMeasure, setChartMeasure] = useState<string | null>(null);
  const [groupBy, setGroupBy] = useState<string>(meta.view.entity);
  // Marked once React has taken over the server HTML (the controls respond from here on). Written on
  // the element, not kept in state: a state change here would draw the whole explorer again, chart and
  // table included, in one task that blocks the page just after it loads.
  const explorerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    explorerRef.current?.setAttribute('data-ready', '');
  }, []);

  const navigate = (filter: Filter) => {
    setPending(filter);
    const params = filterToSearchParams(filter);
    for (const [k, v] of eventParams) params.append(k, v);
    goToView(pathname, params);
  };
  // A new event choice keeps the filter: the rows stay, the overlay changes.
  const chooseEvents = (chosen: URLSearchParams) => {
    const params = new URLSearchParams(filterParams);
    for (const [k, v] of chosen) params.append(k, v);
    goToView(pathname, params);
  };
  const busy = query.isFetching || overlay.isFetching;

  if (!parsed.ok) {
    return (
      <div className="panel error-panel" role="alert">
        <h2>This link has a filter we cannot use</h2>
        <p>
          <code>{parsed.error.param}</code>: {parsed.error.message}
        </p>
        <p>
          <a href={pathname}>Show the whole dataset</a>
        </p>
      </div>
    );
  }

  const filter = parsed.filter;
  // While a new selection loads, the previous rows stay on screen: describe what is shown, not what is asked.
  const shownFilter = query.data?.filter ?? filter;
  // The server sorts (the URL carries the order), so the table, the API and the CSV agree.
  const shownView = datasetView(meta, query.data?.rows ?? [], shownFilter, new Map(Object.entries(sources)), { measure: chartMeasure, groupBy });
  const { spec, isTimeline, structure, rows } = shownView;
  const shown = rows;
  const lines = shownView.sources;
  const chartId = `chart-${meta.id}`;

  // A timeline is coloured by the view's entity field or by its group (the actor).
  const colourChoices = [meta.view.entity, meta.view.group].filter((f): f is string => !!f);
  const timelineControl =
    isTimeline && colourChoices.length > 1 ? (
      <label className="small">
        Colour by{' '}
        <select value={groupBy} onChange={(e) => setGroupBy(e.target.value)}>
          {colourChoices.map((f) => (
            <option key={f} value={f}>
              {f === meta.view.group ? 'actor' : fieldLabel(meta.fields.find((x) => x.name === f) ?? { name: f, type: 'string' }).toLowerCase()}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  const measureControl =
    spec.measures.length > 1 ? (
      <label className="small">
        Chart shows{' '}
        <select value={spec.measure ?? ''} onChange={(e) => setChartMeasure(e.target.value)}>
          {spec.measures.map((m) => (
            <option key={m} value={m}>
              {spec.measureField ? labelFor(meta, spec.measureField, m) : m}
            </option>
          ))}
        </select>
      </label>
    ) : null;

  return (
    <div className="explorer" aria-busy={busy} ref={explorerRef}>
      <Filters meta={meta} filter={pending ?? filter} onChange={navigate} />
      {query.isError && !query.data ? (
        <LoadError what="The data" message={query.error.message} onRetry={() => query.refetch()} />
      ) : query.isPending ? (
        <p className="loading" role="status">
          Loading the selection…
        </p>
      ) : rows.length === 0 ? (
        <p className="panel" role="status" data-testid="empty-state">
          No rows for {describeFilter(shownFilter, meta)}. Widen the years or pick other countries.
        </p>
      ) : (
        <>
          {query.isPlaceholderData && (
            <p role="status" className="small muted">
              Updating to {describeFilter(pending ?? filter, meta)}…
            </p>
          )}
          {overlay.isError && (
            <p role="alert" className="small">
              These policy events cannot be shown: {overlay.error.message}
            </p>
          )}
          {query.isError && (
            <p role="alert" className="small">
              Could not refresh: {query.error.message}{' '}
              <button type="button" onClick={() => query.refetch()}>
                Retry
              </button>
            </p>
          )}
          <ChartFigure
            id={chartId}
            spec={spec}
            sources={lines}
            footnote={footnote}
            controls={
              <>
                {measureControl ?? timelineControl}
                {eventOptions && <EventsControl pathname={pathname} filterParams={filterParams} eventParams={eventParams} options={eventOptions} onChoose={chooseEvents} />}
              </>
            }
            interactive
            events={events}
            eventChoice={overlay.data?.choice ?? ''}
          />
          {isTimeline && <MeasureList rows={shown} sources={sources} today={today} />}
          {structure && <StructureView structure={structure} />}
          <h2>The data</h2>
          <DataTable caption={shownView.caption} fields={meta.fields} rows={shown} sort={(pending ?? filter).sort} onSort={(sort) => navigate({ ...(pending ?? filter), sort })} sources={sources} cutoff={cutoff} dataset={meta.id} computed={hasLifecycle(meta) ? STATUS_FIELDS : undefined} initiallyOpen={filter.sort !== null} />
        </>
      )}
      <Downloads
        datasetId={meta.id}
        title={meta.title}
        filteredHref={shownView.download.href}
        filename={shownView.download.name}
        bundleHref={shownView.download.bundle}
        bundleName={shownView.download.bundleName}
        embedPath={shownView.download.embed}
        rowCount={shown.length}
        chartId={rows.length > 0 ? chartId : null}
        sources={lines}
      />
    </div>
  );
}
