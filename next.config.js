// @ts-check

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
  // One cache for every rendered page, keyed by address (a filtered view is an address of its own: see
  // proxy.ts) and checked against the data and the day it was rendered from (lib/page-cache.js): a
  // change to data/ reaches the next request for any page. Next's own memory cache is off, so
  // nothing else keeps a page.
  cacheHandler: require.resolve('./lib/page-cache.js'),
  // proxy.ts sees the URL the server was asked for (its own host and port), so its rewrites stay in this
  // process instead of being forwarded over HTTP to a 'localhost' origin.
  skipProxyUrlNormalize: true,
  cacheMaxMemorySize: 0,
  async headers() {
    return [
      {
        source: '/((?!embed/).*)',
        headers: [{ key: 'Content-Security-Policy', value: csp }, { key: 'X-Frame-Options', value: 'DENY' }, ...security],
      },
      { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: embedCsp }, ...security] },
      // The pages and their views: any cache may keep them for five minutes, like the data API.
      ...['/', '/datasets', '/datasets/:id', '/claims/:id', '/compare', '/compare/:concept', '/embed/datasets/:id', '/embed/claims/:id'].map((source) => ({
        source,
        missing: [{ type: /** @type {const} */ ('query'), key: '_rsc' }],
        headers: [{ key: 'Cache-Control', value: 'public, s-maxage=300, stale-while-revalidate=86400' }],
      })),
    ];
  },
};

module.exports = nextConfig;
