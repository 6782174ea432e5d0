import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { openTable } from './table';

/**
 * Accessibility: axe finds no serious or critical violation on any page, in light and dark, on a
 * desktop and a phone; and a keyboard-only reader can filter a dataset and download the result.
 */

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [1280, 375] as const;

/**
 * Waits until what a reader would see is there: heading, the explorer taken over by React (so the
 * controls respond), no selection loading. Patient, because
 * the hostile suite may be loading the same server from the other worker.
 */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.explorer:not([data-ready])')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
}

/** Every page, known when the suite is collected: one test per page, scheme and width, so none runs long. */
const PAGES = (() => {
  const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as { resources: Array<{ name: string }> };
  const doc = JSON.parse(readFileSync('data/claims.json', 'utf8')) as { claims: Array<{ id: string }> };
  const concepts = JSON.parse(readFileSync('data/concepts.json', 'utf8')) as { concepts: Array<{ id: string; countries: string[] }> };
  // The comparison pages share one template: one with two countries and one with a single country stand for all.
  const twoCountries = concepts.concepts.find((c) => c.countries.length === 2);
  const oneCountry = concepts.concepts.find((c) => c.countries.length === 1);
  return [
    '/',
    '/datasets',
    ...pkg.resources.map((r) => `/datasets/${r.name}`),
    // A chart with policy events and suspension bands drawn on it.
    '/datasets/new-infrastructure?series=5g_base_stations&events=United%20States,China',
    ...doc.claims.map((c) => `/claims/${c.id}`),
    '/compare',
    ...[twoCountries, oneCountry].filter((c) => c !== undefined).map((c) => `/compare/${c.id}`),
  ];
})();

for (const colorScheme of SCHEMES) {
  for (const width of WIDTHS) {
    for (const url of PAGES) {
      test(`${url} has no serious or critical axe violation (${colorScheme}, ${width}px)`, async ({ page }) => {
        // axe takes about 40 s over the largest page (export controls, some 750 KB of HTML) on two cores.
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        await settled(page);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const found = violations
          .filter((x) => x.impact === 'serious' || x.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}) ${v.help} -> ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ''}`);
        expect(found, `${found.length} serious/critical violations on ${url} (${colorScheme}, ${width}px):\n${found.join('\n')}`).toEqual([]);
      });
    }
  }
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 300) {
  for (let i = 0; i < limit && !(await isFocused(target)); i++) await page.keyboard.press(key);
  await expect(target).toBeFocused();
}

/** The table's body cells as stored values: each cell shows a label and carries its value. */
/** The table's cells as stored (long notes shown in full first, with the keyboard, so they compare with the CSV). */
async function tableRows(table: Locator): Promise<string[][]> {
  await openTable(table.page(), { keyboard: true });
  const whole = table.page().getByTestId('show-long-texts');
  if ((await whole.count()) > 0 && (await whole.getAttribute('aria-pressed')) !== 'true') {
    await whole.focus();
    await table.page().keyboard.press('Enter');
  }
  await expect(table.locator('button.more')).toHaveCount(0);
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.getAttribute('data-value') ?? td.textContent ?? '')));
}

test('with the keyboard alone, a reader filters talent to China from 2022 and downloads it', async ({ page }) => {
  await page.goto('/datasets/talent');
  await settled(page);
  const table = page.getByTestId('data-table');
  // The table arrives closed; its summary says what it holds.
  await expect(page.getByTestId('data-table-details').locator('summary')).toContainText(/\d+ rows?/);

  const search = page.getByRole('combobox', { name: 'Search countries' });
  await tabTo(page, search);
  await page.keyboard.type('Chi');
  const china = page.getByRole('option', { name: 'China', exact: true });
  await expect(china).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', (await china.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]country=China(&|$)/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);

  const from = page.getByRole('combobox', { name: /^From\b/ });
  await tabTo(page, from);
  // One ArrowDown per option, each time waiting for the view to follow, as a careful reader would.
  const values = await from.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const target = values.indexOf('2022');
  expect(target, 'the From select offers 2022').toBeGreaterThan(0);
  for (let i = values.indexOf(await from.inputValue()) + 1; i <= target; i++) {
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(new RegExp(`[?&]from=${values[i]}(&|$)`));
    await expect(from).toHaveValue(values[i]);
  }
  await expect(page).toHaveURL(/[?&]from=2022(&|$)/);
  await expect(page).toHaveURL(/[?&]country=China(&|$)/);

  await expect(table.locator('caption')).toContainText('China from 2022');
  await expect(page.locator('[aria-busy="true"]'), 'the new selection has arrived').toHaveCount(0);
  const header = await table.locator('thead th').allTextContents();
  const countryCol = header.findIndex((h) => /country/i.test(h));
  const yearCol = header.findIndex((h) => /^year/i.test(h));
  const rows = await tableRows(table);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row[countryCol]).toBe('China');
    expect(Number(row[yearCol])).toBeGreaterThanOrEqual(2022);
  }

  const link = page.getByRole('link', { name: /Download filtered CSV/ });
  await tabTo(page, link);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^talent_China_2022.*\.csv$/);
  const csv = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8'), { skipEmptyLines: true }).data;
  expect(csv.slice(1)).toHaveLength(rows.length);
  for (const row of csv.slice(1)) expect(row[countryCol]).toBe('China');
});
