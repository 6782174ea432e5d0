import { chromium, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG signature').toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;
const claims = JSON.parse(readFileSync('data/claims.json', 'utf8')).claims as Array<{ id: string; title: string }>;

test('claim, dataset and comparison pages carry a 1200x630 PNG preview drawn for that view, and a Twitter card', async ({ request }) => {
  for (const path of [`/claims/${claims[1].id}`, '/datasets/new-infrastructure?series=5g_base_stations', '/compare/world-compute-share']) {
    const html = await (await request.get(path)).text();
    const image = meta(html, 'og:image');
    expect(image, `${path} has og:image`).toBeTruthy();
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const res = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  }
  const filtered = await (await request.get('/datasets/talent?country=China')).text();
  expect(meta(filtered, 'og:image')).toContain('/api/og/datasets/talent?country=China');
  expect((await request.get('/api/og/claims/no-such-claim')).status()).toBe(404);
  expect((await request.get('/api/og/datasets/talent?country=Atlantis')).status()).toBe(400);
});

test('only /embed/* may be framed: embeds allow any ancestor, every other page none', async ({ request }) => {
  const embed = await request.get(`/embed/claims/${claims[0].id}`);
  expect(embed.status()).toBe(200);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  for (const path of [`/claims/${claims[0].id}`, '/datasets/talent', '/compare', '/api/datasets']) {
    const res = await request.get(path);
    expect(res.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(res.headers()['x-frame-options'], path).toBe('DENY');
  }
  // In a browser: a page on another origin (localhost, not 127.0.0.1) frames the embed and is refused the
  // claim page. Chromium's local-network checks would block any loopback frame from a page Playwright
  // serves, whatever our headers say, so this browser runs without them.
  const base = test.info().project.use.baseURL!;
  const port = new URL(base).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--no-sandbox', '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights'],
  });
  try {
    const other = await browser.newPage();
    await other.route(`http://localhost:${port}/frame-test`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<iframe id="e" src="${base}/embed/claims/${claims[0].id}"></iframe><iframe id="p" src="${base}/claims/${claims[0].id}"></iframe>` }),
    );
    await other.goto(`http://localhost:${port}/frame-test`);
    const embedded = other.frameLocator('#e');
    await expect(embedded.getByTestId('embed')).toBeVisible();
    await expect(embedded.getByRole('link', { name: /Open on Bifurcation Dashboard/ })).toHaveAttribute('href', `/claims/${claims[0].id}`);
    // The claim page refuses the frame: the browser shows its own error page, not ours.
    await expect(embedded.getByTestId('embed')).toBeVisible();
    await expect(other.frameLocator('#p').locator('.site-header')).toHaveCount(0);
    await expect(other.frameLocator('#p').getByText(claims[0].title)).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('the embed control gives an iframe of this view; embeds show the chart and its sources without site chrome', async ({ page }) => {
  await page.goto('/datasets/talent?country=China');
  await page.getByTestId('embed-code').locator('summary').click();
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/datasets\/talent\?country=China" width="\d+" height="\d+"/);
  await page.goto(new RegExp('src="([^"]+)"').exec(code)![1]);
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.locator('svg[role="img"]:visible')).toHaveCount(1);
  await expect(page.getByTestId('embed')).toContainText('Source');
  await expect(page.locator('.site-header')).toHaveCount(0);
});

test('oEmbed answers a rich iframe for our pages and refuses other addresses', async ({ request }) => {
  const base = test.info().project.use.baseURL!;
  const ask = (url: string, extra = '') => request.get(`/api/oembed?url=${encodeURIComponent(url)}&format=json${extra}`);
  const res = await ask(`${base}/claims/${claims[0].id}`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Bifurcation Dashboard', width: expect.any(Number), height: expect.any(Number) });
  expect(body.title).toContain(claims[0].title);
  expect(body.html).toContain(`/embed/claims/${claims[0].id}"`);
  const dataset = await (await ask(`${base}/datasets/talent?country=China`, '&maxwidth=400')).json();
  expect(dataset.html).toContain('/embed/datasets/talent?country=China');
  expect(dataset.width).toBe(400);
  expect((await ask('https://example.org/claims/x')).status()).toBe(404);
  expect((await ask(`${base}/claims/no-such-claim`)).status()).toBe(404);
  expect((await ask(`${base}/about`)).status()).toBe(404);
  expect((await ask('not a url')).status()).toBe(400);
  expect((await request.get('/api/oembed?format=json')).status()).toBe(400);
  expect((await ask(`${base}/claims/${claims[0].id}`, '&maxwidth=-3')).status()).toBe(400);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${base}/claims/${claims[0].id}`)}&format=xml`)).status()).toBe(501);
  const html = await (await request.get(`/claims/${claims[0].id}`)).text();
  expect(html).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="[^"]*\/api\/oembed\?url=/);
});

test('a dataset ZIP opens: the unfiltered CSV is the stored file, with its descriptor and a README naming sources and licence', async ({ request }) => {
  const res = await request.get('/api/datasets/talent/zip');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/zip');
  const files = unzipSync(new Uint8Array(await res.body()));
  expect(Object.keys(files).sort()).toEqual(['README.md', 'datapackage.json', 'talent.csv']);
  expect(Buffer.from(files['talent.csv']).equals(readFileSync('data/talent.csv'))).toBe(true);
  const descriptor = JSON.parse(strFromU8(files['datapackage.json']));
  expect(descriptor.resources[0].path).toBe('talent.csv');
  expect(descriptor.resources[0].schema.fields.map((f: { name: string }) => f.name)).toContain('value');
  const readme = strFromU8(files['README.md']);
  expect(readme).toContain('## Sources');
  expect(readme).toContain('MacroPolo');
  expect(readme).toContain('## Licence');
  expect(readme).toMatch(/View online: http:\/\/[^ ]+\/datasets\/talent/);

  const filtered = unzipSync(new Uint8Array(await (await request.get('/api/datasets/talent/zip?country=China&from=2022')).body()));
  const csvName = Object.keys(filtered).find((n) => n.endsWith('.csv'))!;
  const direct = await (await request.get('/api/datasets/talent/csv?country=China&from=2022')).text();
  expect(strFromU8(filtered[csvName])).toBe(direct);
  expect(strFromU8(filtered['README.md'])).toContain('China');
  expect((await request.get('/api/datasets/talent/zip?country=Atlantis')).status()).toBe(400);
  expect((await request.get('/api/datasets/nope/zip')).status()).toBe(404);
});

test("a claim's evidence bundle holds exactly the rows its verdict used, with the verdict in the README", async ({ request }) => {
  const { claims: evaluated } = await (await request.get('/api/claims')).json();
  const claim = evaluated.find((c: { evaluation: { rows: unknown[] } }) => c.evaluation.rows.length > 0);
  const files = unzipSync(new Uint8Array(await (await request.get(`/api/claims/${claim.id}/zip`)).body()));
  const csv = strFromU8(files[`claim_${claim.id}_evidence.csv`]);
  expect(csv).toBe(await (await request.get(`/api/claims/${claim.id}/csv`)).text());
  expect(strFromU8(files['README.md'])).toContain(`Today: **${claim.evaluation.verdict}**`);
  expect(JSON.parse(strFromU8(files['datapackage.json'])).resources[0].schema.fields[0].name).toBe('dataset');
});

test('cache headers: pages, their filtered views, JSON, CSV and ZIP are public with s-maxage and an ETag', async ({ request }) => {
  for (const path of ['/', `/claims/${claims[0].id}`, '/datasets/talent', '/datasets/talent?country=China', '/embed/datasets/talent?country=China', '/compare', '/api/datasets', '/api/datasets/talent?country=China', '/api/datasets/talent/csv', '/api/datasets/talent/zip']) {
    const res = await request.get(path);
    const cc = res.headers()['cache-control'];
    expect(cc, path).toMatch(/public/);
    expect(cc, path).toMatch(/s-maxage=\d+/);
    expect(cc, path).toMatch(/stale-while-revalidate=\d+/);
    expect(res.headers()['etag'], path).toBeTruthy();
  }
  const api = await request.get('/api/datasets/talent/csv');
  expect((await request.get('/api/datasets/talent/csv', { headers: { 'If-None-Match': api.headers()['etag'] } })).status()).toBe(304);
  const page = await request.get('/claims/enforce-act');
  expect((await request.get('/claims/enforce-act', { headers: { 'If-None-Match': page.headers()['etag'] } })).status()).toBe(304);
});

test("a view's router payload is not tagged as its HTML, and a stale `_rsc` is sent back to the reader's address", async ({ request }) => {
  const payload = await request.get('/datasets/talent?country=China&_rsc=', { headers: { RSC: '1' }, maxRedirects: 0 });
  expect(payload.status()).toBe(200);
  expect(payload.headers()['content-type']).toContain('text/x-component');
  expect(payload.headers()['etag']).toBeUndefined();
  const html = await request.get('/datasets/talent?country=China');
  expect(html.headers()['etag']).toBeTruthy();
  // Next.js checks `_rsc` against the router's headers; its redirect names the address asked for, not the view segment.
  const stale = await request.get('/datasets/talent?country=China&_rsc=stale', { headers: { RSC: '1' }, maxRedirects: 0 });
  expect(stale.status()).toBe(307);
  expect(stale.headers()['location']).toBe('/datasets/talent?country=China&_rsc=');
});

test('a filtered view is cached per view: the same view asked in another order, or with utm_*, is the same cached page', async ({ request }) => {
  const first = await request.get('/datasets/talent?from=2019&country=China');
  expect(first.status()).toBe(200);
  const again = await request.get('/datasets/talent?country=China&from=2019&utm_source=newsletter');
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expect(again.headers()['etag']).toBe(first.headers()['etag']);
  // The segment that carries a view (its query, sorted, in base64url) is the server's to write: asked
  // for directly, it is not a page.
  const segment = `v.${Buffer.from('country=China&from=2019').toString('base64url')}`;
  const notFound = await request.get(`/datasets/talent/${segment}`);
  expect(notFound.status()).toBe(404);
  // Like any other unknown address, the answer is not kept by a shared cache (Next.js would mark it for a year).
  expect(notFound.headers()['cache-control']).toContain('no-store');
  expect((await request.get(`/datasets/talent/${segment}?country=China`)).status()).toBe(404);
  expect((await request.get('/claims/enforce-act/anything')).status()).toBe(404);
});

test('a link that picked up utm_* or fbclid on the way still shows its view, served from cache when it has no filter', async ({ page, request }) => {
  const canonical = await request.get(`/claims/${claims[0].id}`);
  const shared = await request.get(`/claims/${claims[0].id}?utm_source=newsletter&fbclid=IwAR0x`);
  expect(shared.status()).toBe(200);
  expect(shared.headers()['etag'], 'the prerendered page itself').toBe(canonical.headers()['etag']);
  expect(await shared.text()).not.toContain('unknown parameter');

  await page.goto('/datasets/talent?country=China&utm_source=newsletter&utm_medium=email');
  await expect(page.locator('.explorer[data-ready]')).toBeVisible();
  await expect(page.locator('.error-panel')).toHaveCount(0);
  await expect(page.getByText('unknown parameter')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'China', pressed: true })).toBeVisible();
  const table = page.getByTestId('data-table');
  await expect(table.locator('caption')).toContainText('China');
  const header = await table.locator('thead th').allTextContents();
  const countryCol = header.findIndex((h) => /country/i.test(h));
  const countries = await table.locator('tbody tr').evaluateAll((trs, col) => trs.map((tr) => tr.children[col]?.textContent?.trim()), countryCol);
  expect(countries.length).toBeGreaterThan(0);
  expect(new Set(countries)).toEqual(new Set(['China']));
  // The data API, which a shared link does not reach, still names the unknown parameter.
  const api = await request.get('/api/datasets/talent?country=China&fbclid=IwAR0x');
  expect(api.status()).toBe(400);
  expect((await api.json()).error.message).toContain('fbclid');
});

test('a filtered address is its own view, and a mistyped parameter is named to the reader', async ({ page, request }) => {
  const canonical = await request.get('/datasets/talent');
  // A filter the pages understand: a page of its own, cached like the canonical one.
  const filtered = await request.get('/datasets/talent?measure=origin_share');
  expect(filtered.headers()['cache-control']).toMatch(/public/);
  expect(filtered.headers()['etag']).not.toBe(canonical.headers()['etag']);
  // A parameter no page takes is a view too, whose explorer names it.
  const typo = await request.get('/datasets/talent?contry=China');
  expect(typo.status()).toBe(200);
  expect(typo.headers()['etag']).not.toBe(canonical.headers()['etag']);
  await page.goto('/datasets/talent?contry=China');
  const problem = page.locator('.error-panel');
  await expect(problem).toContainText('contry');
  await expect(problem).toContainText('unknown parameter');
  await expect(problem.getByRole('link', { name: 'Show the whole dataset' })).toBeVisible();
  // On a claim page the explorer opens by itself to say so.
  await page.goto(`/claims/${claims[0].id}?contry=China`);
  await expect(page.locator('.error-panel')).toContainText('contry');
});
