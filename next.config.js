// @ts-check

const dev = process.env.NODE_ENV === 'development';

const { securityHeaders } = require('./lib/security-headers.js');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next.js would hash every page body on every request (a tenth of serving a cached page); server.mjs
  // tags each page's HTML from what it is rendered from instead. The API makes its own ETags.
  generateEtags: false,
  reactStrictMode: true,
  // No image optimisation is used; keep its endpoint closed.
  images: { unoptimized: true },
  // One cache for every rendered page, keyed by address (a filtered view is an address of its own: see
  // server.mjs) and checked against the data and the day it was rendered from (lib/page-cache.js): a
  // change to data/ reaches the next request for any page. Next's own memory cache is off, so
  // nothing else keeps a page.
  cacheHandler: require.resolve('./lib/page-cache.js'),
  cacheMaxMemorySize: 0,
  async headers() {
    return [
      {
        source: '/((?!embed/).*)',
        headers: securityHeaders({ embed: false, dev }),
      },
      { source: '/embed/:path*', headers: securityHeaders({ embed: true, dev }) },
      // The pages and their views: any cache may keep them for five minutes, like the data API.
      // A view reaches Next.js as its page's path plus a view segment (server.mjs); no one else can ask for it.
      ...['/', '/datasets', '/datasets/:id', '/claims/:id', '/compare', '/compare/:concept', '/embed/datasets/:id', '/embed/claims/:id',
        '/datasets/:id/:view', '/claims/:id/:view', '/embed/datasets/:id/:view'].map((source) => ({
        source,
        missing: [{ type: /** @type {const} */ ('query'), key: '_rsc' }],
        headers: [{ key: 'Cache-Control', value: 'public, s-maxage=300, stale-while-revalidate=86400' }],
      })),
    ];
  },
};

module.exports = nextConfig;
