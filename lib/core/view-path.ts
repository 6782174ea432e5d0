import { pageSearchParams } from './query';

/**
 * A page view's address, read in one place. `/datasets/{id}?{query}` and `/claims/{id}?{query}` (and
 * a dataset's embed) are one route each: proxy.ts turns the query into one extra path segment, so the
 * route's cache keeps each view apart (`/datasets/talent` and `/datasets/talent?country=China` are
 * two cached pages of one route), and the page reads its view back from that segment. Parameters
 * that sites add to a shared link (utm_*, fbclid, ...) and the router's `_rsc` are not part of a
 * view; the rest are kept in their order within a name and sorted by name, so the same view asked
 * for in a different order is the same page.
 */

/** The pages that have views: the first path segments, then the id. */
export const VIEW_SECTIONS = ['datasets', 'claims', 'embed/datasets'] as const;

const SEGMENT_PREFIX = 'v.';
const SEGMENT = /^v\.[A-Za-z0-9_-]+$/;

/** The view part of a page's query: no tracking parameters, no `_rsc`, sorted by name. */
export function viewSearch(search: URLSearchParams): URLSearchParams {
  const params = pageSearchParams(search);
  params.delete('_rsc');
  params.sort();
  return params;
}

/** The path segment for a query, or null when it asks for nothing beyond the canonical page. */
export function viewSegment(search: URLSearchParams): string | null {
  const query = viewSearch(search).toString();
  return query === '' ? null : SEGMENT_PREFIX + Buffer.from(query, 'utf8').toString('base64url');
}

/** The query a segment stands for; null for a segment proxy.ts could not have made. */
export function searchOfSegment(segment: string | undefined): URLSearchParams | null {
  if (segment === undefined) return new URLSearchParams();
  const raw = decodeURIComponent(segment);
  if (!SEGMENT.test(raw)) return null;
  const query = Buffer.from(raw.slice(SEGMENT_PREFIX.length), 'base64url').toString('utf8');
  return new URLSearchParams(query);
}

/** A view page's query from its `[[...view]]` parameter; null for a path proxy.ts could not have made. */
export function searchOfView(view: string[] | undefined): URLSearchParams | null {
  return view && view.length > 1 ? null : searchOfSegment(view?.[0]);
}

export type ViewRoute =
  /** A page with views, asked for with (`rewrite` set) or without a query. */
  | { kind: 'view'; rewrite: string | null }
  /** A path below a view page that no link makes: the view segment is ours to write. */
  | { kind: 'not-found' }
  /** Anything else: not ours. */
  | { kind: 'other' };

/** What proxy.ts does with a path and query. */
export function routeView(pathname: string, search: URLSearchParams): ViewRoute {
  for (const section of VIEW_SECTIONS) {
    const prefix = `/${section}/`;
    if (!pathname.startsWith(prefix)) continue;
    const rest = pathname.slice(prefix.length).split('/');
    if (rest.length === 1 && rest[0] !== '') {
      const segment = viewSegment(search);
      return { kind: 'view', rewrite: segment === null ? null : `${prefix}${rest[0]}/${segment}` };
    }
    if (rest.length > 1 && rest.slice(1).some((s) => s !== '')) return { kind: 'not-found' };
  }
  return { kind: 'other' };
}
