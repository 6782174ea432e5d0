import { test as plainTest } from '@playwright/test';
import { expect, test } from './fixtures';
import { openTable } from './table';

test('the home page states the thesis and shows every claim with a computed verdict', async ({ page, request }) => {
  const { claims } = await (await request.get('/api/claims')).json();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Technological Bifurcation in AI');
  const cards = page.getByTestId('claim-card');
  await expect(cards).toHaveCount(claims.length);
  for (const [i, claim] of claims.entries()) {
    const card = cards.nth(i);
    await expect(card.getByTestId('verdict').first()).toContainText(new RegExp(claim.evaluation.verdict, 'i'));
    await expect(card.getByTestId('verdict-as-of-paper')).toContainText(new RegExp(claim.asOfPaper.verdict, 'i'));
    await expect(card.getByTestId('verdict-changed')).toHaveCount(claim.asOfPaper.verdict === claim.evaluation.verdict ? 0 : 1);
    await expect(card.getByRole('link', { name: claim.title })).toHaveAttribute('href', `/claims/${claim.id}`);
  }
});

test('each claim page shows the quote, verdict, reasons, evidence, caveats and sources', async ({ page, request }) => {
  const { claims } = await (await request.get('/api/claims')).json();
  for (const claim of claims) {
    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.title);
    await expect(page.locator('blockquote')).toContainText(claim.quote);
    await expect(page.getByTestId('verdict').first()).toContainText(new RegExp(claim.evaluation.verdict, 'i'));
    await expect(page.getByTestId('checks').locator(':scope > li')).toHaveCount(claim.checks.length);
    if (claim.evaluation.rows.length > 0) {
      await expect(page.getByTestId('evidence-table').locator('tbody tr')).toHaveCount(claim.evaluation.rows.length);
    }
    await expect(page.getByRole('heading', { name: 'Caveats' })).toBeVisible();
  }
});

test('the server HTML carries verdict, key figure, sources and tables before any JavaScript runs', async ({ request }) => {
  const { claims } = await (await request.get('/api/claims')).json();
  const claim = claims.find((c: { evaluation: { rows: unknown[] } }) => c.evaluation.rows.length > 0);
  const html = await (await request.get(`/claims/${claim.id}`)).text();
  expect(html).toContain('data-testid="verdict"');
  expect(html).toContain('data-testid="evidence-table"');
  expect(html).toContain('Source');
  const dataset = await (await request.get('/datasets/talent')).text();
  expect(dataset).toContain('data-testid="data-table"');
  expect(dataset).toMatch(/data-testid="chart"[^>]*style="height:\s*\d+px/);
});

test('every dataset page renders its chart, table, metadata and sources', async ({ page, request }) => {
  const { datasets } = await (await request.get('/api/datasets')).json();
  for (const d of datasets) {
    await page.goto(`/datasets/${d.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(d.title);
    await expect(page.getByTestId('data-table').locator('tbody tr')).toHaveCount(d.rowCount);
    await expect(page.getByRole('heading', { name: 'About this dataset' })).toBeVisible();
  }
});

test('the claim evidence downloads as exactly the rows used', async ({ page, request }) => {
  const { claims } = await (await request.get('/api/claims')).json();
  const claim = claims.find((c: { evaluation: { rows: unknown[] } }) => c.evaluation.rows.length > 0);
  await page.goto(`/claims/${claim.id}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download this evidence/ }).click()]);
  const text = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  expect(text.trim().split('\n').length - 1).toBe(claim.evaluation.rows.length);
});

// A 404 logs a console error by design, so this one runs without the clean-page check.
plainTest('unknown pages and claims get the not-found page', async ({ page }) => {
  const res = await page.goto('/claims/not-a-claim');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  const ds = await page.goto('/datasets/not-a-dataset');
  expect(ds?.status()).toBe(404);
});

test('the home page explains the verdict rules and shows what was tested, footnote by footnote', async ({ page, request }) => {
  const { coverage } = await (await request.get('/api/claims')).json();
  await page.goto('/');
  await expect(page.getByTestId('verdict-rules').locator('dt')).toHaveCount(4);
  await expect(page.getByTestId('verdict-summary-as-of-paper')).toContainText('As of the paper');
  await expect(page.getByTestId('coverage-table').locator('tbody tr')).toHaveCount(coverage.length);
  await expect(page.getByTestId('coverage-table')).toContainText('Not tested: A historical remark');
});

test('a claim whose verdict changed since the paper says which rows made the difference', async ({ page, request }) => {
  const { claims } = await (await request.get('/api/claims')).json();
  const changed = claims.find((c: { evaluation: { verdict: string }; asOfPaper: { verdict: string } }) => c.evaluation.verdict !== c.asOfPaper.verdict);
  expect(changed, 'at least one verdict differs between the paper and today').toBeTruthy();
  await page.goto(`/claims/${changed.id}`);
  const note = page.getByTestId('verdict-change');
  await expect(note).toContainText(changed.asOfPaper.verdict);
  await expect(note).toContainText(changed.evaluation.verdict);
  await expect(note.locator('li')).not.toHaveCount(0);
  const same = claims.find((c: { evaluation: { verdict: string }; asOfPaper: { verdict: string } }) => c.evaluation.verdict === c.asOfPaper.verdict);
  await page.goto(`/claims/${same.id}`);
  await expect(page.getByTestId('verdict-change')).toHaveCount(0);
});

test('counts of measures applied list the rows not counted, with the reason', async ({ page }) => {
  await page.goto('/claims/us-small-yard-high-fence');
  const checks = page.getByTestId('checks');
  for (const summary of await checks.locator('summary').all()) await summary.click();
  await expect(checks.getByText(/a proposal, consultation or investigation/).first()).toBeVisible();
});

test('the export-control timeline draws each measure’s lifecycle and filters to what was in force on a day', async ({ page, request }) => {
  await page.goto('/datasets/export-controls?in_force=2024-12-31');
  const { total } = await (await request.get('/api/datasets/export-controls?in_force=2024-12-31')).json();
  const list = page.getByTestId('measure-list');
  await expect(list.locator('li')).toHaveCount(total);
  await page.goto('/datasets/export-controls?country=United%20States');
  await page.getByText(/measures in view/).click();
  const paused = page.getByTestId('measure-list').locator('li[data-id="075"]');
  await expect(paused.locator('rect[data-kind="suspended"]')).toHaveCount(1);
  await expect(paused).toContainText('suspended from 2025-11-10');
  const rescinded = page.getByTestId('measure-list').locator('li[data-id="062"]');
  await expect(rescinded.locator('[data-kind="ended"]')).toHaveCount(1);
  await page.getByLabel('Only measures in force on this day').fill('2025-03-01');
  await expect(page).toHaveURL(/in_force=2025-03-01/);
});

test('a dataset page shows its provenance, when it last changed, and marks rows newer than the paper', async ({ page, request }) => {
  const { datasets } = await (await request.get('/api/datasets')).json();
  const d = datasets.find((x: { id: string }) => x.id === 'investment');
  await page.goto('/datasets/investment');
  await expect(page.getByTestId('provenance')).toContainText(`${d.provenance.rows.primary} primary`);
  await expect(page.getByTestId('last-updated')).toContainText(d.changes[0].date);
  await openTable(page);
  await expect(page.getByTestId('data-table').locator('tr[data-after-paper]').first()).toBeVisible();
  await expect(page.getByTestId('after-paper-legend')).toContainText('after the paper');
});

test('every chart is in the server HTML as an SVG with a title and its marks, before any JavaScript', async ({ request }) => {
  const { datasets } = await (await request.get('/api/datasets')).json();
  const { claims } = await (await request.get('/api/claims')).json();
  const home = await (await request.get('/')).text();
  expect((home.match(/data-kind="chart"/g) ?? []).length).toBeGreaterThan(0);
  expect(home).toMatch(/<svg[^>]*class="svg-chart[^"]*"[^>]*role="img"[\s\S]*?<title>[^<]+<\/title>[\s\S]*?data-mark="bar"/);
  for (const path of [...datasets.filter((d: { id: string }) => !['sources', 'ndrc-segments', 'computing-hubs', 'strategy-documents'].includes(d.id)).map((d: { id: string }) => `/datasets/${d.id}`), ...claims.filter((c: { evaluation: { checks: Array<{ kind: string }> } }) => c.evaluation.checks.some((k) => k.kind === 'compare')).map((c: { id: string }) => `/claims/${c.id}`)]) {
    const html = await (await request.get(path)).text();
    expect(html, `${path} carries its chart`).toMatch(/<svg[^>]*class="svg-chart[\s\S]*?data-mark="(bar|dot)"/);
  }
});

test('no field code or coded value appears in the text a reader sees', async ({ page, request }) => {
  const pkg = await (await request.get('/datapackage.json')).json();
  const codes = new Set<string>();
  for (const r of pkg.resources) {
    for (const f of r.schema.fields) {
      if (f.name.includes('_')) codes.add(f.name);
      for (const c of f.categories ?? []) if (typeof c === 'object' && c.value.includes('_')) codes.add(c.value);
    }
  }
  const { claims } = await (await request.get('/api/claims')).json();
  for (const path of ['/', '/datasets', ...pkg.resources.map((r: { name: string }) => `/datasets/${r.name}`), ...claims.map((c: { id: string }) => `/claims/${c.id}`)]) {
    await page.goto(path);
    // The codebook and code elements document the CSV's own columns and codes on purpose; everything else is for reading.
    const text = await page.locator('main').evaluate((main) => {
      main.querySelectorAll('details').forEach((d) => (d.open = true));
      main.querySelectorAll<HTMLElement>('code, pre, [data-codebook]').forEach((n) => (n.style.display = 'none'));
      return (main as HTMLElement).innerText;
    });
    const words = new Set(text.split(/[^A-Za-z0-9_]+/));
    const shown = [...codes].filter((c) => words.has(c));
    expect(shown, `${path} shows codes`).toEqual([]);
  }
});

test('a long note shows its beginning and the whole note, as in the CSV, on "more"; the table markup holds only the beginning', async ({ page, request }) => {
  const { rows } = await (await request.get('/api/datasets/talent')).json();
  const notes: string[] = rows.map((r: { note: string | null }) => r.note ?? '');
  // A long note whose beginning no other row shares, so its row can be found by what the table shows.
  const note = notes.find((n) => n.length > 200 && notes.filter((m) => m.startsWith(n.slice(0, 60))).length === 1)!;
  const html = await (await request.get('/datasets/talent')).text();
  const table = html.slice(html.indexOf('data-testid="data-table"'), html.indexOf('</table>', html.indexOf('data-testid="data-table"')));
  const tail = note.slice(-30);
  expect(tail).toMatch(/^[^&<>"]+$/);
  expect(table).toContain(note.slice(0, 30));
  expect(table).not.toContain(tail);
  await page.goto('/datasets/talent');
  await openTable(page);
  const cell = page.getByTestId('data-table').locator('td.long', { hasText: note.slice(0, 60) });
  await expect(cell).not.toContainText(note.slice(-40));
  const more = cell.getByRole('button', { name: /Show the whole note/ });
  await more.click();
  await expect(cell).toHaveText(note);
  await expect(cell).toBeFocused();
  // Another row's note is still short.
  await expect(page.getByTestId('data-table').locator('tbody button.more')).not.toHaveCount(0);
});

test('the codebook, the changes and the sources past the first three are drawn when the reader opens them', async ({ page, request }) => {
  const { dataset } = await (await request.get('/api/datasets/talent')).json();
  const html = await (await request.get('/datasets/talent')).text();
  expect(html).not.toContain('data-codebook');
  await page.goto('/datasets/talent');
  await expect(page.getByTestId('sources').locator('li')).toHaveCount(3);
  await page.getByText(/^Fields \(\d+\)/).click();
  await expect(page.locator('[data-codebook] dt')).toHaveCount(dataset.fields.length);
  await page.getByText(/^What changed \(\d+\)/).click();
  await expect(page.getByTestId('changes').locator('li')).toHaveCount(dataset.changes.length);
  await page.getByText(new RegExp(`^${dataset.sources.length - 3} more sources`)).click();
  const more = page.getByTestId('more-sources').locator('li');
  await expect(more).toHaveCount(dataset.sources.length - 3);
  await expect(more.first()).toContainText(dataset.sources[3].id);
});
