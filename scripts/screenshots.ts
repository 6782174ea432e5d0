/**
 * Screenshots of the pages a reader sees, at desktop and phone widths, into docs/screenshots/.
 * Usage: start the built app (npm start), then `npx tsx scripts/screenshots.ts [baseURL] [light|dark] [name filter]`
 * (a filter such as `cloud` retakes only the pages whose file name contains it).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const scheme = (process.argv[3] ?? 'light') as 'light' | 'dark';
const only = process.argv[4] ?? '';
const out = 'docs/screenshots';

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-sandbox'],
  });
  const { datasets } = await (await fetch(`${base}/api/datasets`)).json();
  const { claims } = await (await fetch(`${base}/api/claims`)).json();
  // The home page, one claim page (a mixed verdict, three evidence charts) and every dataset page.
  const claim = claims.find((c: { evaluation: { verdict: string } }) => c.evaluation.verdict === 'partly supported') ?? claims[0];
  // And a claim the data contradicts, with its pillars and sourcing.
  const contradicted = claims.find((c: { evaluation: { verdict: string } }) => c.evaluation.verdict === 'contradicted');
  const pages: Array<[string, string]> = [
    ['home', '/'],
    [`claim-${claim.id}`, `/claims/${claim.id}`],
    ...(contradicted ? [[`claim-${contradicted.id}`, `/claims/${contradicted.id}`] as [string, string]] : []),
    ['datasets', '/datasets'],
    ...datasets.map((d: { id: string }) => [`dataset-${d.id}`, `/datasets/${d.id}`] as [string, string]),
    // Policy events on series: the October 2022 and 2023 rules on China's 5G and computing power.
    ['events-5g-us-chip-rules', '/datasets/new-infrastructure?series=5g_base_stations&events=United%20States&event_category=chips%20and%20equipment'],
    ['events-computing-power', '/datasets/new-infrastructure?series=computing_power_total&events=United%20States,China&event_category=chips%20and%20equipment'],
    ['events-5g-china-minerals', '/datasets/new-infrastructure?series=5g_base_stations&events=China&event_category=critical%20minerals'],
    // A quarterly chart with events: cloud providers' shares and both countries' measures.
    ['events-cloud-providers-quarterly', '/datasets/cloud-providers?events=United%20States,China'],
    // Two definitions of one measure drawn apart.
    ['small-multiples-elite-talent', '/datasets/talent?measure=elite_work_share'],
    ['compare', '/compare'],
    ['compare-world-compute-share', '/compare/world-compute-share'],
    ['compare-private-ai-investment', '/compare/private-ai-investment'],
  ];
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    // A 4,000 px screenshot of a long page takes over 30 s on two busy cores.
    page.setDefaultTimeout(120_000);
    for (const [name, path] of pages.filter(([n]) => n.includes(only))) {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      const file = `${out}/${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
      // Full pages, cut at 4,000 px: long tables add height, not information.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, 4000) } });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
}

main();
