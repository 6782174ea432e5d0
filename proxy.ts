import { NextResponse, type NextRequest } from 'next/server';

/**
 * Runs only for paths that contain a `%` (see `config.matcher`), so nothing runs in front of the
 * pages served from cache. A path with broken percent-encoding (`/api/datasets/%zz`) makes Next.js
 * fail while decoding the route parameter, before any route code runs, with a bare 500: it gets a
 * 400 naming the problem. Well-formed encodings pass through.
 *
 * Elsewhere: a dataset or claim address with a filter goes to its per-request page through the
 * rewrites in next.config.js, and data/ changes reach the prerendered pages through
 * lib/server/data-watch.ts.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
    return NextResponse.next();
  } catch {
    const message = 'the path has malformed percent-encoding (a % must be followed by two hex digits forming valid UTF-8)';
    if (pathname.startsWith('/api/')) return NextResponse.json({ error: { code: 'bad_path', message } }, { status: 400 });
    return new NextResponse(`Bad request: ${message}.`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}

export const config = { matcher: ['/:path(.*%.*)'] };
