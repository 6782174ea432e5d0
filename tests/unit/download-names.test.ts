import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { NextRequest } from 'next/server';
import { GET as csvRoute } from '../../app/api/datasets/[id]/csv/route';
import { datasetView } from '../../lib/core/dataset-view';
import { parseFilter } from '../../lib/core/query';
import { datasetBundle } from '../../lib/server/bundle';
import { getSources, listDatasets } from '../../lib/server/data';

/** A few views of every dataset: none, a country, each facet's first value, a year range, all together. */
async function views(): Promise<Array<{ id: string; query: string }>> {
  const out: Array<{ id: string; query: string }> = [];
  for (const d of await listDatasets()) {
    if (!d.ok) continue;
    const { meta } = d.value;
    const params: string[] = [''];
    if (meta.countries.length > 0) params.push(`country=${encodeURIComponent(meta.countries[0])}`);
    for (const [facet, values] of Object.entries(meta.facets)) params.push(`${facet}=${encodeURIComponent(values[0])}`);
    if (meta.timeRange) params.push(`from=${meta.timeRange.from}&to=${meta.timeRange.to}`, `year=${meta.timeRange.to}`);
    params.push(params.filter((p) => p !== '' && !p.startsWith('year=')).join('&'));
    for (const query of new Set(params)) out.push({ id: meta.id, query });
  }
  return out;
}

const attachment = (r: Response) => /filename="([^"]+)"/.exec(r.headers.get('content-disposition') ?? '')?.[1];

test('the CSV route, the page link and the ZIP (and the CSV inside it) name each view alike', async () => {
  const sources = await getSources();
  const metas = new Map((await listDatasets()).flatMap((d) => (d.ok ? [[d.value.meta.id, d.value] as const] : [])));
  const all = await views();
  assert.ok(all.length > 30, `only ${all.length} views`);
  for (const { id, query } of all) {
    const params = new URLSearchParams(query);
    const parsed = parseFilter(params, metas.get(id)!.meta);
    if (!parsed.ok) continue; // a facet value with no rows in range is still a valid filter; a clash (year with from) is not a view
    const link = datasetView(metas.get(id)!.meta, [], parsed.filter, sources, { measure: null, groupBy: null }).download;
    const csv = await csvRoute(new NextRequest(`http://localhost/api/datasets/${id}/csv?${query}`), { params: Promise.resolve({ id }) } as never);
    assert.equal(csv.status, 200, `${id}?${query}`);
    const bundle = await datasetBundle(id, params);
    assert.ok(bundle.ok, `${id}?${query}`);
    const inside = Object.keys(unzipSync(bundle.bytes)).find((n) => n.endsWith('.csv'));
    assert.equal(attachment(csv), link.name, `CSV route vs link for ${id}?${query}`);
    assert.equal(inside, link.name, `CSV in the ZIP vs link for ${id}?${query}`);
    assert.equal(bundle.name, link.bundleName, `ZIP vs link for ${id}?${query}`);
    assert.equal(link.bundleName, link.name.replace(/\.csv$/, '.zip'));
  }
});

test('a filtered name says what it holds, in the URL values, and the unfiltered name is the stored file', async () => {
  const metas = new Map((await listDatasets()).flatMap((d) => (d.ok ? [[d.value.meta.id, d.value.meta] as const] : [])));
  const talent = metas.get('talent')!;
  const parsed = parseFilter(new URLSearchParams('country=China&measure=origin_share&from=2019&to=2022'), talent);
  assert.ok(parsed.ok);
  const link = datasetView(talent, [], parsed.filter, new Map(), { measure: null, groupBy: null }).download;
  assert.equal(link.name, 'talent_China_origin_share_2019-2022.csv');
  const empty = parseFilter(new URLSearchParams(''), talent);
  assert.ok(empty.ok);
  assert.equal(datasetView(talent, [], empty.filter, new Map(), { measure: null, groupBy: null }).download.name, talent.path);
});
