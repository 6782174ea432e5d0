import { GRAINS, fitsGrain, parsePeriod } from './period';
import type { FieldDescriptor, ResourceDescriptor, Row, ViewDeclaration } from './types';

export type { ViewDeclaration };

const KEYS = new Set(['kind', 'entity', 'group', 'selector', 'default', 'value', 'period', 'grain', 'unit', 'definition', 'tags', 'item']);

/** A view for a resource that declares none (or a broken one): rows counted per value of the first field. Its problems are reported. */
const fallbackView = (fields: FieldDescriptor[]): ViewDeclaration => ({ kind: 'counts', entity: fields[0]?.name ?? '' });

/**
 * The resource's declared view, checked against its own schema. Problems are sentences naming the
 * property (`view.entity: ...`); with any, the view is a plain count so pages still draw.
 */
export function readView(resource: Pick<ResourceDescriptor, 'schema' | 'view'>): { view: ViewDeclaration; problems: string[] } {
  const fields = resource.schema.fields;
  const problems: string[] = [];
  const v = resource.view as Record<string, unknown> | undefined;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { view: fallbackView(fields), problems: ['view: missing; declare kind, entity and, for values, value, period and grain'] };
  const field = (name: unknown) => (typeof name === 'string' ? fields.find((f) => f.name === name) : undefined);
  const needField = (key: string, required: boolean) => {
    if (v[key] === undefined) {
      if (required) problems.push(`view.${key}: missing`);
      return;
    }
    if (!field(v[key])) problems.push(`view.${key}: "${String(v[key])}" is not a field of the schema`);
  };
  for (const key of Object.keys(v)) if (!KEYS.has(key)) problems.push(`view.${key}: unknown property; allowed: ${[...KEYS].join(', ')}`);
  if (v.kind !== 'values' && v.kind !== 'counts') problems.push(`view.kind: "${String(v.kind)}" is neither values nor counts`);
  needField('entity', true);
  needField('group', false);
  needField('selector', false);
  needField('period', v.kind === 'values');
  needField('item', false);
  needField('tags', false);
  if (v.kind === 'values') {
    needField('value', true);
    const value = field(v.value);
    if (value && value.type !== 'number' && value.type !== 'integer') problems.push(`view.value: "${value.name}" is ${value.type}, not a number`);
    if (v.unit === undefined) problems.push('view.unit: missing; a fixed unit or { "field": ... }');
  } else if (v.value !== undefined) problems.push('view.value: a counts view plots no value field');
  if (v.selector !== undefined) {
    const allowed = field(v.selector)?.constraints?.enum?.map(String);
    if (field(v.selector) && !allowed) problems.push(`view.selector: "${String(v.selector)}" has no enum of values to choose from`);
    if (v.default === undefined) problems.push('view.default: missing; the selector value shown first');
    else if (allowed && !allowed.includes(String(v.default))) problems.push(`view.default: "${String(v.default)}" is not one of ${String(v.selector)}'s values`);
  } else if (v.default !== undefined) problems.push('view.default: given without a selector');
  if (v.period !== undefined && !GRAINS.includes(v.grain as never)) problems.push(`view.grain: "${String(v.grain)}" is not one of ${GRAINS.join(', ')}`);
  if (v.period === undefined && v.grain !== undefined) problems.push('view.grain: given without a period field');
  if (v.unit !== undefined && typeof v.unit !== 'string') {
    const u = v.unit as { field?: unknown };
    if (typeof u !== 'object' || u === null || !field(u.field)) problems.push('view.unit: give a unit such as "percent", or { "field": <a field of the schema> }');
  }
  if (v.definition !== undefined) {
    if (!Array.isArray(v.definition)) problems.push('view.definition: a list of field names');
    else for (const name of v.definition) if (!field(name)) problems.push(`view.definition: "${String(name)}" is not a field of the schema`);
  }
  return problems.length > 0 ? { view: fallbackView(fields), problems } : { view: v as unknown as ViewDeclaration, problems };
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** The row's entity value (what its series is). */
export const entityOf = (row: Row, view: ViewDeclaration) => text(row[view.entity]);

/** The row's period as written (empty when the view has none or the cell is empty). */
export const periodOf = (row: Row, view: ViewDeclaration) => (view.period ? text(row[view.period]) : '');

/** The row's value, when the view plots values and the cell holds a number. */
export const valueOf = (row: Row, view: ViewDeclaration): number | null => {
  const v = view.value ? row[view.value] : null;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** The row's unit: the declared one, or the row's own. */
export const unitOf = (row: Row | undefined, view: ViewDeclaration) => (typeof view.unit === 'string' ? view.unit : view.unit && row ? text(row[view.unit.field]) : '');

/** The row's selector value (measure, series), or null when the view has no selector. */
export const selectorValueOf = (row: Row, view: ViewDeclaration): string | null => (view.selector ? text(row[view.selector]) : null);

/**
 * What makes two rows of one selection comparable: the declared definition fields (tier, unit) and
 * the precision (FP16/FP32) or flow/cumulative tag written in the tags field. Empty: one definition.
 */
export function definitionOf(row: Row, view: ViewDeclaration): string {
  const tagText = view.tags ? text(row[view.tags]) : '';
  const precision = /\b(FP\d\d) basis\b/.exec(tagText)?.[1];
  const stock = /^(FLOW|CUMULATIVE)\b/.exec(tagText)?.[1]?.toLowerCase();
  return [...(view.definition ?? []).map((f) => text(row[f])), precision, stock].filter((v) => v !== undefined && v !== '').join(' · ');
}

/** Rows whose period cannot be read, or is finer than the declared grain: the data layer reports them. */
export function periodProblems(rows: Row[], view: ViewDeclaration): Array<{ index: number; value: string; rule: string }> {
  if (!view.period || !view.grain) return [];
  const out: Array<{ index: number; value: string; rule: string }> = [];
  rows.forEach((row, index) => {
    const value = text(row[view.period!]);
    if (value === '') return;
    if (!parsePeriod(value)) out.push({ index, value, rule: `view.period: not a period (YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or YYYY-YYYY)` });
    else if (!fitsGrain(value, view.grain!)) out.push({ index, value, rule: `view.grain: finer than the declared grain ${view.grain}` });
  });
  return out;
}
