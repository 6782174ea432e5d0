import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const talentFile = readFileSync('data/talent.csv');

async function expectError(res: import('@playwright/test').APIResponse, status: number, code: string, param?: string) {
  expect(res.status()).toBe(status);
  expect(res.headers()['content-type']).toContain('application/json');
  const body = await res.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  if (param) expect(body.error.param).toBe(param);
  return body.error as { code: string; message: string; param?: string };
}

test('GET /api/datasets lists every dataset of the package with its metadata', async ({ request }) => {
  const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8'));
  const res = await request.get('/api/datasets');
  expect(res.ok()).toBe(true);
  const { datasets } = await res.json();
  expect(datasets.map((d: { id: string }) => d.id).sort()).toEqual(pkg.resources.map((r: { name: string }) => r.name).sort());
  const talent = datasets.find((d: { id: string }) => d.id === 'talent');
  expect(talent.status).toBe('ok');
  expect(talent.countries).toEqual(expect.arrayContaining(['China', 'United States']));
  expect(talent.timeRange).toEqual({ from: 2019, to: expect.any(Number) });
  expect(talent.rowCount).toBeGreaterThan(10);
  expect(talent.sources.length).toBeGreaterThan(0);
  expect(res.headers()['etag']).toBeTruthy();
});

test('a filtered dataset returns only the matching rows, keyed by the schema field names', async ({ request }) => {
  const res = await request.get('/api/datasets/talent?country=china&country=United%20States&from=2019&to=2022');
  expect(res.ok()).toBe(true);
  const body = await res.json();
  expect(body.total).toBe(body.rows.length);
  expect(body.total).toBeGreaterThan(0);
  for (const row of body.rows) {
    expect(['China', 'United States']).toContain(row.country);
    expect(row.year).toBeGreaterThanOrEqual(2019);
    expect(Object.keys(row)).toEqual(body.dataset.fields.map((f: { name: string }) => f.name));
  }
  const year = await (await request.get('/api/datasets/talent?year=2022&country=China')).json();
  expect(year.rows.every((r: { year: number }) => r.year === 2022)).toBe(true);
});

test('bad parameters get a 400 that names the parameter and the problem', async ({ request }) => {
  await expectError(await request.get('/api/datasets/talent?from=twenty'), 400, 'invalid_year', 'from');
  await expectError(await request.get('/api/datasets/talent?to=3000'), 400, 'year_out_of_range', 'to');
  await expectError(await request.get('/api/datasets/talent?from=2022&to=2019'), 400, 'invalid_range', 'from');
  const country = await expectError(await request.get('/api/datasets/talent?country=Atlantis'), 400, 'unknown_country', 'country');
  expect(country.message).toContain('China');
  await expectError(await request.get('/api/datasets/talent?measure=height'), 400, 'unknown_value', 'measure');
  await expectError(await request.get(`/api/datasets/talent?country=${'x'.repeat(500)}`), 400, 'value_too_long', 'country');
  await expectError(await request.get('/api/datasets/talent?colour=red'), 400, 'unknown_param');
  await expectError(await request.get('/api/datasets/talent/csv?year=19x'), 400, 'invalid_year', 'year');
});

test('an unknown dataset is a 404 with a JSON error', async ({ request }) => {
  await expectError(await request.get('/api/datasets/no-such-thing'), 404, 'unknown_dataset');
  await expectError(await request.get('/api/datasets/no-such-thing/csv'), 404, 'unknown_dataset');
  await expectError(await request.get('/api/no/such/route'), 404, 'not_found');
});

test('traversal attempts get a 4xx and never a file', async ({ request }) => {
  const attempts = [
    '/api/datasets/..%2F..%2Fetc%2Fpasswd',
    '/api/datasets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/api/datasets/%2e%2e/csv',
    '/api/datasets/%2Fetc%2Fpasswd/csv',
    '/api/datasets/talent%00.csv',
    '/api/datasets/..%5C..%5Cpackage.json/csv',
    '/api/datasets/datapackage.json/csv',
    '/api/datasets/talent.csv',
  ];
  for (const url of attempts) {
    const res = await request.get(url);
    expect(res.status(), url).toBeGreaterThanOrEqual(400);
    expect(res.status(), url).toBeLessThan(500);
    const text = await res.text();
    expect(text, url).not.toContain('root:x:0');
    expect(text, url).not.toContain('"dependencies"');
  }
});

test('the full CSV download is the file byte for byte', async ({ request }) => {
  const res = await request.get('/api/datasets/talent/csv');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.headers()['content-disposition']).toBe('attachment; filename="talent.csv"');
  expect(Buffer.compare(await res.body(), talentFile)).toBe(0);
  expect(res.headers()['cache-control']).toContain('max-age');
  const again = await request.get('/api/datasets/talent/csv', { headers: { 'if-none-match': res.headers()['etag'] } });
  expect(again.status()).toBe(304);
});

test('a filtered CSV holds exactly the filtered rows, in schema order, with a telling file name', async ({ request }) => {
  const res = await request.get('/api/datasets/talent/csv?country=China&from=2019&to=2022');
  expect(res.headers()['content-disposition']).toBe('attachment; filename="talent_China_2019-2022.csv"');
  const json = await (await request.get('/api/datasets/talent?country=China&from=2019&to=2022')).json();
  const parsed = Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields).toEqual(json.dataset.fields.map((f: { name: string }) => f.name));
  expect(parsed.data).toEqual(json.rows.map((r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]))));
});

test('the package descriptor is served as stored, at both addresses', async ({ request }) => {
  const stored = readFileSync('data/datapackage.json');
  for (const url of ['/datapackage.json', '/api/datapackage']) {
    const res = await request.get(url);
    expect(res.ok()).toBe(true);
    expect(Buffer.compare(await res.body(), stored)).toBe(0);
  }
});

test('claims come with verdicts computed from the data', async ({ request }) => {
  const { claims } = await (await request.get('/api/claims')).json();
  expect(claims.length).toBeGreaterThanOrEqual(9);
  for (const claim of claims) {
    expect(['supported', 'partly supported', 'contradicted', 'not verifiable']).toContain(claim.evaluation.verdict);
    expect(claim.quote.length).toBeGreaterThan(0);
  }
  const one = await (await request.get(`/api/claims/${claims[0].id}`)).json();
  expect(one.claim.id).toBe(claims[0].id);
  expect(Object.keys(one.claim.asOfPaper).sort()).toEqual(Object.keys(one.claim.evaluation).sort());
  await expectError(await request.get('/api/claims/nope'), 404, 'unknown_claim');
});

test('every claim is judged twice, as of the paper and today, and the coverage map accounts for footnotes 1-18', async ({ request }) => {
  const { paper, claims, coverage } = await (await request.get('/api/claims')).json();
  expect(paper.cutoff).toBe('2024-12-31');
  for (const claim of claims) {
    expect(claim.asOfPaper.basis).toMatchObject({ kind: 'paper', asOf: paper.cutoff });
    expect(claim.evaluation.basis.kind).toBe('today');
    for (const check of claim.evaluation.checks) expect(check.statement.length, `${claim.id}: ${check.label} names the words it tests`).toBeGreaterThan(0);
  }
  const footnotes = coverage.filter((c: { footnote: number | null }) => c.footnote !== null);
  expect(footnotes.map((c: { footnote: number }) => c.footnote)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  for (const entry of coverage) expect('claims' in entry || entry.reason.length > 0).toBe(true);
  const ids = new Set(claims.map((c: { id: string }) => c.id));
  for (const entry of coverage) for (const id of entry.claims ?? []) expect(ids.has(id)).toBe(true);
});

test('in_force keeps only measures in force on that day, in the API and the CSV alike', async ({ request }) => {
  const all = await (await request.get('/api/datasets/export-controls?country=United%20States')).json();
  const then = await (await request.get('/api/datasets/export-controls?country=United%20States&in_force=2024-12-31')).json();
  expect(then.total).toBeGreaterThan(0);
  expect(then.total).toBeLessThan(all.total);
  for (const r of then.rows) {
    // An executive order with no effective date took effect when signed (its date).
    expect((r.effective_date ?? r.date) <= '2024-12-31').toBe(true);
    expect(['in force', 'unconfirmed']).toContain(r.status_on);
    expect(r.ended_date === null || r.ended_date > '2024-12-31').toBe(true);
  }
  expect(then.rows.some((r: { id: string }) => r.id === '044')).toBe(false);
  const csv = await request.get('/api/datasets/export-controls/csv?country=United%20States&in_force=2024-12-31');
  expect(csv.headers()['content-disposition']).toContain('in-force-2024-12-31');
  expect((await csv.text()).trim().split('\n').length - 1).toBe(then.total);
  await expectError(await request.get('/api/datasets/export-controls?in_force=2024-13-01'), 400, 'invalid_date');
  await expectError(await request.get('/api/datasets/talent?in_force=2024-12-31'), 400, 'unknown_param');
});

test('the dataset list reports each dataset’s provenance, counted from its rows', async ({ request }) => {
  const { datasets } = await (await request.get('/api/datasets')).json();
  for (const d of datasets.filter((x: { id: string }) => x.id !== 'sources')) {
    const { rows } = await (await request.get(`/api/datasets/${d.id}`)).json();
    const count = (level: string) => rows.filter((r: { confidence: string }) => r.confidence === level).length;
    expect(d.provenance.rows).toEqual({ primary: count('primary'), secondary: count('secondary'), 'as-cited': count('as-cited') });
  }
});

test('the CSV route applies the sort in the URL, so a link gives the same file with or without JavaScript', async ({ request }) => {
  const { rows } = await (await request.get('/api/datasets/talent?country=China&sort=value&order=desc')).json();
  const values = rows.map((r: { value: number }) => r.value);
  expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
  const csv = Papa.parse<Record<string, string>>(await (await request.get('/api/datasets/talent/csv?country=China&sort=value&order=desc')).text(), { header: true, skipEmptyLines: true }).data;
  expect(csv.map((r) => Number(r.value))).toEqual(values);
  await expectError(await request.get('/api/datasets/talent?sort=colour'), 400, 'unknown_value', 'sort');
  await expectError(await request.get('/api/datasets/talent?order=desc'), 400, 'invalid_value', 'order');
});
