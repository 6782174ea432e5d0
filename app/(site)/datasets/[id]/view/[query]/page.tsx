import type { Metadata } from 'next';
import { DatasetPage } from '@/components/pages/DatasetPage';
import { searchOfView } from '@/lib/core/query';
import { datasetMetadata } from '@/lib/server/page-metadata';

/**
 * A filtered view, `/datasets/{id}?…` (proxy.ts rewrites it here with the query as the last segment):
 * rendered on its first request, then served from cache and refreshed like the unfiltered page.
 */
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/datasets/[id]/view/[query]'>): Promise<Metadata> {
  const { id, query } = await params;
  return datasetMetadata(id, searchOfView(query));
}

export default async function Page({ params }: PageProps<'/datasets/[id]/view/[query]'>) {
  const { id, query } = await params;
  return <DatasetPage id={id} search={searchOfView(query)} />;
}
