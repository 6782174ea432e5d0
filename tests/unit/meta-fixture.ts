import type { DatasetMeta } from '../../lib/core/types';

/** A small talent-shaped dataset description for parser and filter tests. */
export const talentMeta: DatasetMeta = {
  id: 'talent',
  title: 'Talent',
  description: '',
  path: 'talent.csv',
  fields: [
    { name: 'measure', type: 'string' },
    { name: 'country', type: 'string' },
    { name: 'year', type: 'year' },
    { name: 'value', type: 'number' },
  ],
  primaryKey: ['measure', 'country', 'year'],
  timeField: 'year',
  countries: ['China', 'Europe', 'India', 'United States'],
  timeRange: { from: 2019, to: 2022 },
  facets: { measure: ['origin_share', 'work_location_share'] },
  rowCount: 0,
  sources: [],
  license: 'CC-BY-4.0',
  provenance: { rows: { primary: 0, secondary: 0, 'as-cited': 0 }, sourcesByKind: {} },
  changes: [],
  view: { kind: 'values', entity: 'country', selector: 'measure', default: 'origin_share', value: 'value', period: 'year', grain: 'year', unit: 'percent' },
};
