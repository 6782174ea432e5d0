import { NextResponse, type NextRequest } from 'next/server';
import { recentDataVersion } from './lib/data-version.js';
import { isTrackingParam } from './lib/core/query';

/**
 * Runs before each request:
 * 0. A path with broken percent-encoding (`/api/datasets/%zz`) makes Next.js fail while decoding the
 *    route parameter, before any route code runs, with a bare 500: it gets a 400 naming the problem.
 * 1. If data/ differs from what the prerendered pages were built from (an edit, a new file, another
 *    DATA_DIR), it asks /api/revalidate to refresh them before answering. data/ is looked at at most
 *    once a second, so a change reaches readers within a second.
 * 2. A dataset or claim address with a query (filters, events) is a view of its own, rendered per
 *    request at `<path>/query`; without one (or with only the parameters sites add to a shared link,
 *    such as utm_source or fbclid) it is the prerendered page. The address the reader sees does not change.
 */
let served: string | undefined = process.env.BUILD_DATA_VERSION;
let refreshing: Promise<void> | null = null;

const QUERYABLE = /^\/(datasets|claims)\/[^/]+$/;
/** The prerendered pages; API routes and embeds read the data on every request anyway. */
const PRERENDERED = /^\/(datasets(\/[^/]+)?|claims\/[^/]+|compare(\/[^/]+)?|embed\/claims\/[^/]+)?$/;

function badPath(pathname: string): NextResponse | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    const message = 'the path has malformed percent-encoding (a % must be followed by two hex digits forming valid UTF-8)';
    if (pathname.startsWith('/api/')) return NextResponse.json({ error: { code: 'bad_path', message } }, { status: 400 });
    return new NextResponse(`Bad request: ${message}.`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}

/** Asks this server to refresh its prerendered pages; on failure the next request tries again. */
async function refresh(origin: string, version: string): Promise<void> {
  try {
    const res = await fetch(new URL('/api/revalidate', origin), { method: 'POST', headers: { 'x-revalidate-token': process.env.REVALIDATE_TOKEN ?? '' } });
    if (res.ok) served = version;
  } catch (e) {
    console.error(`proxy: could not refresh the prerendered pages after a data change: ${e instanceof Error ? e.message : e}`);
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const bad = badPath(pathname);
  if (bad) return bad;
  if (!PRERENDERED.test(pathname)) return NextResponse.next();
  const version = recentDataVersion();
  if (version !== served) {
    // The address the request reached this server at (its Host header), so the call stays on this server.
    const host = request.headers.get('host');
    refreshing ??= refresh(host ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin, version).finally(() => {
      refreshing = null;
    });
    await refreshing;
  }
  const query = [...searchParams.keys()].some((k) => k !== '_rsc' && !isTrackingParam(k));
  if (query && QUERYABLE.test(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = `${pathname}/query`;
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ['/((?!_next/static|_next/image|icon.svg).*)'] };
