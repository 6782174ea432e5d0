import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DatasetPage } from '@/components/pages/DatasetPage';
import { searchOfView } from '@/lib/core/view-path.mjs';
import { datasetMetadata } from '@/lib/server/page-metadata';
import { listDatasets } from '@/lib/server/data';

/**
 * A dataset page and every filtered view of it: one route. server.mjs puts a query into the `view`
 * segment; each view is rendered once and cached until data/ changes (lib/page-cache.js).
 */
export const revalidate = false;
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await listDatasets()).map((d) => ({ id: d.ok ? d.value.meta.id : d.error.id, view: [] }));
}

type Props = PageProps<'/datasets/[id]/[[...view]]'>;

async function read({ params }: Props) {
  const { id, view } = await params;
  return { id, search: searchOfView(view) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { id, search } = await read(props);
  return search ? datasetMetadata(id, search) : { title: 'Not found' };
}

export default async function Page(props: Props) {
  const { id, search } = await read(props);
  if (!search) notFound();
  return <DatasetPage id={id} search={search} />;
}
