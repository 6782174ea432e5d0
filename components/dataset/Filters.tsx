'use client';

import { useState } from 'react';
import type { Filter } from '@/lib/core/filter';
import { fieldLabel, labelFor } from '@/lib/core/labels';
import type { DatasetMeta } from '@/lib/core/types';
import { CountryPicker } from './CountryPicker';

interface Props {
  meta: DatasetMeta;
  filter: Filter;
  onChange: (filter: Filter) => void;
}

/** Country, year range and facet controls. Every change becomes a new URL (see DatasetExplorer). */
export function Filters({ meta, filter, onChange }: Props) {
  const years: number[] = [];
  if (meta.timeRange) for (let y = meta.timeRange.from; y <= meta.timeRange.to; y++) years.push(y);
  const setYear = (key: 'from' | 'to', value: string) => {
    const year = value === '' ? null : Number(value);
    const next = { ...filter, [key]: year };
    if (next.from !== null && next.to !== null && next.from > next.to) {
      if (key === 'from') next.to = next.from;
      else next.from = next.to;
    }
    onChange(next);
  };
  const setFacet = (name: string, value: string, on: boolean) => {
    const current = filter.facets[name] ?? [];
    const chosen = on ? [...current, value] : current.filter((v) => v !== value);
    onChange({ ...filter, facets: { ...filter.facets, [name]: chosen } });
  };
  const facetNames = Object.keys(meta.facets).filter((name) => name !== 'confidence');
  const active = activeCount(filter);
  const [open, setOpen] = useState(false);

  return (
    <div className="filters-panel" data-open={open ? 'true' : 'false'}>
      <button type="button" className="filters-toggle" aria-expanded={open} aria-controls={`${meta.id}-filters`} onClick={() => setOpen(!open)}>
        Filters{active > 0 ? ` (${active} active)` : ''} {open ? '▲' : '▼'}
      </button>
      <form className="filters" id={`${meta.id}-filters`} aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <CountryPicker countries={meta.countries} selected={filter.countries} onChange={(countries) => onChange({ ...filter, countries })} />
        {meta.timeRange && (
          <fieldset>
            <legend>Years</legend>
            <YearSelect id={`${meta.id}-from`} label="From" value={filter.from} years={years} allLabel={`${meta.timeRange.from} (all)`} onChange={(v) => setYear('from', v)} />{' '}
            <YearSelect id={`${meta.id}-to`} label="to" value={filter.to} years={years} allLabel={`${meta.timeRange.to} (all)`} onChange={(v) => setYear('to', v)} />
          </fieldset>
        )}
        {meta.fields.some((f) => f.name === 'effective_date') && (
          <fieldset>
            <legend>In force on</legend>
            <label htmlFor={`${meta.id}-in-force`} className="visually-hidden">
              Only measures in force on this day
            </label>
            <input
              id={`${meta.id}-in-force`}
              type="date"
              value={filter.inForce ?? ''}
              min="2015-01-01"
              onChange={(e) => onChange({ ...filter, inForce: e.target.value === '' ? null : e.target.value })}
            />
          </fieldset>
        )}
        {[...facetNames, ...('confidence' in meta.facets ? ['confidence'] : [])].map((name) => (
          <fieldset key={name}>
            <legend>{fieldLabel(meta.fields.find((f) => f.name === name) ?? { name, type: 'string' })}</legend>
            <div className="facet-options">
              {meta.facets[name].map((value) => (
                <label key={value}>
                  <input type="checkbox" checked={filter.facets[name]?.includes(value) ?? false} onChange={(e) => setFacet(name, value, e.target.checked)} /> {labelFor(meta, name, value)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div>
          <button type="button" onClick={() => onChange({ countries: [], from: null, to: null, facets: {}, inForce: null, sort: filter.sort })}>
            Clear filters
          </button>
        </div>
      </form>
    </div>
  );
}

/** How many filters narrow the view: each country, each year bound, each facet value, the in-force day. */
export function activeCount(filter: Filter): number {
  return filter.countries.length + (filter.from !== null ? 1 : 0) + (filter.to !== null ? 1 : 0) + (filter.inForce !== null ? 1 : 0) + Object.values(filter.facets).reduce((n, v) => n + v.length, 0);
}

function YearSelect(props: { id: string; label: string; value: number | null; years: number[]; allLabel: string; onChange: (value: string) => void }) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>{' '}
      <select id={props.id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.allLabel}</option>
        {props.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </>
  );
}
