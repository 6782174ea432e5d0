import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { periodProblems, readView } from '../../lib/core/view-declaration';
import type { ResourceDescriptor } from '../../lib/core/types';

const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as { resources: Array<ResourceDescriptor & Record<string, unknown>> };
const cloud = pkg.resources.find((r) => r.name === 'cloud-providers')!;

test('every resource declares a view, right before its schema, that its schema satisfies', () => {
  for (const r of pkg.resources) {
    assert.deepEqual(readView(r).problems, [], r.name);
    const keys = Object.keys(r);
    assert.equal(keys.indexOf('view'), keys.indexOf('schema') - 1, `${r.name}: view is not the property before schema`);
  }
});

test('cloud providers are drawn per provider, quarterly, with the home country as the group', () => {
  const { view } = readView(cloud);
  assert.equal(view.entity, 'provider');
  assert.equal(view.group, 'country');
  assert.equal(view.grain, 'quarter');
});

test('a view naming a field the schema lacks, a bad grain or a default outside the selector is refused with the property named', () => {
  const bad = (patch: Record<string, unknown>) => readView({ ...cloud, view: { ...(cloud.view as object), ...patch } }).problems;
  assert.match(bad({ entity: 'vendor' }).join(), /view\.entity: "vendor" is not a field/);
  assert.match(bad({ grain: 'week' }).join(), /view\.grain: "week"/);
  assert.match(bad({ selector: 'provider', default: 'IBM' }).join(), /view\.default: "IBM" is not one of provider's values/);
  assert.match(bad({ kind: 'pie' }).join(), /view\.kind/);
  assert.match(bad({ colour: 'red' }).join(), /view\.colour: unknown property/);
  assert.match(readView({ schema: cloud.schema }).problems.join(), /view: missing/);
});

test('a period finer than the declared grain, or not a period, is a problem of its row', () => {
  const { view } = readView(cloud);
  const problems = periodProblems([{ period: '2024-Q1' }, { period: '2024-03' }, { period: 'soon' }], view);
  assert.deepEqual(problems.map((p) => [p.index, p.value]), [[1, '2024-03'], [2, 'soon']]);
});
