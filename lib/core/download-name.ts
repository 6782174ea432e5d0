import type { Filter } from './filter';

export type DownloadKind = 'csv' | 'zip' | 'svg' | 'png';

/**
 * The one name of a view's download, e.g. `talent_China_origin_share_2019-2022.csv`: the dataset id,
 * then the selection in the URL's own values (countries, facet values, years, in-force day). The CSV
 * route, the page's `download` attribute and the ZIP (and the CSV inside it) all call this, so the
 * names agree for every filter. No filter: `<id>.csv`, the stored file's name.
 */
export function downloadName(id: string, filter: Filter, kind: DownloadKind = 'csv'): string {
  const parts = [id];
  if (filter.countries.length > 0) parts.push(filter.countries.join('+'));
  for (const chosen of Object.values(filter.facets)) if (chosen.length > 0) parts.push(chosen.join('+'));
  if (filter.from !== null || filter.to !== null) parts.push(filter.from === filter.to ? String(filter.from) : `${filter.from ?? ''}-${filter.to ?? ''}`);
  if (filter.inForce !== null) parts.push(`in-force-${filter.inForce}`);
  return `${parts.join('_').replace(/[^A-Za-z0-9+._-]+/g, '-')}.${kind}`;
}

/** The whole dataset's file name (no filter): the stored CSV's name. */
export const fullDownloadName = (id: string, kind: DownloadKind = 'csv') => downloadName(id, { countries: [], from: null, to: null, facets: {}, inForce: null, sort: null }, kind);
