import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conceptProblems, conceptView, publisherOf, type Concept } from '../../lib/core/compare';
import type { DatasetMeta, Row, Source } from '../../lib/core/types';
import { talentMeta } from './meta-fixture';

const meta: DatasetMeta = {
  ...talentMeta,
  id: 'compute-share',
  fields: [...talentMeta.fields, { name: 'unit', type: 'string' }, { name: 'source_id', type: 'string' }, { name: 'confidence', type: 'string' }],
};
const source = (id: string, publisher: string, published: string): Source => ({ id, publisher, title: `${id} report`, url: `https://example.org/${id}`, seen_at: null, published, accessed: null, kind: null, terms: null });
const sources = new Map<string, Source>([
  ['caict', source('caict', 'CAICT, reported by SCMP', '2024-09-01')],
  ['epoch', source('epoch', 'Epoch AI', '2025-05-01')],
]);
const row = (measure: string, country: string, year: number, value: number, source_id: string): Row => ({ measure, country, year, value, unit: 'percent', source_id, confidence: 'secondary' });
const rows = [
  row('total', 'United States', 2021, 31, 'caict'),
  row('total', 'China', 2021, 27, 'caict'),
  row('total', 'United States', 2023, 32, 'caict'),
  row('total', 'China', 2023, 26, 'caict'),
  row('gpu', 'United States', 2023, 75, 'epoch'),
  row('gpu', 'China', 2023, 15, 'epoch'),
];
const concept: Concept = {
  id: 'world-compute-share',
  title: 'Share of world compute',
  question: 'Who has more?',
  description: 'Two definitions.',
  countries: ['United States', 'China'],
  members: [
    { dataset: 'compute-share', where: { measure: 'total' } },
    { dataset: 'compute-share', where: { measure: 'gpu' } },
  ],
};
const datasets = new Map([['compute-share', { meta, rows }]]);

test('a publisher is named without the outlet that reported it', () => {
  assert.equal(publisherOf(sources.get('caict'), 'x'), 'CAICT');
  assert.equal(publisherOf({ ...sources.get('epoch')!, publisher: 'Stanford HAI (AI Index Steering Committee)' }, 'x'), 'Stanford HAI');
});

test('a comparison lists every publisher of its concept, each series with unit, coverage and publication date', () => {
  const view = conceptView(concept, datasets, sources);
  assert.deepEqual(view.publishers, ['CAICT', 'Epoch AI']);
  const caict = view.series.find((s) => s.publisher === 'CAICT')!;
  assert.equal(caict.unit, 'percent');
  assert.deepEqual(caict.coverage, { from: '2021', to: '2023', countries: ['United States', 'China'] });
  assert.deepEqual(caict.published, ['2024-09-01']);
  assert.notEqual(caict.color, view.series[1].color);
  assert.deepEqual(view.panels.map((p) => p.country), ['United States', 'China']);
  const us = view.panels[0].spec;
  assert.deepEqual(us.points.map((p) => [p.x, Object.values(p.values)]), [['2021', [31, null]], ['2023', [32, 75]]]);
});

test('findings are computed from the rows: who leads by each publisher, direction, and the spread in a shared period', () => {
  const { findings } = conceptView(concept, datasets, sources);
  assert.match(findings.leader!, /^All 2 measures .* put United States ahead/);
  assert.ok(findings.direction.some((d) => /^China: fell in CAICT: total \(27% in 2021 to 26% in 2023\)/.test(d)));
  assert.ok(findings.spread.some((d) => d === 'United States, 2023: 2 series give figures from 32% (CAICT: total) to 75% (Epoch AI: gpu).'));
  // Flip one publisher's lead: the finding says they disagree.
  const flipped = new Map([['compute-share', { meta, rows: rows.map((r) => (r.measure === 'gpu' && r.country === 'China' ? { ...r, value: 80 } : r)) }]]);
  assert.match(conceptView(concept, flipped, sources).findings.leader!, /disagree on who leads.*China ahead according to Epoch AI: gpu/);
});

test('a tier of its own is a series of its own: one line never mixes definitions', () => {
  const tiered = [
    { ...row('elite', 'United States', 2019, 65, 'caict'), tier: 'top 0.5%' },
    { ...row('elite', 'United States', 2022, 57, 'caict'), tier: 'top 2%' },
  ];
  const view = conceptView({ ...concept, members: [{ dataset: 'compute-share', where: { measure: 'elite' } }] }, new Map([['compute-share', { meta: { ...meta, fields: [...meta.fields, { name: 'tier', type: 'string' }], view: { ...meta.view, definition: ['tier'] } }, rows: tiered }]]), sources);
  assert.equal(view.series.length, 2);
  assert.deepEqual(view.series.map((s) => s.label).sort(), ['CAICT (top 0.5%)', 'CAICT (top 2%)']);
});

test('the concepts document is checked against the data: unknown datasets, fields and filters that match nothing are named', () => {
  assert.deepEqual(conceptProblems({ concepts: [concept] }, datasets), []);
  const bad = conceptProblems({ concepts: [{ ...concept, members: [{ dataset: 'nope', where: {} }, { dataset: 'compute-share', where: { measure: 'absent' } }, { dataset: 'compute-share', where: { colour: 'red' } }] }] }, datasets);
  assert.ok(bad.some((p) => /dataset "nope" is not in the package/.test(p)));
  assert.ok(bad.some((p) => /no row of compute-share matches \{"measure":"absent"\}/.test(p)));
  assert.ok(bad.some((p) => /has no field "colour"/.test(p)));
  assert.ok(conceptProblems({ concepts: [concept, concept] }, datasets).some((p) => /used twice/.test(p)));
  assert.deepEqual(conceptProblems({}, datasets), ['concepts.json: "concepts" must be a list']);
});
