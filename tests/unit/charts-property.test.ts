import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_POINTS, shapeChart, type ChartSpec } from '../../lib/core/charts';
import { labelFor } from '../../lib/core/labels';
import type { Grain } from '../../lib/core/period';
import type { DatasetMeta, FieldDescriptor, Row } from '../../lib/core/types';
import { talentMeta } from './meta-fixture';

/** A small seeded generator, so a failure names a seed that reproduces it. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s ^ (s >>> 15), 2246822519) + 0x9e3779b9) >>> 0) / 2 ** 32);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)] };
}

function periodText(grain: Grain, i: number): string {
  const year = 2000 + Math.floor(i / 12);
  if (grain === 'year') return String(2000 + i);
  if (grain === 'quarter') return `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
  if (grain === 'month') return `${year}-${String((i % 12) + 1).padStart(2, '0')}`;
  const d = new Date(Date.UTC(2000, 0, 1 + i));
  return d.toISOString().slice(0, 10);
}

/** A dataset of random shape: entity field name, grain, selector or none, a definition field or none, duplicates and empty values. */
function randomDataset(seed: number, periodsWanted?: number): { meta: DatasetMeta; rows: Row[]; measure: string | null } {
  const r = rng(seed);
  const entity = r.pick(['country', 'provider', 'lab', 'region_name']);
  const grain = r.pick<Grain>(['year', 'quarter', 'month', 'day']);
  const selector = r.next() < 0.6 ? r.pick(['measure', 'series']) : undefined;
  const definition = r.next() < 0.4 ? 'tier' : undefined;
  const entities = Array.from({ length: 1 + r.int(5) }, (_, i) => `E${i}`);
  const periods = Array.from({ length: periodsWanted ?? 1 + r.int(12) }, (_, i) => periodText(grain, i));
  const measures = ['m1', 'm2'];
  const rows: Row[] = [];
  const count = periodsWanted ? periodsWanted * 2 : 1 + r.int(60);
  for (let i = 0; i < count; i++) {
    const row: Row = { [entity]: r.pick(entities), when: periodsWanted ? periods[i % periods.length] : r.pick(periods), amount: r.next() < 0.1 ? null : Math.round(r.next() * 1000) / 10, source_id: 's', confidence: 'primary' };
    if (selector) row[selector] = r.pick(measures);
    if (definition) row[definition] = r.pick(['a', 'b']);
    rows.push(row);
  }
  const fields: FieldDescriptor[] = [
    { name: entity, type: 'string' },
    { name: 'when', type: 'string' },
    { name: 'amount', type: 'number' },
    ...(selector ? [{ name: selector, type: 'string' as const, constraints: { enum: measures } }] : []),
    ...(definition ? [{ name: definition, type: 'string' as const }] : []),
  ];
  const meta: DatasetMeta = {
    ...talentMeta,
    fields,
    facets: selector ? { [selector]: measures } : {},
    view: { kind: 'values', entity, value: 'amount', period: 'when', grain, unit: 'units', ...(selector ? { selector, default: 'm1' } : {}), ...(definition ? { definition: [definition] } : {}) },
  };
  return { meta, rows, measure: selector ? r.pick([null, 'm1', 'm2']) : null };
}

/** Every mark of a chart and its panels as `entity label|period|value`. */
function marks(meta: DatasetMeta, spec: ChartSpec): string[] {
  const out: string[] = [];
  for (const s of [spec, ...(spec.panels ?? [])]) {
    for (const p of s.points) {
      for (const series of s.series) {
        const v = p.values[series.key];
        if (v === null || v === undefined) continue;
        out.push(s.kind === 'grouped-bars' ? `${p.x}|${series.key}|${v}` : `${labelFor(meta, meta.view.entity, series.key)}|${p.x}|${v}`);
      }
    }
  }
  return out.sort();
}

function checkInvariant(meta: DatasetMeta, rows: Row[], measure: string | null, seed: number) {
  const spec = shapeChart(meta, rows, new Map(), { measure });
  const view = meta.view;
  const charted = spec.measure !== null && view.selector ? rows.filter((r) => r[view.selector!] === spec.measure) : rows;
  const notDrawn = spec.notDrawn ?? [];
  const listed = new Set(notDrawn.map((n) => n.row));
  assert.equal(listed.size, notDrawn.length, `seed ${seed}: a row is listed twice`);
  for (const n of notDrawn) {
    assert.ok(charted.includes(n.row), `seed ${seed}: a listed row is not in the charted selection`);
    assert.ok(n.reason.length > 0, `seed ${seed}: a row is listed without a reason`);
  }
  const expected = charted.filter((r) => !listed.has(r)).map((r) => `${labelFor(meta, view.entity, r[view.entity])}|${r.when}|${r.amount}`).sort();
  assert.deepEqual(marks(meta, spec), expected, `seed ${seed}: the marks are not exactly the rows not listed`);
}

test('property: for datasets of random shape, every charted row is one mark or is listed as not drawn, with why', () => {
  for (let seed = 1; seed <= 400; seed++) {
    const { meta, rows, measure } = randomDataset(seed);
    checkInvariant(meta, rows, measure, seed);
  }
});

test('property: a series longer than the chart can draw lists the thinned rows as not drawn', () => {
  const { meta, rows, measure } = randomDataset(7, MAX_POINTS * 3);
  checkInvariant(meta, rows, measure, 7);
  const spec = shapeChart(meta, rows, new Map(), { measure });
  assert.ok((spec.notDrawn ?? []).some((n) => /thinned/.test(n.reason)));
});

test('several rows for one entity and period: one is drawn, the others are listed with the drawn figure', () => {
  const meta: DatasetMeta = { ...talentMeta, fields: [{ name: 'provider', type: 'string' }, { name: 'when', type: 'string' }, { name: 'amount', type: 'number' }], facets: {}, view: { kind: 'values', entity: 'provider', value: 'amount', period: 'when', grain: 'quarter', unit: 'percent' } };
  const rows: Row[] = [
    { provider: 'A', when: '2024-Q1', amount: 31 },
    { provider: 'A', when: '2024-Q1', amount: 30 },
  ];
  const spec = shapeChart(meta, rows, new Map(), {});
  assert.equal(spec.notDrawn?.length, 1);
  assert.equal(spec.notDrawn![0].row, rows[1]);
  assert.match(spec.notDrawn![0].reason, /another row .* is drawn \(31%.*this one gives 30%/);
});

test('on the real data: every dataset that plots values draws one mark per charted row, for every measure', async () => {
  const { getSources, listDatasets } = await import('../../lib/server/data');
  const sources = await getSources();
  let checked = 0;
  for (const d of await listDatasets()) {
    if (!d.ok || d.value.meta.view.kind !== 'values') continue;
    const { meta, rows } = d.value;
    for (const measure of meta.view.selector ? meta.facets[meta.view.selector] : [null]) {
      const spec = shapeChart(meta, rows, sources, { measure });
      const charted = measure === null ? rows : rows.filter((r) => r[meta.view.selector!] === measure);
      const drawn = [spec, ...(spec.panels ?? [])].reduce((n, s) => n + s.points.reduce((k, p) => k + Object.values(p.values).filter((v) => v !== null).length, 0), 0);
      assert.equal(drawn, charted.length, `${meta.id} ${measure}: ${drawn} marks for ${charted.length} rows; not drawn: ${(spec.notDrawn ?? []).map((n) => n.reason).join('; ')}`);
      checked++;
    }
  }
  assert.ok(checked > 40);
});

test('on the real data: cloud providers are four series, one per provider, labelled by brand', async () => {
  const { getDataset, getSources } = await import('../../lib/server/data');
  const d = await getDataset('cloud-providers');
  assert.ok(d?.ok);
  const spec = shapeChart(d.value.meta, d.value.rows, await getSources(), {});
  assert.deepEqual(spec.series.map((s) => s.label).sort(), ['Alibaba Cloud', 'AWS', 'Azure', 'Google Cloud'].sort());
  assert.deepEqual([...new Set(spec.series.map((s) => s.group))].sort(), ['China', 'United States']);
  assert.equal(new Set(spec.series.map((s) => s.color)).size, 4);
});
