/** Types shared by the data layer, the API and the pages. Derived from the Table Schema subset we enforce. */
import type { ChangeEntry } from './changelog';
import type { Provenance } from './provenance';

export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'year';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: Array<string | number>;
  minimum?: number | string;
  maximum?: number | string;
  pattern?: string;
}

export interface FieldDescriptor {
  name: string;
  type: FieldType;
  title?: string;
  description?: string;
  unit?: string;
  constraints?: FieldConstraints;
  /** Table Schema v2 categories: the allowed values with their human labels. */
  categories?: Array<string | { value: string; label?: string }>;
}

export interface ForeignKey {
  fields: string[] | string;
  reference: { resource: string; fields: string[] | string };
}

export interface TableSchema {
  fields: FieldDescriptor[];
  primaryKey?: string[] | string;
  missingValues?: string[];
  foreignKeys?: ForeignKey[];
}

export interface SourceRef {
  title: string;
  path?: string;
}

export interface ResourceDescriptor {
  name: string;
  path: string;
  title?: string;
  description?: string;
  schema: TableSchema;
  sources?: SourceRef[];
  licenses?: Array<{ name?: string; path?: string; title?: string }>;
}

export interface PackageDescriptor {
  name?: string;
  title?: string;
  description?: string;
  version?: string;
  created?: string;
  licenses?: Array<{ name?: string; path?: string; title?: string }>;
  sources?: SourceRef[];
  resources: ResourceDescriptor[];
}

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** One validation problem, rendered as `file:line:column field=value: rule`. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  field: string;
  value: string;
  rule: string;
}

export interface Source {
  id: string;
  publisher: string;
  title: string;
  url: string;
  seen_at: string | null;
  published: string | null;
  accessed: string | null;
  kind: string | null;
  terms: string | null;
}

export interface DatasetMeta {
  id: string;
  title: string;
  description: string;
  path: string;
  fields: FieldDescriptor[];
  primaryKey: string[];
  /** The field that holds the time: `year` or `date`. Null when the dataset has none. */
  timeField: 'year' | 'date' | null;
  countries: string[];
  timeRange: { from: number; to: number } | null;
  /** Filterable fields other than country and time: string fields with an enum. */
  facets: Record<string, string[]>;
  rowCount: number;
  sources: Source[];
  license: string | null;
  /** Rows by confidence and cited sources by kind. */
  provenance: Provenance;
  /** Entries of data/CHANGELOG.md that name this dataset, newest first. */
  changes: ChangeEntry[];
}

export interface Dataset {
  meta: DatasetMeta;
  rows: Row[];
}

export interface DatasetError {
  id: string;
  title: string;
  path: string;
  problems: Problem[];
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
