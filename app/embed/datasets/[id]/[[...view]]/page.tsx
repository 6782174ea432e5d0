import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedCard } from '@/components/embed/EmbedCard';
import { searchOfView } from '@/lib/core/view-path.mjs';
import { listDatasets } from '@/lib/server/data';
import { datasetPreview } from '@/lib/server/previews';

/**
 * A dataset view to frame in another page, with the same filters as its page. May be framed by any
 * site. One route for every view, cached per view like the dataset pages (see server.mjs).
 */
export const revalidate = false;
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await listDatasets()).map((d) => ({ id: d.ok ? d.value.meta.id : d.error.id, view: [] }));
}

type Props = PageProps<'/embed/datasets/[id]/[[...view]]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).id, robots: { index: false } };
}

export default async function EmbedDataset({ params }: Props) {
  const { id, view } = await params;
  const search = searchOfView(view);
  if (!search) notFound();
  const result = await datasetPreview(id, search);
  if (!result.ok) {
    if (result.status === 404) notFound();
    return (
      <p className="panel error-panel" role="alert">
        This embed has a filter we cannot use: <code>{'param' in result.error ? result.error.param : ''}</code> {result.error.message}
      </p>
    );
  }
  return <EmbedCard preview={result.preview} />;
}
