import { JsonLd } from '@/components/seo/JsonLd';
import { dayOf } from '@/lib/core/in-force';
import { datasetJsonLd } from '@/lib/core/jsonld';
import { siteOrigin } from '@/lib/core/site';
import type { DatasetMeta } from '@/lib/core/types';
import { getDataRelease } from '@/lib/server/data-release';
import { UseThisData } from './UseThisData';

/**
 * What a dataset page says in the conventions of open data: its schema.org Dataset (JSON-LD), code
 * that reads the current view's CSV, and a citation with the data version and the access date.
 */
export async function DatasetConventions({ meta, search }: { meta: DatasetMeta; search: URLSearchParams }) {
  const release = await getDataRelease();
  const origin = siteOrigin();
  const publishers = [...new Set(meta.sources.map((s) => s.publisher))];
  return (
    <>
      <JsonLd id="dataset-jsonld" data={datasetJsonLd({ origin, meta, licenseUrl: release.licenseUrl, dataVersion: release.version, releaseDate: release.released })} />
      <UseThisData datasetId={meta.id} title={meta.title} origin={origin} search={search.toString()} version={release.version} released={release.released} accessed={dayOf(new Date())} publishers={publishers} />
    </>
  );
}
