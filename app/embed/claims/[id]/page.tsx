import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedCard } from '@/components/embed/EmbedCard';
import { getEvaluatedClaims } from '@/lib/server/claims';
import { claimPreview } from '@/lib/server/previews';

/** A claim to frame in another page: its evidence chart, verdict and sources. May be framed by any site. Cached until data/ or the day changes (lib/page-cache.js). */
export const revalidate = false;

export async function generateStaticParams() {
  const result = await getEvaluatedClaims();
  return result.ok ? result.claims.map((c) => ({ id: c.id })) : [];
}

export async function generateMetadata({ params }: PageProps<'/embed/claims/[id]'>): Promise<Metadata> {
  const preview = await claimPreview((await params).id);
  return { title: preview?.title ?? 'Claim', robots: { index: false } };
}

export default async function EmbedClaim({ params }: PageProps<'/embed/claims/[id]'>) {
  const preview = await claimPreview((await params).id);
  if (!preview) notFound();
  return <EmbedCard preview={preview} />;
}
