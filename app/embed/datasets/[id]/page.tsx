import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedCard } from '@/components/embed/EmbedCard';
import { pageSearchParams } from '@/lib/core/query';
import { datasetPreview } from '@/lib/server/previews';

/** A dataset view to frame in another page, with the same filters as its page. May be framed by any site. */
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/embed/datasets/[id]'>): Promise<Metadata> {
  return { title: (await params).id, robots: { index: false } };
}

export default async function EmbedDataset({ params, searchParams }: PageProps<'/embed/datasets/[id]'>) {
  const result = await datasetPreview((await params).id, pageSearchParams(await searchParams));
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
