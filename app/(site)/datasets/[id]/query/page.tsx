import type { Metadata } from 'next';
import { DatasetPage } from '@/components/pages/DatasetPage';
import { pageSearchParams } from '@/lib/core/query';
import { datasetMetadata } from '@/lib/server/page-metadata';

/** A filtered view: the rewrites in next.config.js send `/datasets/{id}?…` here; rendered per request. */
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/datasets/[id]/query'>): Promise<Metadata> {
  return datasetMetadata((await params).id, pageSearchParams(await searchParams));
}

export default async function Page({ params, searchParams }: PageProps<'/datasets/[id]/query'>) {
  return <DatasetPage id={(await params).id} search={pageSearchParams(await searchParams)} />;
}
