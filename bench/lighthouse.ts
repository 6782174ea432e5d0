/**
 * npm run lighthouse: Lighthouse 12.2.3 (newer needs Node 22), default mobile audit of the chart pages
 * (the home page, a claim page, /datasets/talent) against the production build (run `npm run build`
 * first), beside the framework floor (bench/floor-app, the smallest App Router page, built on the fly
 * with the same node_modules). Five interleaved rounds: each round audits the floor and every page once,
 * so a noisy minute on this machine touches all of them alike. Goals, as ratios to the floor in the
 * same run: performance within 2 points of the floor's, total blocking time at most 1.25x the floor's,
 * accessibility 100, no layout shift. /datasets (no chart) is measured too, as a reference.
 * `npm run lighthouse -- /some/page` audits only the pages named (still beside the floor).
 * Writes bench/results/lighthouse.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFloor } from './floor';
import { buildInfo, check, finish, startServer, type Check } from './shared';

const ALL_PAGES = ['/', '/claims/china-leads-physical-infrastructure', '/datasets/talent'];
/** `npm run lighthouse -- /` audits only the pages named. */
const PAGES = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL_PAGES;
/** Measured in the same run for comparison, with no goal: a page with no chart and a small DOM. */
const REFERENCE = process.argv.slice(2).length > 0 ? [] : ['/datasets'];
const ROUNDS = 5;
const LIGHTHOUSE = 'lighthouse@12.2.3';
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Against the floor's medians in the same run. */
const GOALS = { performancePointsBelowFloor: 2, tbtRatioToFloor: 1.25, accessibility: 100, cls: 0 };

interface Run {
  performance: number;
  accessibility: number;
  tbtMs: number;
  cls: number;
  lcpMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function audit(url: string, dir: string, i: number): Run {
  const out = path.join(dir, `run-${i}.json`);
  const res = spawnSync('npx', ['--yes', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility', '--chrome-flags=--headless --no-sandbox --disable-gpu'], {
    env: { ...process.env, CHROME_PATH: CHROME },
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 180_000,
  });
  if (res.status !== 0) throw new Error(`lighthouse failed on ${url} (exit ${res.status})`);
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
  };
}

function medians(runs: Run[]): Run {
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: median(runs.map((r) => r.cls)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
  };
}

const describe = (page: string, m: Run) => `${page}: performance ${m.performance}, TBT ${m.tbtMs} ms, LCP ${m.lcpMs} ms, CLS ${m.cls}, accessibility ${m.accessibility} (medians of ${ROUNDS})`;

async function main() {
  const build = buildInfo();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
  const checks: Check[] = [];
  const FLOOR = 'framework floor (bench/floor-app)';
  const server = await startServer();
  const floorServer = await startFloor().catch(async (e) => {
    await server.stop();
    throw e;
  });
  const targets = [{ name: FLOOR, url: `${floorServer.origin}/` }, ...[...PAGES, ...REFERENCE].map((page) => ({ name: page, url: `${server.origin}${page}` }))];
  const runs = new Map<string, Run[]>(targets.map((t) => [t.name, []]));
  try {
    // Warm both servers (a page's first request renders it), then interleave the audits.
    for (const t of targets) await (await fetch(t.url)).arrayBuffer();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, t] of targets.entries()) runs.get(t.name)!.push(audit(t.url, dir, round * 100 + i));
      console.log(`round ${round + 1} of ${ROUNDS} done`);
    }
  } finally {
    await server.stop();
    await floorServer.stop();
  }
  const pages: Record<string, Run & { runs: Run[]; tbtRatioToFloor: number | null; performanceBelowFloor: number }> = {};
  const floor = { ...medians(runs.get(FLOOR)!), runs: runs.get(FLOOR)! };
  console.log(describe(FLOOR, floor));
  checks.push(check('framework floor performance (median, reference)', floor.performance, 'none', null, false));
  checks.push(check('framework floor total blocking time ms (median, reference)', floor.tbtMs, 'none', null, false));
  for (const page of [...PAGES, ...REFERENCE]) {
    const m = medians(runs.get(page)!);
    const tbtRatio = floor.tbtMs > 0 ? Math.round((m.tbtMs / floor.tbtMs) * 100) / 100 : null;
    const below = floor.performance - m.performance;
    pages[page] = { ...m, runs: runs.get(page)!, tbtRatioToFloor: tbtRatio, performanceBelowFloor: below };
    console.log(`${describe(page, m)}; ${below} points below the floor, TBT ${tbtRatio}x the floor's`);
    const enforced = PAGES.includes(page);
    if (!enforced) {
      checks.push(check(`${page} performance points below the floor (median, reference)`, below, 'none', null, false));
      continue;
    }
    checks.push(
      check(`${page} performance: points below the floor (medians)`, below, `<= ${GOALS.performancePointsBelowFloor}`, below <= GOALS.performancePointsBelowFloor),
      check(`${page} total blocking time: ratio to the floor (medians)`, tbtRatio, `<= ${GOALS.tbtRatioToFloor}`, tbtRatio !== null && tbtRatio <= GOALS.tbtRatioToFloor),
      check(`${page} accessibility (median)`, m.accessibility, `= ${GOALS.accessibility}`, m.accessibility >= GOALS.accessibility),
      check(`${page} cumulative layout shift (median)`, m.cls, `= ${GOALS.cls}`, m.cls <= GOALS.cls),
    );
  }
  process.exitCode = finish('lighthouse', 'npm run build && npm run lighthouse', { build, lighthouse: LIGHTHOUSE, settings: `default mobile (simulated throttling), ${ROUNDS} interleaved rounds`, pages, floor }, checks);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
