import type { Metadata } from 'next';
import { ClaimPage } from '@/components/pages/ClaimPage';
import { getEvaluatedClaims } from '@/lib/server/claims';
import { claimMetadata } from '@/lib/server/page-metadata';

/** The claim as linked: prerendered at build, refreshed when data/ changes (lib/server/data-watch.ts). */
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams() {
  const result = await getEvaluatedClaims();
  return result.ok ? result.claims.map((c) => ({ id: c.id })) : [];
}

export async function generateMetadata({ params }: PageProps<'/claims/[id]'>): Promise<Metadata> {
  return claimMetadata((await params).id, new URLSearchParams());
}

export default async function Page({ params }: PageProps<'/claims/[id]'>) {
  return <ClaimPage id={(await params).id} search={new URLSearchParams()} />;
}
