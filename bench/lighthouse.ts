/**
 * npm run lighthouse: Lighthouse 12.2.3 (newer needs Node 22), default mobile audit, three runs each
 * on the home page, a claim page and /datasets/talent against the production build (run `npm run
 * build` first). Reports medians and checks them against the goals; writes bench/results/lighthouse.json.
 * In the same run, as references with no goal: /datasets (a page of ours with no chart) and the
 * framework floor (bench/floor-app, the smallest App Router page, built on the fly), so each page's
 * blocking time can be read against what the framework alone costs on this machine.
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
const RUNS = 3;
const LIGHTHOUSE = 'lighthouse@12.2.3';
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GOALS = { performance: 95, tbtMs: 200, accessibility: 100, cls: 0 };

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

const describe = (page: string, m: Run) => `${page}: performance ${m.performance}, TBT ${m.tbtMs} ms, LCP ${m.lcpMs} ms, CLS ${m.cls}, accessibility ${m.accessibility} (medians of ${RUNS})`;

async function main() {
  const build = buildInfo();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
  const pages: Record<string, Run & { runs: Run[] }> = {};
  const checks: Check[] = [];
  const server = await startServer();
  try {
    for (const page of [...PAGES, ...REFERENCE]) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(audit(`${server.origin}${page}`, dir, i));
      const m = medians(runs);
      pages[page] = { ...m, runs };
      console.log(describe(page, m));
      const enforced = PAGES.includes(page);
      if (enforced) checks.push(
        check(`${page} performance (median)`, m.performance, `>= ${GOALS.performance}`, m.performance >= GOALS.performance),
        check(`${page} total blocking time ms (median)`, m.tbtMs, `<= ${GOALS.tbtMs}`, m.tbtMs <= GOALS.tbtMs),
        check(`${page} accessibility (median)`, m.accessibility, `= ${GOALS.accessibility}`, m.accessibility >= GOALS.accessibility),
        check(`${page} cumulative layout shift (median)`, m.cls, `= ${GOALS.cls}`, m.cls <= GOALS.cls),
      );
      else checks.push(check(`${page} performance (median, reference)`, m.performance, 'none', null, false));
    }
  } finally {
    await server.stop();
  }
  // The framework floor (bench/floor-app), in the same run: what an App Router page with no content costs here.
  let floor: (Run & { runs: Run[] }) | null = null;
  if (REFERENCE.length > 0) {
    const floorServer = await startFloor();
    try {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(audit(`${floorServer.origin}/`, dir, 100 + i));
      floor = { ...medians(runs), runs };
      console.log(describe('framework floor (bench/floor-app)', floor));
      checks.push(check('framework floor performance (median, reference)', floor.performance, 'none', null, false));
      checks.push(check('framework floor total blocking time ms (median, reference)', floor.tbtMs, 'none', null, false));
      for (const page of PAGES) {
        const ratio = floor.tbtMs > 0 ? Math.round((pages[page].tbtMs / floor.tbtMs) * 10) / 10 : null;
        console.log(`${page}: TBT ${ratio}x the framework floor's`);
      }
    } finally {
      await floorServer.stop();
    }
  }
  process.exitCode = finish('lighthouse', 'npm run lighthouse', { build, lighthouse: LIGHTHOUSE, settings: 'default mobile (simulated throttling)', pages, floor }, checks);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
