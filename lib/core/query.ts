import type { Filter } from './filter';
import { fieldLabel, labelFor } from './labels';
import type { DatasetMeta } from './types';
import { isTrackingParam } from './view-path.mjs';

/** URL parameter names, declared once for the API, the pages and the filter controls. */
export const PARAM = { country: 'country', from: 'from', to: 'to', year: 'year', inForce: 'in_force', sort: 'sort', order: 'order' } as const;

export const LIMITS = { valueLength: 100, values: 50, minYear: 1900, maxYear: 2100 } as const;

export type ParamErrorCode =
  | 'unknown_param'
  | 'repeated_param'
  | 'too_many_values'
  | 'value_too_long'
  | 'invalid_value'
  | 'invalid_year'
  | 'invalid_date'
  | 'year_out_of_range'
  | 'invalid_range'
  | 'unknown_country'
  | 'unknown_value';

export interface ParamError {
  code: ParamErrorCode;
  message: string;
  param: string;
}

export type FilterResult = { ok: true; filter: Filter } | { ok: false; error: ParamError };

type PageSearchParams = Record<string, string | string[] | undefined>;

/** Page `searchParams` and route `URLSearchParams` become the same thing. */
export function toSearchParams(input: URLSearchParams | PageSearchParams): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

export { isTrackingParam };

const CONTROL = /[\u0000-\u001f\u007f]/;

class Invalid extends Error {
  constructor(readonly detail: ParamError) {
    super(detail.message);
  }
}

const fail = (code: ParamErrorCode, param: string, message: string): never => {
  throw new Invalid({ code, param, message });
};

function values(params: URLSearchParams, name: string): string[] {
  const list = params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  if (list.length > LIMITS.values) fail('too_many_values', name, `${name}: at most ${LIMITS.values} values are allowed`);
  for (const v of list) {
    if (v.length > LIMITS.valueLength) fail('value_too_long', name, `${name}: a value may be at most ${LIMITS.valueLength} characters long`);
    if (CONTROL.test(v)) fail('invalid_value', name, `${name}: values may not contain control characters`);
  }
  return list;
}

function single(params: URLSearchParams, name: string): string | null {
  const all = params.getAll(name);
  if (all.length > 1) fail('repeated_param', name, `${name}: give it once, not ${all.length} times`);
  return all.length === 0 || all[0].trim() === '' ? null : all[0].trim();
}

function year(params: URLSearchParams, name: string): number | null {
  const raw = single(params, name);
  if (raw === null) return null;
  if (raw.length > LIMITS.valueLength) fail('value_too_long', name, `${name}: a value may be at most ${LIMITS.valueLength} characters long`);
  if (!/^-?\d+$/.test(raw)) fail('invalid_year', name, `${name}: "${raw}" is not a whole year such as 2022`);
  const n = Number(raw);
  if (n < LIMITS.minYear || n > LIMITS.maxYear) {
    fail('year_out_of_range', name, `${name}: ${raw} is outside ${LIMITS.minYear}-${LIMITS.maxYear}`);
  }
  return n;
}

/** A real calendar day written YYYY-MM-DD (2024-02-30 is not one). */
function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Matches each requested value case-insensitively against the allowed list; returns canonical names. */
function canonical(requested: string[], allowed: string[], name: string, code: ParamErrorCode): string[] {
  const byLower = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  const out: string[] = [];
  for (const v of requested) {
    const match = byLower.get(v.toLowerCase());
    if (match === undefined) fail(code, name, `${name}: "${v}" is not in this dataset; allowed: ${allowed.join(', ')}`);
    else if (!out.includes(match)) out.push(match);
  }
  return out;
}

/** The one parser of filter parameters, for a given dataset. Bad input becomes a ParamError value. */
export function parseFilter(input: URLSearchParams | PageSearchParams, meta: DatasetMeta): FilterResult {
  const params = toSearchParams(input);
  const facetNames = Object.keys(meta.facets);
  const lifecycle = meta.fields.some((f) => f.name === 'effective_date');
  const known = new Set<string>([...Object.values(PARAM).filter((p) => lifecycle || p !== PARAM.inForce), ...facetNames]);
  try {
    for (const name of new Set(params.keys())) {
      if (!known.has(name)) {
        const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
        fail('unknown_param', shown, `unknown parameter "${shown}"; this dataset takes: ${[...known].join(', ')}`);
      }
    }
    const countries = canonical(values(params, PARAM.country), meta.countries, PARAM.country, 'unknown_country');
    const exact = year(params, PARAM.year);
    let from = year(params, PARAM.from);
    let to = year(params, PARAM.to);
    if (exact !== null) {
      if (from !== null || to !== null) fail('invalid_range', PARAM.year, 'year: give either year or from/to, not both');
      from = to = exact;
    }
    if (from !== null && to !== null && from > to) fail('invalid_range', PARAM.from, `from (${from}) is after to (${to})`);
    if ((from !== null || to !== null) && meta.timeField === null) {
      fail('invalid_range', from !== null ? PARAM.from : PARAM.to, 'this dataset has no time field to filter by');
    }
    const inForce = single(params, PARAM.inForce);
    if (inForce !== null) {
      if (!isDay(inForce)) fail('invalid_date', PARAM.inForce, `${PARAM.inForce}: "${inForce.slice(0, 40)}" is not a day such as 2024-12-31`);
    }
    const sortField = single(params, PARAM.sort);
    const order = single(params, PARAM.order);
    if (sortField !== null && !meta.fields.some((f) => f.name === sortField)) {
      fail('unknown_value', PARAM.sort, `${PARAM.sort}: "${sortField.slice(0, 40)}" is not a column of this dataset; columns: ${meta.fields.map((f) => f.name).join(', ')}`);
    }
    if (order !== null && order !== 'asc' && order !== 'desc') fail('invalid_value', PARAM.order, `${PARAM.order}: give asc or desc, not "${order.slice(0, 20)}"`);
    if (order !== null && sortField === null) fail('invalid_value', PARAM.order, `${PARAM.order}: give ${PARAM.sort} too, naming the column to sort by`);
    const sort = sortField === null ? null : { field: sortField, dir: (order ?? 'asc') as 'asc' | 'desc' };
    const facets: Record<string, string[]> = {};
    for (const name of facetNames) {
      const chosen = canonical(values(params, name), meta.facets[name], name, 'unknown_value');
      if (chosen.length > 0) facets[name] = chosen;
    }
    return { ok: true, filter: { countries, from, to, facets, inForce, sort } };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.detail };
    throw e;
  }
}

/** The URL query for a filter, in a stable order (the inverse of parseFilter). */
export function filterToSearchParams(filter: Filter): URLSearchParams {
  const params = new URLSearchParams();
  for (const c of filter.countries) params.append(PARAM.country, c);
  if (filter.from !== null) params.set(PARAM.from, String(filter.from));
  if (filter.to !== null) params.set(PARAM.to, String(filter.to));
  for (const [name, chosen] of Object.entries(filter.facets)) for (const v of chosen) params.append(name, v);
  if (filter.inForce !== null) params.set(PARAM.inForce, filter.inForce);
  if (filter.sort !== null) {
    params.set(PARAM.sort, filter.sort.field);
    params.set(PARAM.order, filter.sort.dir);
  }
  return params;
}

export function isEmptyFilter(filter: Filter): boolean {
  return filter.countries.length === 0 && filter.from === null && filter.to === null && filter.inForce === null && filter.sort === null && Object.values(filter.facets).every((v) => v.length === 0);
}

export { downloadName } from './download-name';

/** Says what was asked, in labels, for captions and empty states: "India between 2015 and 2016". */
export function describeFilter(filter: Filter, meta?: Pick<DatasetMeta, 'fields'>): string {
  const who = filter.countries.length > 0 ? filter.countries.join(', ') : 'any country';
  const name = (k: string) => {
    const field = meta?.fields.find((f) => f.name === k);
    return field ? fieldLabel(field).toLowerCase() : k.replace(/_/g, ' ');
  };
  const facets = Object.entries(filter.facets)
    .filter(([, v]) => v.length > 0)
    .map(([k, v]) => `${name(k)} ${v.map((x) => (meta ? labelFor(meta, k, x) : x)).join(' or ')}`);
  let when = '';
  if (filter.from !== null && filter.to !== null) when = filter.from === filter.to ? ` in ${filter.from}` : ` between ${filter.from} and ${filter.to}`;
  else if (filter.from !== null) when = ` from ${filter.from}`;
  else if (filter.to !== null) when = ` up to ${filter.to}`;
  const inForce = filter.inForce !== null ? `, in force on ${filter.inForce}` : '';
  return `${who}${facets.length ? ` (${facets.join('; ')})` : ''}${when}${inForce}`;
}
