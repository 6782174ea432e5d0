// @ts-check
/**
 * The security headers of every response: next.config.js sets them on what Next.js answers, and
 * server.mjs on the few answers it gives itself (a 400 for a malformed address). One list, so the two
 * cannot drift apart.
 */

/**
 * Same-origin only; Next's hydration needs inline scripts, development also needs eval.
 * @param {string} frameAncestors @param {boolean} dev
 */
const directives = (frameAncestors, dev) =>
  [
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

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/**
 * The headers for a response: embeds (`/embed/…`) are made to be framed, by any site; nothing else may be.
 * @param {{ embed: boolean, dev: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
function securityHeaders({ embed, dev }) {
  return embed
    ? [{ key: 'Content-Security-Policy', value: directives('*', dev) }, ...common]
    : [{ key: 'Content-Security-Policy', value: directives("'none'", dev) }, { key: 'X-Frame-Options', value: 'DENY' }, ...common];
}

module.exports = { securityHeaders };
