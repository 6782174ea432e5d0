import 'server-only';
import { strToU8, zipSync } from 'fflate';
import { bundleReadme } from '../core/bundle-readme';
import { sourceLines } from '../core/charts';
import { plainCitation } from '../core/citation';
import { evidenceCsv } from '../core/claims/evidence-csv';
import { writeCsv } from '../core/csv/write';
import { splitEventParams } from '../core/events';
import { dayOf } from '../core/in-force';
import { downloadName } from '../core/download-name';
import { describeFilter, filterToSearchParams, isEmptyFilter } from '../core/query';
import { siteOrigin } from '../core/site';
import type { FieldDescriptor, ResourceDescriptor } from '../core/types';
import { findClaim } from './claims';
import { getDataRelease } from './data-release';
import { getPackage, getSources, readDatasetFile } from './data';
import { selectRows, type Selection } from './selection';

/** Entries carry a fixed time, so the same data always makes the same bytes (and the same ETag). */
const MTIME = new Date(Date.UTC(1980, 0, 1));

function zip(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: MTIME }]])), { level: 6 });
}

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);

async function resourceOf(id: string): Promise<{ resource: ResourceDescriptor; pkg: { name?: string; title?: string; licenses?: ResourceDescriptor['licenses'] } } | null> {
  const pkg = await getPackage();
  if (!pkg.ok) return null;
  const resource = pkg.value.resources.find((r) => r.name === id);
  return resource ? { resource, pkg: pkg.value } : null;
}

export type Bundle = { ok: true; bytes: Uint8Array; name: string } | { ok: false; selection: Exclude<Selection, { kind: 'ok' }> };

/** A dataset view as a ZIP: the CSV (the stored bytes when unfiltered), its datapackage.json and a README. */
export async function datasetBundle(id: string, params: URLSearchParams): Promise<Bundle> {
  const s = await selectRows(id, splitEventParams(params).filterParams);
  if (s.kind !== 'ok') return { ok: false, selection: s };
  const { meta } = s.dataset;
  const found = await resourceOf(id);
  const unfiltered = isEmptyFilter(s.filter);
  const stored = unfiltered ? await readDatasetFile(id) : null;
  const csvName = downloadName(id, s.filter, 'csv');
  const csv = stored ? new Uint8Array(stored.bytes) : strToU8(writeCsv(meta.fields.map((f) => f.name), s.rows));
  const query = filterToSearchParams(s.filter).toString();
  const viewUrl = `${siteOrigin()}/datasets/${id}${query ? `?${query}` : ''}`;
  const lines = sourceLines(s.rows, await getSources());
  const { version, released } = await getDataRelease();
  const license = meta.license ?? 'CC-BY-4.0';
  const descriptor = {
    name: `${found?.pkg.name ?? 'bifurcation-dashboard'}-${id}`,
    title: meta.title,
    ...(found?.pkg.licenses ? { licenses: found.pkg.licenses } : {}),
    resources: [{ ...(found?.resource ?? {}), name: id, path: csvName, ...(unfiltered ? {} : { description: `${meta.description} This file holds the selection ${describeFilter(s.filter, meta)}.` }) }],
  };
  const readme = bundleReadme({
    title: meta.title,
    description: meta.description,
    selection: `${describeFilter(s.filter, meta)} (${s.rows.length} of ${meta.rowCount} rows)${unfiltered ? '; the CSV is the stored file, byte for byte' : ''}`,
    files: [
      { name: csvName, about: `the rows, RFC 4180 CSV, UTF-8${unfiltered ? '' : '; cells that could start a spreadsheet formula are prefixed with an apostrophe'}` },
      { name: 'datapackage.json', about: 'the Frictionless Data Package descriptor of the CSV: its Table Schema, sources and licence' },
      { name: 'README.md', about: 'this file' },
    ],
    fields: meta.fields,
    sources: lines,
    license,
    citation: plainCitation({ title: meta.title, url: viewUrl, accessed: dayOf(new Date()), sources: lines, version, released }),
    viewUrl,
    generated: dayOf(new Date()),
    dataVersion: version,
    csvUrl: `${siteOrigin()}/api/datasets/${id}/csv${query ? `?${query}` : ''}`,
  });
  return { ok: true, name: downloadName(id, s.filter, 'zip'), bytes: zip({ [csvName]: csv, 'datapackage.json': json(descriptor), 'README.md': strToU8(readme) }) };
}

export type ClaimBundle = { ok: true; bytes: Uint8Array; name: string } | { ok: false };

/** A claim's evidence as a ZIP: the rows its verdict used, a descriptor of that CSV, and a README with the verdict and checks. */
export async function claimBundle(id: string): Promise<ClaimBundle> {
  const claim = await findClaim(id);
  if (!claim) return { ok: false };
  const e = claim.evaluation;
  const csvName = `claim_${claim.id}_evidence.csv`;
  const pkg = await getPackage();
  const schemaOf = (dataset: string) => (pkg.ok ? pkg.value.resources.find((r) => r.name === dataset)?.schema.fields : undefined) ?? [];
  const fields: FieldDescriptor[] = [{ name: 'dataset', type: 'string', title: 'Dataset', description: 'The dataset (resource of the package) the row comes from.' }];
  for (const row of e.rows) for (const f of schemaOf(row.dataset)) if (!fields.some((x) => x.name === f.name)) fields.push({ ...f, constraints: undefined });
  const lines = sourceLines(e.rows.map((r) => r.row), await getSources());
  const viewUrl = `${siteOrigin()}/claims/${claim.id}`;
  const { version, released } = await getDataRelease();
  const extra = [
    '## Verdict',
    '',
    `Today: **${e.verdict}** (${e.why}). As of the paper: **${claim.asOfPaper.verdict}**.`,
    '',
    `The paper says: “${claim.quote}”${claim.footnote !== null ? ` (footnote ${claim.footnote})` : ''}.`,
    '',
    '## Checks',
    '',
    ...e.checks.map((c) => `- ${c.label}: ${c.status}. ${c.reason}`),
  ].join('\n');
  const readme = bundleReadme({
    title: claim.title,
    description: `The rows the dashboard's verdict on this claim of “Technological Bifurcation in AI” (IRS, December 2024) used.`,
    selection: `${e.rows.length} evidence rows from ${[...new Set(e.rows.map((r) => r.dataset))].join(', ') || 'no dataset'}`,
    files: [
      { name: csvName, about: 'the evidence rows, one per line, with the dataset each comes from' },
      { name: 'datapackage.json', about: 'the descriptor of the CSV: fields as in the datasets they come from' },
      { name: 'README.md', about: 'this file' },
    ],
    fields,
    sources: lines,
    license: 'CC-BY-4.0',
    citation: plainCitation({ title: claim.title, url: viewUrl, accessed: dayOf(new Date()), sources: lines, version, released }),
    viewUrl,
    generated: dayOf(new Date()),
    extra,
    dataVersion: version,
    csvUrl: `${siteOrigin()}/api/claims/${claim.id}/csv`,
  });
  const descriptor = {
    name: `bifurcation-dashboard-claim-${claim.id}`,
    title: `Evidence: ${claim.title}`,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: [{ name: `claim-${claim.id}-evidence`, path: csvName, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: { fields } }],
  };
  return { ok: true, name: `claim_${claim.id}_evidence.zip`, bytes: zip({ [csvName]: strToU8(evidenceCsv(e.rows)), 'datapackage.json': json(descriptor), 'README.md': strToU8(readme) }) };
}
