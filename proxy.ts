import { NextResponse, type NextRequest } from 'next/server';

/**
 * A path with broken percent-encoding (`/api/datasets/%zz`) makes Next.js fail while decoding the
 * route parameter, before any route code runs, with a bare 500. Answer 400 instead, naming the problem.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    const message = 'the path has malformed percent-encoding (a % must be followed by two hex digits forming valid UTF-8)';
    if (request.nextUrl.pathname.startsWith('/api/')) {
      return NextResponse.json({ error: { code: 'bad_path', message } }, { status: 400 });
    }
    return new NextResponse(`Bad request: ${message}.`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}

export const config = { matcher: ['/((?!_next/static|_next/image|icon.svg).*)'] };
