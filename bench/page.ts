/**
 * In Chromium against the built app: time from navigation start to the chart drawn on
 * /datasets/talent (median of 10 fresh visits) as a ratio to the same visits' time to first byte,
 * and the cumulative layout shift of every chart page (max of 3 fresh visits).
 */
import { chromium, type Browser } from '@playwright/test';
import { buildInfo, check, finish, median, round, startServer, run } from './shared';

/** The chart is drawn when an svg with a size is in the chart box: the server-drawn one (the interactive chart replaces it only on pointer or focus). */
const CHART = '[data-testid="chart"] svg[role="img"]';
const TIMED_PAGE = '/datasets/talent';
const TIMED_RUNS = 10;
const CLS_RUNS = 3;
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-sandbox'],
};

/**
 * Runs in the page before its own scripts: sums layout shifts, notes the first frame with the chart.
 * A string, not a function: tsx would wrap inner functions in a __name() the page does not have.
 */
const PROBE = `(() => {
  const state = (window.__bench = { cls: 0, chartAt: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) state.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => {
    const drawn = [...document.querySelectorAll(${JSON.stringify(CHART)})].some((svg) => svg.getBoundingClientRect().width > 0);
    if (drawn) state.chartAt = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Visit {
  status: number | null;
  ttfbMs: number;
  chartMs: number | null;
  cls: number;
}

async function visit(browser: Browser, url: string, settleMs: number): Promise<Visit> {
  const context = await browser.newContext(); // fresh cache and storage: a first visit
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    const response = await page.goto(url, { waitUntil: 'load' });
    const drawn = await page
      .waitForFunction(() => (window as unknown as { __bench: { chartAt: number | null } }).__bench.chartAt !== null, null, { timeout: 10_000 })
      .then(() => true, () => false);
    await page.waitForTimeout(settleMs); // late shifts: fonts, data, resize observers
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const { cls, chartAt } = (window as unknown as { __bench: { cls: number; chartAt: number | null } }).__bench;
      return { ttfbMs: nav.responseStart - nav.startTime, chartMs: chartAt, cls };
    });
    return { status: response?.status() ?? null, ...m, chartMs: drawn ? m.chartMs : null };
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const build = buildInfo();
  const server = await startServer();
  const browser = await chromium.launch(LAUNCH);
  try {
    const claims = (await (await fetch(`${server.origin}/api/claims`)).json()) as { claims?: Array<{ id: string }> };
    const claimPage = claims.claims?.[0] ? `/claims/${claims.claims[0].id}` : null;
    const chartPages = ['/', '/datasets/talent', '/datasets/export-controls', '/datasets/new-infrastructure', ...(claimPage ? [claimPage] : [])];

    await visit(browser, server.origin + TIMED_PAGE, 0); // warm the server's caches, not counted
    const runs: Visit[] = [];
    for (let i = 0; i < TIMED_RUNS; i++) runs.push(await visit(browser, server.origin + TIMED_PAGE, 0));
    const drawn = runs.filter((r) => r.chartMs !== null);
    const chartMs = drawn.length === runs.length ? median(drawn.map((r) => r.chartMs!)) : null;
    const ttfbMs = median(runs.map((r) => r.ttfbMs));
    const ratio = chartMs === null ? null : chartMs / ttfbMs;
    console.log(`${TIMED_PAGE}: chart drawn at ${chartMs === null ? 'never' : round(chartMs, 0)} ms, first byte at ${round(ttfbMs, 1)} ms (medians of ${TIMED_RUNS})`);

    const layout = [];
    for (const p of chartPages) {
      const visits: Visit[] = [];
      for (let i = 0; i < CLS_RUNS; i++) visits.push(await visit(browser, server.origin + p, 1000));
      const entry = { page: p, status: visits[0].status, chartDrawn: visits.every((v) => v.chartMs !== null), cls: visits.map((v) => round(v.cls, 4)) };
      console.log(`${p}: HTTP ${entry.status}, chart ${entry.chartDrawn ? 'drawn' : 'NOT drawn'}, CLS ${entry.cls.join(' / ')}`);
      layout.push(entry);
    }

    const checks = [
      check(`${TIMED_PAGE} chart drawn ÷ first byte (medians)`, ratio === null ? null : round(ratio, 1), 'reported', ratio === null ? null : true, false),
      ...layout.map((l) => check(`${l.page} HTTP status`, l.status, '200', l.status === 200)),
      ...layout.map((l) => check(`${l.page} chart drawn`, l.chartDrawn ? 'yes' : 'no', 'yes', l.chartDrawn)),
      ...layout.map((l) => check(`${l.page} CLS (max of ${CLS_RUNS})`, Math.max(...l.cls), '0', Math.max(...l.cls) === 0)),
    ];
    const timed = { page: TIMED_PAGE, runs: TIMED_RUNS, chartMedianMs: chartMs, ttfbMedianMs: ttfbMs, ratio, each: runs };
    const settings = { chartSelector: CHART, viewport: '1280x720 (Playwright default)', freshContextPerVisit: true, clsSettleMs: 1000, chromium: browser.version() };
    return finish('page', 'npm run build && npm run bench -- page', { build, settings, timed, layout }, checks);
  } finally {
    await browser.close();
    await server.stop();
  }
}

run(main);
