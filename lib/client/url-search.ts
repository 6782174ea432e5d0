'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { pageSearchParams } from '@/lib/core/query';

const EVENT = 'explorer:locationchange';

function currentSearch(): string {
  const params = pageSearchParams(new URLSearchParams(window.location.search));
  params.delete('_rsc');
  return params.toString();
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
 * The page's query string, following pushes and back/forward. On the server and while hydrating it is
 * `initial` (the query the server rendered), so a prerendered page hydrates its own HTML instead of
 * re-rendering it on the client (which useSearchParams would force on a static page).
 */
export function useUrlSearch(initial: string): string {
  // After a client navigation (a new page, or new server props) the router updates the address bar
  // once the new tree is committed: read it again then.
  useEffect(() => {
    window.dispatchEvent(new Event(EVENT));
  }, [initial]);
  return useSyncExternalStore(subscribe, currentSearch, () => initial);
}

/** Puts a new query in the address bar (a new history entry) and tells useUrlSearch. */
export function pushUrlSearch(pathname: string, query: string): void {
  window.history.pushState(null, '', query ? `${pathname}?${query}` : pathname);
  window.dispatchEvent(new Event(EVENT));
}
