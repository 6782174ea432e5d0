import { test as plainTest, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { openTable } from './table';

/** The table's body cells as stored values: each cell shows a label and carries its value (long notes shown in full first, so they compare with the CSV). */
async function tableRows(page: Page): Promise<string[][]> {
  await openTable(page);
  const whole = page.getByTestId('show-long-texts');
  if ((await whole.count()) > 0 && (await whole.getAttribute('aria-pressed')) !== 'true') await whole.click();
  await expect(page.getByTestId('data-table').locator('button.more')).toHaveCount(0);
  return page.getByTestId('data-table').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.getAttribute('data-value') ?? td.textContent ?? '')),
  );
}

async function pickCountry(page: Page, name: string) {
  const search = page.getByRole('combobox', { name: 'Search countries' });
  await search.fill(name.slice(0, 3));
  await page.getByRole('option', { name, exact: true }).click();
}

test('a reader narrows talent to China in 2022, shares the URL, and downloads exactly what is shown', async ({ page }) => {
  await page.goto('/datasets/talent');
  const table = page.getByTestId('data-table');
  await openTable(page);
  const before = (await tableRows(page)).length;

  await pickCountry(page, 'China');
  await page.getByLabel('From', { exact: true }).selectOption('2022');
  await page.getByLabel('to', { exact: true }).selectOption('2022');

  await expect(page).toHaveURL(/country=China/);
  await expect(page).toHaveURL(/from=2022/);
  await expect(page).toHaveURL(/to=2022/);
  await expect(table.locator('caption')).toContainText('China in 2022');
  const rows = await tableRows(page);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(before);
  const header = await table.locator('thead th').allTextContents();
  const countryCol = header.findIndex((h) => /country/i.test(h));
  const yearCol = header.findIndex((h) => /^year/i.test(h));
  for (const r of rows) {
    expect(r[countryCol]).toBe('China');
    expect(r[yearCol]).toBe('2022');
  }
  await expect(page.locator('.explorer[data-ready]')).toBeVisible();
  await page.getByTestId('chart').hover();
  await expect(page.getByTestId('chart').locator('svg.recharts-surface')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'China', pressed: true })).toBeVisible();
  expect(await tableRows(page)).toEqual(rows);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download filtered CSV/ }).click()]);
  expect(download.suggestedFilename()).toBe('talent_China_2022.csv');
  const csv = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8'), { skipEmptyLines: true }).data;
  expect(csv.slice(1)).toEqual(rows);
});

test('the full CSV download is data/talent.csv byte for byte', async ({ page }) => {
  await page.goto('/datasets/talent?country=China');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download full CSV' }).click()]);
  expect(Buffer.compare(readFileSync(await download.path()), readFileSync('data/talent.csv'))).toBe(0);
});

test('the chart downloads as a valid SVG and a 2x PNG', async ({ page }) => {
  await page.goto('/datasets/talent?measure=work_location_share');
  await expect(page.locator('.explorer[data-ready]')).toBeVisible();
  await page.getByTestId('chart').hover();
  await expect(page.getByTestId('chart').locator('svg.recharts-surface')).toBeVisible();
  const box = await page.getByTestId('chart').boundingBox();

  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Chart as SVG' }).click()]);
  const svgText = readFileSync(await svg.path(), 'utf8');
  expect(svgText.startsWith('<svg')).toBe(true);
  expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svgText).not.toContain('var(--');
  expect(svgText).toContain('Source:');

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Chart as PNG/ }).click()]);
  const bytes = readFileSync(await png.path());
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = bytes.readUInt32BE(16);
  expect(width).toBeGreaterThanOrEqual(Math.floor(box!.width * 2) - 2);
});

test('export controls filtered by category: chart, table and CSV agree', async ({ page }) => {
  await page.goto('/datasets/export-controls');
  await page.getByRole('checkbox', { name: 'investment' }).check();
  await expect(page).toHaveURL(/category=investment/);
  const table = page.getByTestId('data-table');
  await expect(table.locator('caption')).toContainText('investment');
  const rows = await tableRows(page);
  expect(rows.length).toBeGreaterThan(0);
  const header = await table.locator('thead th').allTextContents();
  const categoryCol = header.findIndex((h) => /category/i.test(h));
  for (const r of rows) expect(r[categoryCol]).toBe('investment');
  await expect(page.locator('.explorer[data-ready]')).toBeVisible();
  await page.getByTestId('chart').hover();
  await expect(page.getByTestId('chart').locator('svg.recharts-surface')).toBeVisible();

  await page.reload();
  expect(await tableRows(page)).toEqual(rows);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download filtered CSV/ }).click()]);
  const csv = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8'), { skipEmptyLines: true }).data;
  expect(csv.slice(1)).toEqual(rows);
});

test('back and forward restore the earlier selections', async ({ page }) => {
  await page.goto('/datasets/talent');
  const caption = page.getByTestId('data-table').locator('caption');
  await pickCountry(page, 'China');
  await expect(page).toHaveURL(/country=China$/);
  await expect(caption).toHaveText(/: China \(\d+ rows?\)$/);
  const chinaRows = await tableRows(page);
  await page.getByRole('button', { name: 'United States' }).click();
  await expect(page).toHaveURL(/country=China&country=United(\+|%20)States$/);
  await expect(caption).toHaveText(/: China, United States \(\d+ rows?\)$/);
  const bothRows = await tableRows(page);
  expect(bothRows.length).toBeGreaterThan(chinaRows.length);

  await page.goBack();
  await expect(page).toHaveURL(/country=China$/);
  await expect(caption).toHaveText(/: China \(\d+ rows?\)$/);
  await expect(page.getByRole('button', { name: 'United States', exact: true })).toHaveAttribute('aria-pressed', 'false');
  expect(await tableRows(page)).toEqual(chinaRows);
  await page.goForward();
  await expect(caption).toHaveText(/: China, United States \(\d+ rows?\)$/);
  expect(await tableRows(page)).toEqual(bothRows);
});

test('an empty selection says what was asked', async ({ page }) => {
  await page.goto('/datasets/talent?country=India&from=2015&to=2016');
  await expect(page.getByTestId('empty-state')).toContainText('No rows for India between 2015 and 2016');
});

test('a bad parameter in a page URL explains itself instead of crashing', async ({ page }) => {
  const res = await page.goto('/datasets/talent?from=20x2');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('alert').filter({ hasText: 'cannot use' })).toContainText('"20x2" is not a whole year');
  await page.getByRole('link', { name: 'Show the whole dataset' }).click();
  await expect(page.getByTestId('data-table-details').locator('summary')).toBeVisible();
});

test('the table sorts by a column, and the filtered download follows the order shown', async ({ page }) => {
  await page.goto('/datasets/talent?country=China');
  await openTable(page);
  await page.getByRole('columnheader', { name: /value/i }).getByRole('button').click();
  await page.getByRole('columnheader', { name: /value/i }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: /value/i })).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=value&order=desc/);
  await page.reload();
  // The address asks for an order: the table is open on arrival.
  await expect(page.getByTestId('data-table-details')).toHaveAttribute('open', '');
  await expect(page.getByRole('columnheader', { name: /value/i })).toHaveAttribute('aria-sort', 'descending');
  const rows = await tableRows(page);
  const header = await page.getByTestId('data-table').locator('thead th').allTextContents();
  const valueCol = header.findIndex((h) => /^value/i.test(h));
  const values = rows.map((r) => Number(r[valueCol]));
  expect(values).toEqual([...values].sort((a, b) => b - a));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download filtered CSV/ }).click()]);
  const csv = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8'), { skipEmptyLines: true }).data;
  expect(csv.slice(1)).toEqual(rows);
});

test('the table waits for a click: every row is in the page, the summary counts them, and a click or an asked-for order opens it', async ({ page, request }) => {
  const { rows } = await (await request.get('/api/datasets/talent')).json();
  await page.goto('/datasets/talent');
  const details = page.getByTestId('data-table-details');
  await expect(details).not.toHaveAttribute('open', '');
  await expect(details.locator('summary')).toHaveText(`Show the table: ${rows.length} rows, each with its source`);
  await expect(page.getByTestId('data-table')).toBeHidden();
  await expect(page.getByTestId('data-table').locator('tbody tr')).toHaveCount(rows.length);
  await details.locator('summary').click();
  await expect(page.getByTestId('data-table')).toBeVisible();
  await expect(details.locator('summary')).toHaveText(`Hide the table: ${rows.length} rows, each with its source`);
  // The table stays open while the reader changes the view.
  await page.getByRole('button', { name: 'China', exact: true }).click();
  await expect(page).toHaveURL(/country=China/);
  await expect(page.getByTestId('data-table').locator('caption')).toContainText('China');
  await expect(page.getByTestId('data-table')).toBeVisible();

  await page.goto('/datasets/talent?sort=value&order=desc');
  await expect(details).toHaveAttribute('open', '');
  await expect(page.getByRole('columnheader', { name: /value/i })).toHaveAttribute('aria-sort', 'descending');
});

// Not the clean-page fixture: with JavaScript off, Chromium fails the page's script requests on purpose.
plainTest.describe('without JavaScript', () => {
  plainTest.use({ javaScriptEnabled: false });
  plainTest('the table opens with a click on its summary', async ({ page }) => {
    await page.goto('/datasets/talent');
    await expect(page.getByTestId('data-table')).toBeHidden();
    await page.getByTestId('data-table-details').locator('summary').click();
    await expect(page.getByTestId('data-table')).toBeVisible();
  });
});
