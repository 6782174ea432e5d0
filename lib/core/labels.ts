import type { DatasetMeta, FieldDescriptor } from './types';

/** Human labels for fields and coded values, declared once in datapackage.json (Table Schema `categories`). */
export type LabelIndex = Record<string, Record<string, Record<string, string>>>;

const capitalise = (s: string) => s.replace(/^./, (c) => c.toUpperCase());

/** A field's title, or its name in words when it has none. */
export const fieldLabel = (field: FieldDescriptor) => field.title ?? capitalise(field.name.replace(/_/g, ' '));

/** The label of a value of a field, from the field's categories; the value itself when it has none. */
export function valueLabel(field: FieldDescriptor | undefined, value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  for (const c of field?.categories ?? []) {
    if (typeof c === 'object' && c.value === text && c.label) return c.label;
  }
  return text;
}

export const labelFor = (meta: Pick<DatasetMeta, 'fields'>, field: string, value: unknown) =>
  valueLabel(
    meta.fields.find((f) => f.name === field),
    value,
  );

/** Every dataset's value labels, for views that show rows of several datasets (claim evidence). */
export function labelIndex(metas: Array<Pick<DatasetMeta, 'id' | 'fields'>>): LabelIndex {
  const index: LabelIndex = {};
  for (const meta of metas) {
    const fields: Record<string, Record<string, string>> = {};
    for (const f of meta.fields) {
      const labels: Record<string, string> = {};
      for (const c of f.categories ?? []) if (typeof c === 'object' && c.label) labels[c.value] = c.label;
      if (Object.keys(labels).length > 0) fields[f.name] = labels;
    }
    index[meta.id] = fields;
  }
  return index;
}

export const indexedLabel = (index: LabelIndex, dataset: string, field: string, value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return index[dataset]?.[field]?.[text] ?? text;
};
