import type { Metadata } from 'next';
import { DatasetPage } from '@/components/pages/DatasetPage';
import { toSearchParams } from '@/lib/core/query';
import { datasetMetadata } from '@/lib/server/page-metadata';

/** A filtered view: proxy.ts routes `/datasets/{id}?…` here; rendered per request. */
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/datasets/[id]/query'>): Promise<Metadata> {
  return datasetMetadata((await params).id, toSearchParams(await searchParams));
}

export default async function Page({ params, searchParams }: PageProps<'/datasets/[id]/query'>) {
  return <DatasetPage id={(await params).id} search={toSearchParams(await searchParams)} />;
}
