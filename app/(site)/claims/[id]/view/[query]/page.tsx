import type { Metadata } from 'next';
import { ClaimPage } from '@/components/pages/ClaimPage';
import { searchOfView } from '@/lib/core/query';
import { claimMetadata } from '@/lib/server/page-metadata';

/**
 * A claim with a query (events, explorer filters), `/claims/{id}?…` (proxy.ts rewrites it here with the
 * query as the last segment): rendered on its first request, then served from cache.
 */
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/claims/[id]/view/[query]'>): Promise<Metadata> {
  const { id, query } = await params;
  return claimMetadata(id, searchOfView(query));
}

export default async function Page({ params }: PageProps<'/claims/[id]/view/[query]'>) {
  const { id, query } = await params;
  return <ClaimPage id={id} search={searchOfView(query)} />;
}
