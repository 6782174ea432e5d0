import { changesFor, type ChangeEntry } from './changelog';
import { periodYear } from './period';
import { provenanceOf } from './provenance';
import type { DatasetMeta, PackageDescriptor, ResourceDescriptor, Row, Source } from './types';
import { readView } from './view-declaration';

/** The year a row belongs to: its `year`, or the year of its `date`. */
export function rowYear(row: Row, timeField: DatasetMeta['timeField']): number | null {
  if (timeField === 'year') return typeof row.year === 'number' ? row.year : null;
  if (timeField === 'date') return typeof row.date === 'string' ? periodYear(row.date) : null;
  return null;
}

export function timeFieldOf(resource: ResourceDescriptor): DatasetMeta['timeField'] {
  const names = resource.schema.fields.map((f) => f.name);
  if (names.includes('year')) return 'year';
  if (names.includes('date')) return 'date';
  return null;
}

/** Facets are the text fields with a closed vocabulary (an enum), other than country. */
export function facetsOf(resource: ResourceDescriptor): Record<string, string[]> {
  const facets: Record<string, string[]> = {};
  for (const field of resource.schema.fields) {
    const values = field.constraints?.enum;
    if (field.type === 'string' && values && field.name !== 'country') facets[field.name] = values.map(String);
  }
  return facets;
}

export function buildMeta(
  pkg: PackageDescriptor,
  resource: ResourceDescriptor,
  rows: Row[],
  sourcesById: Map<string, Source>,
  changelog: ChangeEntry[] = [],
): DatasetMeta {
  const timeField = timeFieldOf(resource);
  const countries = new Set<string>();
  const usedSources = new Set<string>();
  let from = Infinity;
  let to = -Infinity;
  for (const row of rows) {
    if (typeof row.country === 'string') countries.add(row.country);
    if (typeof row.source_id === 'string') usedSources.add(row.source_id);
    // The earliest publication of a figure is listed with the sources too, so its link leads somewhere on the page.
    if (typeof row.first_source_id === 'string') usedSources.add(row.first_source_id);
    const year = rowYear(row, timeField);
    if (year !== null) {
      if (year < from) from = year;
      if (year > to) to = year;
    }
  }
  const license = resource.licenses?.[0] ?? pkg.licenses?.[0];
  return {
    id: resource.name,
    title: resource.title ?? resource.name,
    description: resource.description ?? '',
    path: resource.path,
    fields: resource.schema.fields,
    primaryKey: Array.isArray(resource.schema.primaryKey)
      ? resource.schema.primaryKey
      : resource.schema.primaryKey
        ? [resource.schema.primaryKey]
        : [],
    timeField,
    countries: [...countries].sort(),
    timeRange: from <= to ? { from, to } : null,
    facets: facetsOf(resource),
    rowCount: rows.length,
    sources: [...usedSources].sort().flatMap((id) => sourcesById.get(id) ?? []),
    license: license?.name ?? license?.title ?? null,
    provenance: provenanceOf(rows, sourcesById),
    changes: changesFor(changelog, resource.name),
    view: readView(resource).view,
  };
}
