import { expect, test } from './fixtures';

/** Every page a reader can reach, and the views the issue named (a chart with events, a wide table). */
async function everyPage(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const { datasets } = await (await request.get('/api/datasets')).json();
  const { claims } = await (await request.get('/api/claims')).json();
  const compare = await (await request.get('/compare')).text();
  const concepts = [...new Set([...compare.matchAll(/href="(\/compare\/[^"?#]+)"/g)].map((m) => m[1]))];
  expect(concepts.length).toBeGreaterThan(0);
  return [
    '/',
    '/datasets',
    '/compare',
    ...concepts,
    ...datasets.map((d: { id: string }) => `/datasets/${d.id}`),
    ...claims.map((c: { id: string }) => `/claims/${c.id}`),
    ...datasets.map((d: { id: string }) => `/embed/datasets/${d.id}`),
    ...claims.map((c: { id: string }) => `/embed/claims/${c.id}`),
    '/datasets/new-infrastructure?series=5g_base_stations&events=United%20States',
    '/datasets/cloud-providers?events=United%20States,China',
    '/datasets/talent?measure=elite_work_share',
  ];
}

test.use({ viewport: { width: 375, height: 812 } });

test('at a 375 px phone screen no page is wider than the screen; wide tables scroll in their own labelled region', async ({ page, request }) => {
  test.setTimeout(300_000);
  const wide: string[] = [];
  for (const path of await everyPage(request)) {
    await page.goto(path);
    await expect(page.locator('h1, .embed-title, figure').first()).toBeVisible();
    const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
    if (width > 375) wide.push(`${path}: ${width} px`);
    for (const table of await page.locator('table').all()) {
      const region = table.locator('xpath=ancestor::*[@role="region"][1]');
      const [tw, vw] = await Promise.all([table.evaluate((t) => t.scrollWidth), page.evaluate(() => window.innerWidth)]);
      if (tw > vw) {
        await expect(region, `${path}: a table wider than the screen outside a labelled scrolling region`).toHaveCount(1);
        await expect(region).toHaveAttribute('aria-label', /\S/);
      }
    }
  }
  expect(wide, wide.join('\n')).toEqual([]);
});
