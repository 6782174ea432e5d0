import 'server-only';
import { ImageResponse } from 'next/og';
import { OgCard, OG_SIZE } from './og-card';
import { CACHE } from './http';
import type { Preview } from './previews';

const KICKER: Record<Preview['kind'], string> = { claim: 'a claim of the paper, checked', dataset: 'sourced data', comparison: 'sources compared' };

/** The 1200x630 PNG of a preview, cacheable like the page it stands for. */
export function previewImage(preview: Preview): ImageResponse {
  return new ImageResponse(<OgCard kicker={KICKER[preview.kind]} title={preview.title} verdict={preview.verdict} subtitle={preview.subtitle} spec={preview.spec} sourceLine={preview.sourceLine} />, {
    ...OG_SIZE,
    headers: { 'Cache-Control': CACHE },
  });
}
