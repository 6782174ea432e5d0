// @ts-check
/**
 * The dashboard's server: Next.js behind one function that reads each request's address once
 * (lib/core/view-path.mjs, `routeRequest`) before Next.js sees it.
 *
 * - A dataset or claim page asked for with a query is rewritten in place to its view segment
 *   (`/datasets/talent?country=China` → `/datasets/talent/v.…`), so one route caches every view like
 *   the canonical page (lib/page-cache.js). The reader's address does not change. Nothing is
 *   forwarded: the request is the same request, handed on.
 * - A path that only that rewrite may make is not found; a path with malformed percent-encoding gets
 *   a 400 that names the problem (Next.js would answer a bare 500).
 * - A page's HTML carries an ETag made from what it is rendered from: the build, the data's
 *   fingerprint and the day (the cache's stamp) and the page's address. Next.js's own ETag hashes every
 *   response body on every request (next.config.js turns it off); this one costs a hash of a short string.
 *
 * This was proxy.ts. Next.js runs a proxy as a second pass through its request handler on every
 * request its matcher names, and a matcher cannot say "has a query", so every canonical page paid
 * for it: measured with `npm run bench -- serve`, see docs/performance.md.
 *
 * Usage: node server.mjs [-H host] [-p port] [--dev]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BAD_PATH_MESSAGE, routeRequest } from './lib/core/view-path.mjs';

/** @type {typeof import('./lib/security-headers.js')} */
const { securityHeaders } = createRequire(import.meta.url)('./lib/security-headers.js');

const args = process.argv.slice(2);
const option = (/** @type {string[]} */ names, /** @type {string} */ fallback) => {
  const i = args.findIndex((a) => names.includes(a));
  return i === -1 ? fallback : args[i + 1];
};
const dev = args.includes('--dev');
const hostname = option(['-H', '--hostname'], process.env.HOSTNAME ?? '127.0.0.1');
const port = Number(option(['-p', '--port'], process.env.PORT ?? '3000'));
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`server: the port must be a whole number from 0 to 65535, not "${option(['-p', '--port'], '')}"`);
  process.exit(2);
}
// Set before Next.js loads, as `next start` and `next dev` do.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' });

const dir = path.dirname(fileURLToPath(import.meta.url));
const { default: next } = await import('next');
const { currentStamp } = await import('./lib/data-version.js');
const app = next({ dev, dir, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const buildId = dev ? null : readFileSync(path.join(dir, '.next', 'BUILD_ID'), 'utf8').trim();

/** The HTML of the page at `page` as rendered now: same build, data and day, same page, same tag. */
const pageEtag = (/** @type {string} */ page) =>
  `W/"${createHash('sha1').update(`${buildId}\n${currentStamp()}\n${page}`).digest('base64url')}"`;

/**
 * Runs `change` just before the response's head is written (Node writes it through `writeHead`,
 * also when Next.js only calls `end`).
 * @param {http.ServerResponse} res @param {() => void} change
 */
function beforeHead(res, change) {
  const writeHead = res.writeHead;
  res.writeHead = /** @type {typeof res.writeHead} */ (
    function (/** @type {any[]} */ ...rest) {
      if (typeof rest[0] === 'number') res.statusCode = rest[0];
      change();
      rest[0] = res.statusCode;
      return writeHead.apply(res, /** @type {any} */ (rest));
    }
  );
}

/**
 * A page's HTML (200, text/html, not a router payload) gets its tag, and a request that already holds
 * that tag gets 304 (Node sends no body with a 304).
 * @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {string} page
 */
function tagPage(req, res, page) {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.rsc !== undefined) return;
  beforeHead(res, () => {
    if (res.statusCode !== 200 || !String(res.getHeader('content-type') ?? '').startsWith('text/html')) return;
    const etag = pageEtag(page);
    res.setHeader('ETag', etag);
    const held = req.headers['if-none-match'];
    if (held === undefined || !held.split(',').some((t) => t.trim() === etag)) return;
    res.statusCode = 304;
    res.removeHeader('content-length');
  });
}

/**
 * A redirect Next.js makes from a view's rewritten path (a router payload asked for with a stale
 * `_rsc`) points back at the reader's address, with the new `_rsc`.
 * @param {http.ServerResponse} res @param {string} rewritten the path Next.js saw @param {string} asked the request's URL
 */
function keepAddress(res, rewritten, asked) {
  beforeHead(res, () => {
    const location = res.getHeader('location');
    if (typeof location !== 'string' || !(location === rewritten || location.startsWith(`${rewritten}?`))) return;
    const target = new URL(asked, 'http://x');
    const rsc = new URL(location, 'http://x').searchParams.get('_rsc');
    target.searchParams.delete('_rsc');
    if (rsc !== null) target.searchParams.set('_rsc', rsc);
    res.setHeader('location', `${target.pathname}${target.search}`);
  });
}

/** What the server's own answers for bad or unknown addresses say to caches: keep nothing (as Next.js says of its other 404s). */
const NOT_KEPT = 'private, no-cache, no-store, max-age=0, must-revalidate';

/** A page, not the API nor a file of public/ or the framework's. */
const isPage = (/** @type {string} */ p) => !p.startsWith('/api/') && !p.startsWith('/_next/') && !path.posix.basename(p).includes('.');

const server = http.createServer((req, res) => {
  const route = routeRequest(req.url ?? '/');
  if (route.kind === 'bad-path') {
    // Answered here, not by Next.js: the same security headers as every other response, and no cache keeps it.
    res.statusCode = 400;
    for (const { key, value } of securityHeaders({ embed: (req.url ?? '').startsWith('/embed/'), dev })) res.setHeader(key, value);
    res.setHeader('Cache-Control', NOT_KEPT);
    if (route.api) {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ error: { code: 'bad_path', message: BAD_PATH_MESSAGE } }));
    } else {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Bad request: ${BAD_PATH_MESSAGE}.`);
    }
    return;
  }
  if (route.kind === 'not-found') {
    req.url = '/_not-found';
    // Next.js marks its prerendered not-found page for a year in shared caches; an unknown address is not kept, as elsewhere.
    beforeHead(res, () => res.setHeader('Cache-Control', NOT_KEPT));
  }
  if (route.kind === 'rewrite') {
    keepAddress(res, route.page, req.url ?? '/');
    req.url = route.url;
  }
  // A view's page is always a page; an address passed as asked may be the API or a file.
  if (!dev && (route.kind === 'rewrite' || (route.kind === 'pass' && isPage(route.page)))) tagPage(req, res, route.page);
  handle(req, res);
});
server.listen(port, hostname, () => console.log(`server: ready on http://${hostname}:${port}${dev ? ' (development)' : ''}`));

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
