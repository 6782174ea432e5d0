import 'server-only';
import type { Metadata } from 'next';
import { describeFilter, parseFilter } from '../core/query';
import { splitEventParams } from '../core/events';
import { siteOrigin } from '../core/site';
import { findClaim } from './claims';
import { getConceptView } from './concepts';
import { getDataset } from './data';

const withQuery = (path: string, search: URLSearchParams) => (search.toString() ? `${path}?${search}` : path);

/** Link-preview and embed metadata shared by every shareable page: og:image, Twitter card, oEmbed discovery. */
function shareable(title: string, description: string, pagePath: string, imagePath: string): Metadata {
  const url = `${siteOrigin()}${pagePath}`;
  const image = { url: imagePath, width: 1200, height: 630, alt: title };
  return {
    title,
    description,
    alternates: {
      canonical: pagePath,
      types: { 'application/json+oembed': `/api/oembed?url=${encodeURIComponent(url)}&format=json` },
    },
    openGraph: { title, description, url: pagePath, type: 'article', siteName: 'Bifurcation Dashboard', images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [imagePath] },
  };
}

export async function claimMetadata(id: string, search: URLSearchParams): Promise<Metadata> {
  const claim = await findClaim(id);
  if (!claim) return { title: 'Claim not found' };
  const description = `Verdict today: ${claim.evaluation.verdict}. “${claim.quote.length > 160 ? `${claim.quote.slice(0, 157)}…` : claim.quote}”`;
  return shareable(claim.title, description, withQuery(`/claims/${id}`, search), `/api/og/claims/${id}`);
}

export async function datasetMetadata(id: string, search: URLSearchParams): Promise<Metadata> {
  const result = await getDataset(id);
  if (!result?.ok) return { title: result ? result.error.title : 'Dataset not found' };
  const { meta } = result.value;
  const parsed = parseFilter(splitEventParams(search).filterParams, meta);
  const what = parsed.ok ? describeFilter(parsed.filter, meta) : 'the whole dataset';
  return shareable(meta.title, `${meta.title}: ${what}. ${meta.rowCount} sourced rows.`, withQuery(`/datasets/${id}`, search), withQuery(`/api/og/datasets/${id}`, search));
}

export async function conceptMetadata(id: string): Promise<Metadata> {
  const view = await getConceptView(id);
  if (!view) return { title: 'Comparison not found' };
  return shareable(`${view.concept.title}: who says what`, view.concept.question, `/compare/${id}`, `/api/og/compare/${id}`);
}
