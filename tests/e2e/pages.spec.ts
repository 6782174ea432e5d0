import { test as plainTest } from '@playwright/test';
import { expect, test } from './fixtures';

test('the home page states the thesis and shows every claim with a computed verdict', async ({ page, request }) => {
  const { claims } = await (await request.get('/api/claims')).json();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Technological Bifurcation in AI');
  const cards = page.getByTestId('claim-card');
  await expect(cards).toHaveCount(claims.length);
  for (const [i, claim] of claims.entries()) {
    const card = cards.nth(i);
    await expect(card.getByTestId('verdict')).toContainText(new RegExp(claim.evaluation.verdict, 'i'));
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
    await expect(page.getByTestId('checks').locator('li')).toHaveCount(claim.checks.length);
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
