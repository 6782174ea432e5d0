import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

type Csv = Record<string, string>;
const read = (file: string) => Papa.parse<Csv>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const sources = new Map(read('sources.csv').map((s) => [s.id, s]));
const concepts = JSON.parse(readFileSync('data/concepts.json', 'utf8')).concepts as Array<{ id: string; title: string; members: Array<{ dataset: string; where: Record<string, string> }> }>;
/** The publishers of a concept, from the rows and their sources ("CAICT, reported by SCMP" is CAICT). */
const publishersOf = (concept: (typeof concepts)[number]) =>
  new Set(concept.members.flatMap((m) => read(`${m.dataset}.csv`).filter((r) => Object.entries(m.where).every(([k, v]) => r[k] === v)).map((r) => sources.get(r.source_id)!.publisher.split(/,| \(/)[0].trim())));

test('/compare lists every concept, and each comparison page names every publisher of its concept', async ({ page, request }) => {
  await page.goto('/compare');
  for (const c of concepts) await expect(page.locator(`[data-concept="${c.id}"]`)).toBeVisible();
  for (const c of concepts) {
    const html = await (await request.get(`/compare/${c.id}`)).text();
    for (const publisher of publishersOf(c)) expect(html.includes(`data-publisher="${publisher.replace(/'/g, '&#x27;')}"`), `${c.id} lists ${publisher}`).toBe(true);
  }
});

test('the compute-share comparison draws each publisher in its own colour and says who leads, from the data', async ({ page }) => {
  await page.goto('/compare/world-compute-share');
  await expect(page.getByTestId('finding-leader')).toContainText('United States');
  await expect(page.getByTestId('finding-leader')).toContainText('Epoch AI');
  const table = page.getByTestId('publisher-table');
  const colours = await table.locator('tbody .swatch').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.background));
  expect(new Set(colours).size).toBe(colours.length);
  await expect(page.locator('svg[role="img"]:visible').first()).toBeVisible();
});

test('a claim links to the comparison for its concept; an unknown concept is a 404', async ({ page, request }) => {
  const claims = JSON.parse(readFileSync('data/claims.json', 'utf8')).claims as Array<{ id: string; concept?: string }>;
  const claim = claims.find((c) => c.concept === 'world-compute-share')!;
  await page.goto(`/claims/${claim.id}`);
  await page.getByTestId('compare-link').getByRole('link').click();
  await expect(page).toHaveURL(/\/compare\/world-compute-share$/);
  expect((await request.get('/compare/no-such-concept')).status()).toBe(404);
});
