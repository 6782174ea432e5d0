import type { NextRequest } from 'next/server';
import { embedPath, embedSize, embedTarget, iframeHtml } from '@/lib/core/oembed';
import { siteOrigin } from '@/lib/core/site';
import { CACHE, jsonError } from '@/lib/server/http';
import { claimPreview, datasetPreview } from '@/lib/server/previews';

/**
 * oEmbed 1.0 (https://oembed.com): `GET /api/oembed?url=<page>&format=json[&maxwidth=&maxheight=]`
 * answers a `rich` embed (an iframe of /embed/...). Not our address or no such page: 404; a malformed
 * address or size: 400; a format other than JSON: 501, as the specification asks.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const format = params.get('format') ?? 'json';
  if (format !== 'json') return jsonError(501, 'unsupported_format', `format: only json is offered, not "${format.slice(0, 20)}"`, 'format');
  const size = embedSize(params.get('maxwidth'), params.get('maxheight'));
  if (!size) return jsonError(400, 'invalid_value', 'maxwidth and maxheight must be positive whole numbers of pixels', 'maxwidth');
  const origin = siteOrigin();
  // Ours: the configured site address, and the address this request came to (its Host header).
  const host = request.headers.get('host');
  const here = host ? `${request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(/:$/, '')}://${host}` : null;
  const target = embedTarget(params.get('url'), [origin, ...(here ? [here] : [])]);
  if (!target.ok) return jsonError(target.status, target.status === 404 ? 'not_found' : 'invalid_url', target.message, 'url');
  const t = target.target;
  // The embed is served from the address the page was asked about (one of ours).
  const base = new URL(params.get('url')!).origin;
  const preview = t.kind === 'claim' ? await claimPreview(t.id) : await datasetPreview(t.id, new URLSearchParams(t.search)).then((r) => (r.ok ? r.preview : null));
  if (!preview) return jsonError(404, 'not_found', `url: there is no such ${t.kind} on this site`, 'url');
  const src = `${base}${embedPath(t)}`;
  const title = preview.verdict ? `${preview.title} (verdict: ${preview.verdict})` : preview.title;
  const thumbnail = `${base}/api/og/${t.kind === 'claim' ? 'claims' : 'datasets'}/${encodeURIComponent(t.id)}${t.kind === 'dataset' && t.search ? `?${t.search}` : ''}`;
  return Response.json(
    {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: 'Bifurcation Dashboard',
      provider_url: base,
      html: iframeHtml(src, title, size),
      width: size.width,
      height: size.height,
      thumbnail_url: thumbnail,
      thumbnail_width: 1200,
      thumbnail_height: 630,
      cache_age: 300,
    },
    { headers: { 'Cache-Control': CACHE } },
  );
}
