import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { listIds } from './helpers';

/**
 * The conventions readers' tools speak: schema.org ClaimReview on claim pages and Dataset on dataset
 * pages (JSON-LD that parses and says what the page says), the data version, and "Use this data"
 * snippets whose CSV addresses answer CSV.
 */

type Json = Record<string, any>;

async function jsonLd(page: import('@playwright/test').Page, id: string): Promise<Json> {
  const script = page.locator(`script#${id}`);
  await expect(script).toHaveCount(1);
  await expect(script).toHaveAttribute('type', 'application/ld+json');
  return JSON.parse((await script.textContent()) ?? '');
}

const canonicalOf = (page: import('@playwright/test').Page) => page.locator('link[rel="canonical"]').getAttribute('href');
const pathOf = (url: string) => new URL(url).pathname;

test('every claim page has a ClaimReview: today’s verdict as shown, the quote, the paper and its author, the day, the data version and the address', async ({ page, request }) => {
  const { paper, claims } = await (await request.get('/api/claims')).json();
  const { version } = await (await request.get('/datapackage.json')).json();
  expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  for (const claim of claims) {
    await page.goto(`/claims/${claim.id}`);
    const ld = await jsonLd(page, 'claim-review-jsonld');
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('ClaimReview');
    // The rating is the verdict the page shows under "Verdict today", not the one as of the paper.
    const shown = (await page.locator('#verdict-heading [data-testid="verdict"]').innerText()).replace(/^\W+/, '').trim().toLowerCase();
    expect(ld.reviewRating.alternateName, claim.id).toBe(shown);
    expect(ld.reviewRating.alternateName).toBe(claim.evaluation.verdict);
    const scale: Record<string, number> = { contradicted: 1, 'partly supported': 2, supported: 3 };
    if (claim.evaluation.verdict in scale) {
      expect(ld.reviewRating).toMatchObject({ ratingValue: scale[claim.evaluation.verdict], worstRating: 1, bestRating: 3 });
    } else expect(ld.reviewRating.ratingValue).toBeUndefined();
    expect(ld.claimReviewed).toBe(claim.quote);
    await expect(page.locator('blockquote')).toContainText(ld.claimReviewed);
    expect(ld.datePublished).toBe(claim.evaluation.basis.asOf);
    expect(ld.itemReviewed['@type']).toBe('Claim');
    expect(ld.itemReviewed.author.name).toBe(paper.author);
    expect(ld.itemReviewed.appearance).toMatchObject({ name: paper.title, datePublished: paper.date, publisher: { name: paper.publisher } });
    expect(ld.itemReviewed.appearance.isPartOf.name).toBe(paper.issue);
    expect(ld.author.name).toBe('Bifurcation Dashboard');
    expect(ld.version).toBe(version);
    expect(ld.url).toBe(await canonicalOf(page));
    expect(pathOf(ld.url)).toBe(`/claims/${claim.id}`);
  }
});

test('every dataset page has a Dataset whose CSV, ZIP and package downloads answer', async ({ page, request }) => {
  const { datasets } = await listIds(request);
  const { version } = await (await request.get('/datapackage.json')).json();
  for (const { id } of datasets) {
    await page.goto(`/datasets/${id}`);
    const ld = await jsonLd(page, 'dataset-jsonld');
    expect(ld['@type']).toBe('Dataset');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ld.name);
    expect(ld.url).toBe(await canonicalOf(page));
    expect(pathOf(ld.url)).toBe(`/datasets/${id}`);
    expect(ld.version).toBe(version);
    expect(ld.license).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/?$/);
    expect(ld.creator.name).toBe('Bifurcation Dashboard');
    const columns = ld.variableMeasured.map((v: Json) => v.name);
    // Rows that cite sources (source_id) make a Dataset based on those sources; sources.csv is the list itself.
    if (columns.includes('source_id')) expect(ld.isBasedOn?.length, `${id} names its sources`).toBeGreaterThan(0);
    expect(ld.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const formats = ld.distribution.map((d: Json) => d.encodingFormat);
    expect(formats).toEqual(['text/csv', 'application/zip', 'application/json']);
    for (const d of ld.distribution as Json[]) {
      expect(d['@type']).toBe('DataDownload');
      const res = await request.get(pathOf(d.contentUrl));
      expect(res.status(), d.contentUrl).toBe(200);
      expect(res.headers()['content-type'], d.contentUrl).toContain(d.encodingFormat);
      if (d.encodingFormat === 'text/csv') {
        const parsed = Papa.parse<Json>(await res.text(), { header: true, skipEmptyLines: true });
        expect(parsed.errors, `${id} CSV parses`).toEqual([]);
        expect(parsed.meta.fields, `${id}: variableMeasured lists the CSV's columns`).toEqual(columns);
        expect(parsed.data.length).toBeGreaterThan(0);
      }
    }
  }
});

test('Use this data: the Python, R and JavaScript snippets name the CSV of the view on screen, and it answers CSV', async ({ page, request }) => {
  const view = 'country=China&from=2020';
  await page.goto(`/datasets/talent?${view}`);
  const section = page.getByTestId('use-this-data');
  const expected = new URL(`/api/datasets/talent/csv?${view}`, page.url()).href;
  // After hydration the snippets name the address the reader is on.
  await expect(section.getByTestId('snippet-csv-url')).toHaveText(expected);
  const addresses: string[] = [];
  for (const language of ['python', 'r', 'javascript']) {
    const code = await section.getByTestId(`snippet-${language}`).innerText();
    const named = [...code.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(named, `${language} names one address`).toHaveLength(1);
    addresses.push(named[0]);
  }
  expect(addresses).toEqual([expected, expected, expected]);
  expect(await section.getByTestId('snippet-python').innerText()).toContain('pd.read_csv(');
  expect(await section.getByTestId('snippet-r').innerText()).toContain('read.csv(');

  const res = await request.get(expected);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/csv');
  const parsed = Papa.parse<Json>(await res.text(), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.length).toBeGreaterThan(0);
  expect(parsed.data.every((r) => r.country === 'China' && Number(r.year) >= 2020), 'the CSV holds the view, not the whole dataset').toBe(true);
  await expect(page.getByTestId('data-table').locator('tbody tr')).toHaveCount(parsed.data.length);

  // The JavaScript snippet itself, run as a reader would (Node's fetch), reads the same rows.
  const js = await section.getByTestId('snippet-javascript').innerText();
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
  const rows = await new AsyncFunction('console', `${js}\nreturn data;`)({ log: () => {} });
  expect(rows).toEqual(parsed.data);

  // The cite block names the data version and today's date.
  const { version } = await (await request.get('/datapackage.json')).json();
  await page.getByTestId('cite-data').locator('summary').click();
  await expect(page.getByTestId('cite-data-apa')).toContainText(`(Version ${version}) [Data set]`);
  await expect(page.getByTestId('cite-data-apa')).toContainText(`/datasets/talent?${view}`);
  await expect(page.getByTestId('cite-data-bibtex')).toContainText(`version = {${version}}`);
  await expect(page.getByTestId('cite-data-bibtex')).toContainText(`urldate = {${new Date().toISOString().slice(0, 10)}}`);
});

test('the dataset ZIP README names the data version and carries the snippets for its CSV', async ({ request }) => {
  const { unzipSync, strFromU8 } = await import('fflate');
  const { version } = await (await request.get('/datapackage.json')).json();
  const res = await request.get('/api/datasets/talent/zip?country=China');
  expect(res.status()).toBe(200);
  const readme = strFromU8(unzipSync(new Uint8Array(await res.body()))['README.md']);
  expect(readme).toContain(`Data version: ${version}`);
  expect(readme).toContain('## Use this data');
  const named = [...readme.matchAll(/"(https?:\/\/[^"]+\/api\/datasets\/talent\/csv[^"]*)"/g)].map((m) => m[1]);
  expect(named.length).toBe(3);
  expect(new Set(named.map((u) => new URL(u).pathname + new URL(u).search))).toEqual(new Set(['/api/datasets/talent/csv?country=China']));
  const csv = await request.get('/api/datasets/talent/csv?country=China');
  expect(csv.status()).toBe(200);
  expect(Papa.parse<Json>(await csv.text(), { header: true, skipEmptyLines: true }).data.every((r) => r.country === 'China')).toBe(true);
});

for (const width of [1280, 375]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`Use this data and its cite block have no serious or critical axe violation (${colorScheme}, ${width}px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/datasets/export-controls?country=China');
      const section = page.getByTestId('use-this-data');
      await expect(section.getByTestId('snippet-csv-url')).toHaveText(new URL('/api/datasets/export-controls/csv?country=China', page.url()).href);
      await section.getByTestId('cite-data').locator('summary').click();
      await expect(section.getByTestId('cite-data-apa')).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).include('[data-testid="use-this-data"]').analyze();
      const found = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      expect(found, found.join('\n')).toEqual([]);
    });
  }
}
