// @ts-check
/**
 * A page view's address, read in one place. `/datasets/{id}?{query}` and `/claims/{id}?{query}` (and
 * a dataset's embed) are one route each: the server (server.mjs) turns the query into one extra path
 * segment before Next.js sees the request, so the route's cache keeps each view apart
 * (`/datasets/talent` and `/datasets/talent?country=China` are two cached pages of one route), and the
 * page reads its view back from that segment. Parameters that sites add to a shared link (utm_*,
 * fbclid, ...) and the router's `_rsc` are not part of a view; the rest are kept in their order within
 * a name and sorted by name, so the same view asked for in a different order is the same page.
 *
 * Plain JavaScript (checked by TypeScript through JSDoc) so that server.mjs runs it without a build;
 * the pages, the client and the tests import the same file.
 */

/** The pages that have views: the first path segments, then the id. */
export const VIEW_SECTIONS = /** @type {const} */ (['datasets', 'claims', 'embed/datasets']);

const SEGMENT_PREFIX = 'v.';
const SEGMENT = /^v\.[A-Za-z0-9_-]+$/;
const TRACKING = new Set(['fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'twclid', 'igshid', 'mc_cid', 'mc_eid', 'ref_src', '_ga', '_gl']);

/**
 * Parameters that sites and mail tools add to a shared link (`utm_source`, `fbclid`, ...). A page
 * ignores them, so a link pasted into a post or newsletter still shows its view (and a canonical
 * page is still served from cache); the data API, which no one reaches through a share, still
 * refuses them as unknown.
 * @param {string} name
 */
export function isTrackingParam(name) {
  return name.startsWith('utm_') || TRACKING.has(name);
}

/**
 * The view part of a page's query: no tracking parameters, no `_rsc`, sorted by name.
 * @param {URLSearchParams} search
 */
export function viewSearch(search) {
  const params = new URLSearchParams();
  for (const [k, v] of search) if (k !== '_rsc' && !isTrackingParam(k)) params.append(k, v);
  params.sort();
  return params;
}

/**
 * The path segment for a query, or null when it asks for nothing beyond the canonical page.
 * Server-side only (Buffer).
 * @param {URLSearchParams} search
 */
export function viewSegment(search) {
  const query = viewSearch(search).toString();
  return query === '' ? null : SEGMENT_PREFIX + Buffer.from(query, 'utf8').toString('base64url');
}

/**
 * The query a segment stands for; null for a segment the server could not have made.
 * @param {string | undefined} segment
 */
export function searchOfSegment(segment) {
  if (segment === undefined) return new URLSearchParams();
  const raw = decodeURIComponent(segment);
  if (!SEGMENT.test(raw)) return null;
  const query = Buffer.from(raw.slice(SEGMENT_PREFIX.length), 'base64url').toString('utf8');
  return new URLSearchParams(query);
}

/**
 * A view page's query from its `[[...view]]` parameter; null for a path the server could not have made.
 * @param {string[] | undefined} view
 */
export function searchOfView(view) {
  return view && view.length > 1 ? null : searchOfSegment(view?.[0]);
}

/**
 * @typedef {{ kind: 'view'; rewrite: string | null }
 *   | { kind: 'not-found' }
 *   | { kind: 'other' }} ViewRoute
 * `view`: a page with views, asked for with (`rewrite` set) or without a query. `not-found`: a path
 * below a view page that no link makes (the view segment is the server's to write). `other`: not ours.
 */

/**
 * @param {string} pathname the path as asked for (still percent-encoded)
 * @param {URLSearchParams} search
 * @returns {ViewRoute}
 */
export function routeView(pathname, search) {
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

export const BAD_PATH_MESSAGE =
  'the path has malformed percent-encoding (a % must be followed by two hex digits forming valid UTF-8)';

/**
 * @typedef {{ kind: 'pass'; page: string }
 *   | { kind: 'rewrite'; url: string; page: string }
 *   | { kind: 'not-found' }
 *   | { kind: 'bad-path'; api: boolean }} RequestRoute
 * What the server does with a request before Next.js sees it. `page` is the address of what will be
 * rendered (the path, with a view's segment): the page's HTML is a function of it, the build, the data
 * and the day, which is what the server's ETag says.
 */

/**
 * The request's URL, read once: malformed percent-encoding is refused (Next.js would fail with a bare
 * 500 while decoding a route parameter), a view's query becomes its segment, and a path that only
 * that rewrite may make is not found.
 * @param {string} url the request target, `/path?query`
 * @returns {RequestRoute}
 */
export function routeRequest(url) {
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  try {
    decodeURIComponent(pathname);
  } catch {
    return { kind: 'bad-path', api: pathname.startsWith('/api/') };
  }
  const search = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));
  const route = routeView(pathname, search);
  if (route.kind === 'not-found') return route;
  if (route.kind === 'view' && route.rewrite !== null) {
    // The router's `_rsc` stays: Next.js checks it against the router's headers (a CDN that ignores
    // Vary must not mix a page's payload with its HTML).
    const rsc = search.get('_rsc');
    const url = rsc === null ? route.rewrite : `${route.rewrite}?${new URLSearchParams({ _rsc: rsc })}`;
    return { kind: 'rewrite', url, page: route.rewrite };
  }
  return { kind: 'pass', page: pathname };
}
