'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { viewSearch } from '@/lib/core/view-path.mjs';

/**
 * The explorer's one navigation model, for every control (filters, sort, events): a control pushes
 * `<pathname>?<query>` (a new history entry, so Back and Forward work) and the explorer follows the
 * address bar, fetching what the new view needs from the data API (React Query keeps what it has
 * seen, so Back is instant). Nothing reloads the page and no state is lost: focus stays on the
 * control, the chart keeps the measure chosen. A reload or a shared link asks the server for the same
 * address, which renders that view (server.mjs, lib/core/view-path.mjs) from its cache.
 */

const EVENT = 'explorer:locationchange';

/** The address bar's view query (no tracking parameters, sorted by name, as the server reads it). */
function currentSearch(): string {
  return viewSearch(new URLSearchParams(window.location.search)).toString();
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/**
 * The view's query, following pushes and back/forward. On the server and while hydrating it is
 * `rendered` (the query the server read from the URL), so a cached page hydrates its own HTML.
 */
export function useViewSearch(rendered: string): string {
  // After a client navigation to a new page the router updates the address bar once the new tree is committed: read it again then.
  useEffect(() => {
    window.dispatchEvent(new Event(EVENT));
  }, [rendered]);
  return useSyncExternalStore(subscribe, currentSearch, () => rendered);
}

/** Puts a new view in the address bar (a new history entry) and tells every useViewSearch. */
export function goToView(pathname: string, query: URLSearchParams): void {
  const search = query.toString();
  window.history.pushState(null, '', search ? `${pathname}?${search}` : pathname);
  window.dispatchEvent(new Event(EVENT));
}
