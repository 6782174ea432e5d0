import { NextResponse, type NextRequest } from 'next/server';
import { routeView } from '@/lib/core/view-path';

/**
 * Runs only for the pages that have views and for paths that contain a `%` (see `config.matcher`).
 *
 * - A dataset or claim page with a query is a view of its own: the query moves into one path segment
 *   (lib/core/view-path.ts), so the page's single route caches each view like the canonical page
 *   (lib/page-cache.js). The address the reader sees does not change. The rewrite stays in this
 *   process: next.config.js sets `skipProxyUrlNormalize`, so the URL seen here is the server's own
 *   and the rewrite is never mistaken for another origin.
 * - A path below such a page that only this rewrite may make is not found.
 * - A path with broken percent-encoding (`/api/datasets/%zz`) makes Next.js fail while decoding the
 *   route parameter, before any route code runs, with a bare 500: it gets a 400 naming the problem.
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
  const route = routeView(pathname, searchParams);
  if (route.kind === 'other' || (route.kind === 'view' && route.rewrite === null)) return NextResponse.next();
  // Built on request.url (the address as the server was asked, its own host and port), not on nextUrl.
  return NextResponse.rewrite(new URL(route.kind === 'view' ? route.rewrite! : '/_not-found', request.url));
}

export const config = {
  matcher: ['/datasets/:id/:path*', '/claims/:id/:path*', '/embed/datasets/:id/:path*', '/:path(.*%.*)'],
};
