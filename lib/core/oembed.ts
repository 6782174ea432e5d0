/** oEmbed 1.0 for our pages: which embed a page address stands for, and the answer's shape. */

export type EmbedTarget = { kind: 'claim'; id: string } | { kind: 'dataset'; id: string; search: string };

export type TargetResult = { ok: true; target: EmbedTarget } | { ok: false; status: 400 | 404; message: string };

export const EMBED_SIZE = { width: 720, height: 560 } as const;

/**
 * Reads the `url` an oEmbed consumer asks about. It must be an absolute http(s) address on one of our
 * origins, naming a claim or dataset page (or its embed). Anything else is not ours (404); an address
 * that does not parse is malformed (400).
 */
export function embedTarget(url: string | null, origins: string[]): TargetResult {
  if (url === null || url.trim() === '') return { ok: false, status: 400, message: 'url: give the address of a claim or dataset page' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, message: `url: "${url.slice(0, 80)}" is not an absolute address` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, status: 400, message: 'url: only http and https addresses can be embedded' };
  if (!origins.includes(parsed.origin)) return { ok: false, status: 404, message: `url: ${parsed.origin} is not this site` };
  const m = /^\/(?:embed\/)?(claims|datasets)\/([^/]+)\/?$/.exec(parsed.pathname);
  if (!m) return { ok: false, status: 404, message: `url: ${parsed.pathname.slice(0, 80)} is not a claim or dataset page` };
  let id: string;
  try {
    id = decodeURIComponent(m[2]);
  } catch {
    return { ok: false, status: 400, message: 'url: the page address has malformed percent-encoding' };
  }
  return { ok: true, target: m[1] === 'claims' ? { kind: 'claim', id } : { kind: 'dataset', id, search: parsed.searchParams.toString() } };
}

export function embedPath(target: EmbedTarget): string {
  return target.kind === 'claim' ? `/embed/claims/${encodeURIComponent(target.id)}` : `/embed/datasets/${encodeURIComponent(target.id)}${target.search ? `?${target.search}` : ''}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe a page can paste: the embed, its size and a title for screen readers. */
export function iframeHtml(src: string, title: string, size: { width: number; height: number } = EMBED_SIZE): string {
  return `<iframe src="${attr(src)}" width="${size.width}" height="${size.height}" style="border:0;max-width:100%" title="${attr(title)}" loading="lazy"></iframe>`;
}

/** The size asked for, within maxwidth/maxheight when given (positive integers); null if they are malformed. */
export function embedSize(maxwidth: string | null, maxheight: string | null): { width: number; height: number } | null {
  const limit = (v: string | null) => (v === null ? Infinity : /^\d{1,5}$/.test(v) && Number(v) > 0 ? Number(v) : NaN);
  const w = limit(maxwidth);
  const h = limit(maxheight);
  if (Number.isNaN(w) || Number.isNaN(h)) return null;
  return { width: Math.min(EMBED_SIZE.width, w), height: Math.min(EMBED_SIZE.height, h) };
}
