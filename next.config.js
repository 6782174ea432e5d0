// @ts-check
const { randomBytes } = require('node:crypto');
const { dataVersion } = require('./lib/data-version.js');
const { pageParamNamesOnDisk } = require('./lib/page-params.js');

const dev = process.env.NODE_ENV === 'development';

/** Same-origin only; Next's hydration needs inline scripts, development also needs eval. */
/** @param {string} frameAncestors */
const directives = (frameAncestors) => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${frameAncestors}`,
].join('; ');
const csp = directives("'none'");
/** Embeds are made to be framed, by any site; nothing else may be. */
const embedCsp = directives('*');

const security = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // No image optimisation is used; keep its endpoint closed.
  images: { unoptimized: true },
  // Pages refreshed after a data change stay in this process's memory; the files written at build are
  // only read. Two servers on one build (the tests' second server reads a corrupted copy of data/) then
  // never see each other's pages.
  experimental: { isrFlushToDisk: false },
  // Recorded at build: lib/server/data-watch.ts compares the data it serves with the data the pages were
  // prerendered from, and the token lets it (and only it) ask /api/revalidate to refresh them.
  env: { BUILD_DATA_VERSION: dataVersion(), REVALIDATE_TOKEN: randomBytes(24).toString('hex') },
  // A dataset or claim address with a filter or event parameter is a view of its own, rendered per
  // request at `<path>/query`; the address the reader sees does not change. Without one (or with only
  // parameters sites add to a shared link, such as utm_source) it is the prerendered page, served
  // from cache with no code of ours in front. A parameter that is none of these reaches the
  // prerendered page too, whose explorer names it as a filter it cannot use.
  async rewrites() {
    return {
      beforeFiles: pageParamNamesOnDisk().map((key) => ({
        source: '/:section(datasets|claims)/:id',
        has: [{ type: /** @type {const} */ ('query'), key }],
        destination: '/:section/:id/query',
      })),
    };
  },
  async headers() {
    return [
      {
        source: '/((?!embed/).*)',
        headers: [{ key: 'Content-Security-Policy', value: csp }, { key: 'X-Frame-Options', value: 'DENY' }, ...security],
      },
      { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: embedCsp }, ...security] },
      // The prerendered pages: any cache may keep them. Not a filtered view (one of the rewrites above),
      // which is rendered per request from the data as it is then.
      ...['/', '/datasets', '/datasets/:id', '/claims/:id', '/compare', '/compare/:concept'].map((source) => ({
        source,
        missing: ['_rsc', ...pageParamNamesOnDisk()].map((key) => ({ type: /** @type {const} */ ('query'), key })),
        headers: [{ key: 'Cache-Control', value: 'public, s-maxage=300, stale-while-revalidate=86400' }],
      })),
    ];
  },
};

module.exports = nextConfig;
