import { NextResponse, type NextRequest } from 'next/server';
import { pageSearchParams, viewSegment } from './lib/core/query';

/**
 * Runs only where `config.matcher` says, so nothing runs in front of a page served from cache:
 * 1. A path with broken percent-encoding (`/api/datasets/%zz`) makes Next.js fail while decoding the
 *    route parameter, before any route code runs, with a bare 500: it gets a 400 naming the problem.
 * 2. A dataset or claim address with a filter or event parameter is a view of its own. It is rewritten
 *    to `<path>/view/<query as one path segment>`, rendered on its first request and then served from
 *    cache (refreshed like the prerendered pages), so a shared filtered link holds up as well as the
 *    page itself; a query too long for a path segment goes to `<path>/query`, rendered per request.
 *    The address the reader sees does not change. Parameters that sites add to shared links
 *    (utm_source, fbclid, ...) are left out of the view.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    const message = 'the path has malformed percent-encoding (a % must be followed by two hex digits forming valid UTF-8)';
    if (pathname.startsWith('/api/')) return NextResponse.json({ error: { code: 'bad_path', message } }, { status: 400 });
    return new NextResponse(`Bad request: ${message}.`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (!VIEWABLE.test(pathname)) return NextResponse.next();
  // (Next takes its own `_rsc` parameter off before this runs and puts it back on the rewrite.)
  const search = viewQuery(searchParams);
  if ([...search.keys()].length === 0) return NextResponse.next();
  const url = request.nextUrl.clone();
  const segment = viewSegment(search);
  if (segment === null) {
    url.pathname = `${pathname}/query`;
  } else {
    url.pathname = `${pathname}/view/${segment}`;
    url.search = '';
  }
  return NextResponse.rewrite(url);
}

/**
 * The query a view is cached under: without tracking parameters, and with the parameters in name
 * order (the values of a repeated one keep theirs), so the same selection asked in another order
 * shares one cache entry.
 */
function viewQuery(searchParams: URLSearchParams): URLSearchParams {
  const entries = [...pageSearchParams(searchParams)];
  return new URLSearchParams(entries.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j)).map(([e]) => e));
}

const VIEWABLE = /^\/(datasets|claims)\/[^/]+$/;

/**
 * Paths with a `%`, and dataset or claim addresses carrying one of the parameters pages take
 * (lib/page-params.js; tests/unit/page-params.test.ts holds this list to it). Next reads the matcher
 * at build, so it is written out here.
 */
export const config = {
  matcher: [
    '/:path(.*%.*)',
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'category' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'confidence' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'country' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'date_kind' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'effect' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'event_category' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'events' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'from' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'in_force' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'kind' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'measure' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'order' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'provider' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'segment' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'series' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'sort' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'status' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'tier' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'to' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'unit' }] },
    { source: '/:section(datasets|claims)/:id', has: [{ type: 'query', key: 'year' }] },
  ],
};
