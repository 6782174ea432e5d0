/** The real data/, loaded through the app's own data layer: what a reader relies on. */
import { periodKey } from '../../lib/core/claims/evaluate';
import { factDateOf } from '../../lib/core/claims/as-of';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem } from '../../lib/core/csv/validate';
import { getDataset, getSources, listDatasets } from '../../lib/server/data';
import { getEvaluatedClaims } from '../../lib/server/claims';
import type { Row } from '../../lib/core/types';

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

test('no talent figure is labelled primary unless it was seen in the publisher’s own property (macropolo.org or its own chart repository)', async () => {
  const sources = await getSources();
  for (const row of await rowsOf('talent')) {
    if (row.confidence !== 'primary') continue;
    const s = sources.get(String(row.source_id))!;
    const seen = s.seen_at ?? s.url;
    assert.match(s.url, /^https:\/\/macropolo\.org\//, `${row.measure} ${row.country} ${row.year} is primary but cites ${s.url}`);
    assert.match(seen, /^https:\/\/(macropolo\.org\/|github\.com\/macropolodev\/)/, `${row.measure} ${row.country} ${row.year} is primary but was seen at ${seen}`);
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

test('every source has its own date and the day it was read, and was never read before it was published', async () => {
  for (const s of (await getSources()).values()) {
    assert.match(String(s.published), /^\d{4}(-\d{2}(-\d{2})?)?$/, `${s.id} published`);
    assert.match(String(s.accessed), /^\d{4}-\d{2}-\d{2}$/, `${s.id} accessed`);
    assert.ok(String(s.published) <= String(s.accessed), `${s.id} was published ${s.published}, after it was read ${s.accessed}`);
  }
});

test('export-control lifecycles are in order: announced, effective, suspended, ended', async () => {
  for (const r of await rowsOf('export-controls')) {
    const [effective, from, until, ended] = [r.effective_date, r.suspended_from, r.suspended_until, r.ended_date].map((v) => (v === null ? null : String(v)));
    if (effective && ended) assert.ok(effective <= ended, `${r.id}: effective ${effective} after ended ${ended}`);
    if (until) assert.ok(from && from <= until, `${r.id}: suspended until ${until} without a start before it`);
    if (ended) assert.ok(String(r.date) <= ended, `${r.id}: ended ${ended} before it was announced ${r.date}`);
    if (r.effect === 'procedural' && r.category === 'legislation') assert.equal(effective, null, `${r.id}: a bill that was not enacted has no effective date`);
  }
});

test('a primary row never rests on a news report, law-firm note, blog, compliance newsletter, encyclopedia or mirror', async () => {
  const sources = await getSources();
  const weak = new Set(['news', 'law-firm', 'blog', 'compliance-advisory', 'encyclopedia', 'mirror']);
  for (const d of await listDatasets()) {
    if (!d.ok || d.value.meta.id === 'sources') continue;
    for (const row of d.value.rows) {
      if (row.confidence !== 'primary') continue;
      const s = sources.get(String(row.source_id))!;
      assert.ok(!weak.has(String(s.kind)), `${d.value.meta.id} row (${row.id ?? row.measure ?? row.series ?? row.sub_item ?? row.name}) is primary but its source ${s.id} is ${s.kind}`);
    }
  }
});

test('every US measure with a Federal Register document number carries its FR citation, or says why not', async () => {
  for (const r of await rowsOf('export-controls')) {
    if (r.country !== 'United States' || !/FR Doc/.test(String(r.identifier ?? ''))) continue;
    assert.ok(/\d+ FR \d+/.test(String(r.citation ?? '')) || /citation/i.test(String(r.note ?? '')), `${r.id}: FR Doc without a citation and no note on it`);
  }
});

test('each dataset’s provenance summary matches its rows', async () => {
  for (const d of await listDatasets()) {
    if (!d.ok || d.value.meta.id === 'sources') continue;
    const { rows, meta } = d.value;
    for (const level of ['primary', 'secondary', 'as-cited'] as const) {
      assert.equal(meta.provenance.rows[level], rows.filter((r) => r.confidence === level).length, `${meta.id} ${level}`);
    }
    const cited = new Set(rows.map((r) => r.source_id)).size;
    assert.equal(Object.values(meta.provenance.sourcesByKind).reduce((a, b) => a + b, 0), cited, `${meta.id} sources`);
  }
});

test('as of the paper, no verdict uses a row whose fact date (first made public) is after the paper', async () => {
  const result = await getEvaluatedClaims();
  assert.ok(result.ok);
  const sources = await getSources();
  const published = new Map([...sources].map(([id, src]) => [id, src.published]));
  const cutoff = result.paper.cutoff;
  for (const claim of result.claims) {
    for (const check of claim.asOfPaper.checks) {
      for (const e of [...check.rows, ...check.excluded]) {
        const date = factDateOf(e.row, e.dataset, published);
        assert.ok(date && date <= cutoff, `${claim.id}: as of the paper it used ${e.dataset} ${e.row.source_id}, first public ${date}`);
      }
    }
  }
});

test('the coverage map accounts for every footnote of the paper', async () => {
  const result = await getEvaluatedClaims();
  assert.ok(result.ok);
  const footnotes = result.coverage.filter((c) => c.footnote !== null).map((c) => c.footnote);
  assert.deepEqual(footnotes, Array.from({ length: 18 }, (_, i) => i + 1));
});

test('the verdicts are computed once per state of data/ and day, and again on a new day', async () => {
  const day = new Date('2026-11-26T10:00:00Z');
  const first = await getEvaluatedClaims(day);
  assert.equal(await getEvaluatedClaims(new Date('2026-11-26T23:00:00Z')), first, 'same data, same day: the same result');
  const next = await getEvaluatedClaims(new Date('2026-11-27T01:00:00Z'));
  assert.notEqual(next, first);
  assert.ok(next.ok && first.ok);
  assert.equal(next.claims[0].evaluation.basis.asOf, '2026-11-27');
  assert.equal(first.claims[0].evaluation.basis.asOf, '2026-11-26');
});
