import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimPage } from '@/components/pages/ClaimPage';
import { searchOfView } from '@/lib/core/view-path.mjs';
import { getEvaluatedClaims } from '@/lib/server/claims';
import { claimMetadata } from '@/lib/server/page-metadata';

/**
 * A claim page and every view of it (events, explorer filters): one route. server.mjs puts a query into
 * the `view` segment; each view is rendered once and cached until data/ changes (lib/page-cache.js).
 */
export const revalidate = false;
export const dynamicParams = true;

export async function generateStaticParams() {
  const result = await getEvaluatedClaims();
  return result.ok ? result.claims.map((c) => ({ id: c.id, view: [] })) : [];
}

type Props = PageProps<'/claims/[id]/[[...view]]'>;

async function read({ params }: Props) {
  const { id, view } = await params;
  return { id, search: searchOfView(view) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { id, search } = await read(props);
  return search ? claimMetadata(id, search) : { title: 'Not found' };
}

export default async function Page(props: Props) {
  const { id, search } = await read(props);
  if (!search) notFound();
  return <ClaimPage id={id} search={search} />;
}
