'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

/**
 * The explorer's one navigation model, for every control (filters, sort, events): the control asks
 * for a new query, the router pushes `<pathname>?<query>` (a new history entry, so Back and Forward
 * work) and fetches that view from the server, which reads the URL (proxy.ts, the page) and serves
 * the view from its cache. Nothing reloads the page; the old view stays on screen, marked pending,
 * until the new one arrives.
 */
export function useViewNavigation(pathname: string): { go: (query: URLSearchParams) => void; pending: boolean } {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (query: URLSearchParams) => {
    const search = query.toString();
    startTransition(() => router.push(search ? `${pathname}?${search}` : pathname, { scroll: false }));
  };
  return { go, pending };
}
