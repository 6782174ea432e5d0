/** The real data/, loaded through the app's own data layer: what a reader relies on. */
import { periodKey } from '../../lib/claims/evaluate';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem } from '../../lib/csv/validate';
import { getDataset, getSources, listDatasets } from '../../lib/data';
import { getEvaluatedClaims } from '../../lib/claims/store';
import type { Row } from '../../lib/types';

async function rowsOf(id: string): Promise<Row[]> {
  const d = await getDataset(id);
  assert.ok(d, `dataset ${id} is in the package`);
  assert.ok(d.ok, d.ok ? '' : d.error.problems.map(formatProblem).join('\n'));
  return d.value.rows;
}

test('every dataset loads without a problem', async () => {
  const all = await listDatasets();
  assert.ok(all.length >= 6);
  for (const d of all) assert.ok(d.ok, d.ok ? '' : d.error.problems.map(formatProblem).join('\n'));
});

test('every row of every dataset names a source that exists and has a URL', async () => {
  const sources = await getSources();
  for (const d of await listDatasets()) {
    if (!d.ok || d.value.meta.id === 'sources') continue;
    for (const row of d.value.rows) {
      const s = sources.get(String(row.source_id));
      assert.ok(s, `${d.value.meta.id}: source ${row.source_id} exists`);
      assert.match(s.url, /^https?:\/\//, `${s.id} has a URL`);
      assert.ok(['primary', 'secondary', 'as-cited'].includes(String(row.confidence)));
    }
  }
});

test('no talent figure is labelled primary unless it was seen on the publisher’s own page', async () => {
  const sources = await getSources();
  for (const row of await rowsOf('talent')) {
    if (row.confidence !== 'primary') continue;
    const s = sources.get(String(row.source_id))!;
    const seen = s.seen_at ?? s.url;
    assert.match(seen, /macropolo\.org/, `${row.measure} ${row.country} ${row.year} is primary but was seen at ${seen}`);
  }
});

test('the paper’s 57% is carried as as-cited, never as a sourced figure', async () => {
  const rows = await rowsOf('talent');
  const fiftySeven = rows.filter((r) => r.value === 57 && r.country === 'United States' && r.year === 2022);
  assert.equal(fiftySeven.length, 1);
  assert.equal(fiftySeven[0].confidence, 'as-cited');
});

test('shares of one measure, tier and year add up to at most 100', async () => {
  const totals = new Map<string, number>();
  for (const r of await rowsOf('talent')) {
    if (r.unit !== 'percent' || typeof r.value !== 'number' || r.confidence === 'as-cited') continue;
    const key = `${r.measure} | ${r.tier} | ${r.year}`;
    totals.set(key, (totals.get(key) ?? 0) + r.value);
  }
  assert.ok(totals.size > 0);
  for (const [key, total] of totals) assert.ok(total <= 100, `${key} adds up to ${total}`);
});

test('China’s 5G base stations never decrease over time', async () => {
  const series = (await rowsOf('new-infrastructure'))
    .filter((r) => r.series === '5g_base_stations' && r.country === 'China')
    .sort((a, b) => String(periodKey(a, 'year')).localeCompare(String(periodKey(b, 'year'))));
  assert.ok(series.length >= 6, 'the 2019-2024 series is there');
  for (let i = 1; i < series.length; i++) {
    assert.ok((series[i].value as number) >= (series[i - 1].value as number), `${series[i].period} is not below ${series[i - 1].period}`);
  }
});

test('every export-control date parses and lies between 2015 and today', async () => {
  const today = new Date().toISOString().slice(0, 10);
  for (const r of await rowsOf('export-controls')) {
    for (const field of ['date', 'effective_date'] as const) {
      const d = r[field];
      if (d === null) continue;
      assert.ok(!Number.isNaN(Date.parse(String(d))), `${r.id} ${field}=${d}`);
      assert.ok(String(d) >= '2015-01-01' && String(d) <= today, `${r.id} ${field}=${d} is out of range`);
    }
  }
});

test('every claim is evaluated from the data, with an as-cited figure never supporting a claim', async () => {
  const result = await getEvaluatedClaims();
  assert.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
  assert.ok(result.claims.length >= 9);
  for (const claim of result.claims) {
    for (const check of claim.evaluation.checks) assert.doesNotMatch(check.reason, /does not exist/, `${claim.id}: ${check.reason}`);
    if (claim.evaluation.verdict === 'supported') {
      assert.ok(claim.evaluation.rows.every((e) => e.row.confidence !== 'as-cited'), `${claim.id} rests on an as-cited row`);
    }
  }
});
