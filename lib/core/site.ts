/**
 * The site's public origin, for absolute links in previews, oEmbed answers and bundle READMEs.
 * SITE_URL sets it where the site is deployed; locally it is the address the README serves.
 */
export function siteOrigin(): string {
  const raw = process.env.SITE_URL ?? 'http://127.0.0.1:3000';
  try {
    return new URL(raw).origin;
  } catch {
    return 'http://127.0.0.1:3000';
  }
}
