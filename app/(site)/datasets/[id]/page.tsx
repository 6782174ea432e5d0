import type { Metadata } from 'next';
import { DatasetPage } from '@/components/pages/DatasetPage';
import { datasetMetadata } from '@/lib/server/page-metadata';
import { listDatasets } from '@/lib/server/data';

/** The unfiltered page: prerendered at build, refreshed when data/ changes (lib/server/data-watch.ts). */
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await listDatasets()).map((d) => ({ id: d.ok ? d.value.meta.id : d.error.id }));
}

export async function generateMetadata({ params }: PageProps<'/datasets/[id]'>): Promise<Metadata> {
  return datasetMetadata((await params).id, new URLSearchParams());
}

export default async function Page({ params }: PageProps<'/datasets/[id]'>) {
  return <DatasetPage id={(await params).id} search={new URLSearchParams()} />;
}
