import type { Metadata } from 'next';
import { ClaimPage } from '@/components/pages/ClaimPage';
import { pageSearchParams } from '@/lib/core/query';
import { claimMetadata } from '@/lib/server/page-metadata';

/** A claim with a query (events, explorer filters): the rewrites in next.config.js send `/claims/{id}?…` here; rendered per request. */
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/claims/[id]/query'>): Promise<Metadata> {
  return claimMetadata((await params).id, pageSearchParams(await searchParams));
}

export default async function Page({ params, searchParams }: PageProps<'/claims/[id]/query'>) {
  return <ClaimPage id={(await params).id} search={pageSearchParams(await searchParams)} />;
}
