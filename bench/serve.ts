/**
 * npm run bench -- serve: autocannon, 50 connections for 8 s each on 127.0.0.1, one server, one run.
 * Each page is measured against a static file of its own size served by the same server: the page's
 * own HTML, copied into public/ before the server starts (and removed after), so the two responses
 * differ only in how the server produces them. Pages: a claim page, /datasets/talent and a filtered
 * view of it (each view is cached like the canonical page), and the home page. Goals for the claim
 * page, /datasets/talent and the filtered view: at least 0.35x the requests per second of their
 * static copy, p99 at most 200 ms, no errors. References with no goal: a static chunk, and the
 * framework floor (bench/floor-app) against its own static copy, in the same run.
 */
import autocannon from 'autocannon';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildFloor } from './floor';
import { ROOT, buildInfo, check, finish, round, run, startServer, summarise, type Server } from './shared';

const CONNECTIONS = 50;
const DURATION = 8;
const WARMUP = 2;

type Target = { name: string; path: string; goal: boolean };
type Measured = Target & { bytes: number; cacheControl: string | null } & ReturnType<typeof summarise>;

/** Each target in turn on one server: a short warm-up, then 50 connections for 8 s. */
async function measure(server: Server, targets: Target[]): Promise<Measured[]> {
  const results: Measured[] = [];
  for (const t of targets) {
    const head = await fetch(server.origin + t.path);
    const cache = head.headers.get('cache-control');
    const bytes = (await head.arrayBuffer()).byteLength;
    if (!head.ok) throw new Error(`${t.path} answered ${head.status}`);
    await autocannon({ url: server.origin + t.path, connections: 10, duration: WARMUP });
    const r = summarise(await autocannon({ url: server.origin + t.path, connections: CONNECTIONS, duration: DURATION }));
    results.push({ ...t, bytes, cacheControl: cache, ...r });
    console.log(`${t.name} ${t.path} (${bytes} B): ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.latencyMs.p99} ms, errors ${r.errors + r.timeouts}, non-2xx ${r.non2xx}`);
  }
  return results;
}

/** Each page's HTML as the server renders it, to serve back as a static file of the same size. */
async function copyPages(start: () => Promise<Server>, root: string, pages: Target[]): Promise<Map<string, string>> {
  const server = await start();
  const copies = new Map<string, string>();
  const COPIES = path.join(root, 'public', '_bench');
  try {
    mkdirSync(COPIES, { recursive: true });
    for (const [i, p] of pages.entries()) {
      const html = await (await fetch(server.origin + p.path)).text();
      const file = `page-${i}.html`;
      writeFileSync(path.join(COPIES, file), html);
      copies.set(p.path, `/_bench/${file}`);
    }
  } finally {
    await server.stop();
  }
  return copies;
}

/** Pairs each page with its static copy, the copy first. */
function paired(pages: Target[], copies: Map<string, string>): Target[] {
  return pages.flatMap((p) => [{ name: `static copy of ${p.path}`, path: copies.get(p.path)!, goal: false }, p]);
}

function ratios(results: Measured[]) {
  return results.flatMap((r, i) => {
    if (r.name.startsWith('static copy')) return [];
    const copy = results[i - 1];
    const ratio = round(r.requestsPerSecond / copy.requestsPerSecond, 2);
    return [
      check(`${r.name}: req/s vs a static file of its size (${r.bytes} B)`, ratio, r.goal ? '>= 0.35' : 'reported', r.goal ? ratio >= 0.35 : true, r.goal),
      check(`${r.name}: p99 (ms)`, r.latencyMs.p99, r.goal ? '<= 200' : 'reported', r.goal ? r.latencyMs.p99 <= 200 : true, r.goal),
      check(`${r.name}: errors + timeouts + non-2xx`, r.errors + r.timeouts + r.non2xx, '0', r.errors + r.timeouts + r.non2xx === 0),
    ];
  });
}

async function main(): Promise<number> {
  const build = buildInfo();
  const hadPublic = existsSync(path.join(ROOT, 'public'));
  const first = await startServer();
  let claimId: string;
  try {
    const { claims } = (await (await fetch(`${first.origin}/api/claims`)).json()) as { claims: Array<{ id: string }> };
    claimId = claims[0].id;
  } finally {
    await first.stop();
  }
  const pages: Target[] = [
    { name: 'claim page', path: `/claims/${claimId}`, goal: true },
    { name: 'dataset page', path: '/datasets/talent', goal: true },
    { name: 'filtered view', path: '/datasets/talent?country=China', goal: true },
    { name: 'home page', path: '/', goal: false },
  ];
  const floor = buildFloor();
  try {
    const copies = await copyPages(() => startServer(), ROOT, pages);
    const server = await startServer();
    let results: Measured[];
    try {
      results = await measure(server, paired(pages, copies));
    } finally {
      await server.stop();
    }
    const checks = ratios(results);
    // The framework floor: the smallest App Router page, against a static copy of itself, in the same run.
    const floorPage: Target = { name: 'floor: page (bench/floor-app)', path: '/', goal: false };
    const floorCopies = await copyPages(floor.start, floor.dir, [floorPage]);
    const floorServer = await floor.start();
    let floorResults: Measured[];
    try {
      floorResults = await measure(floorServer, paired([floorPage], floorCopies));
    } finally {
      await floorServer.stop();
    }
    const floorRatio = round(floorResults[1].requestsPerSecond / floorResults[0].requestsPerSecond, 2);
    checks.push(check('framework floor page: req/s vs a static file of its size (reference)', floorRatio, 'reported', true, false));
    checks.push(check('framework floor page: p99 (ms) (reference)', floorResults[1].latencyMs.p99, 'reported', true, false));
    const settings = { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP, host: '127.0.0.1', order: 'each page right after a static copy of it, on the same server' };
    return finish('serve', 'npm run build && npm run bench -- serve', { build, settings, results, floor: floorResults }, checks);
  } finally {
    floor.remove();
    rmSync(path.join(ROOT, 'public', '_bench'), { recursive: true, force: true });
    if (!hadPublic) rmSync(path.join(ROOT, 'public'), { recursive: true, force: true });
  }
}

run(main);
