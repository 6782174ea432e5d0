/**
 * npm run bench -- serve: autocannon, 50 connections for 8 s each on 127.0.0.1, against one server in
 * one run: a static chunk (the ceiling), a claim page and /datasets/talent (prerendered), and a
 * filtered view (rendered per request, reported only). Goals: each prerendered
 * page at least 0.35x the static chunk's requests per second, p99 at most 200 ms, no errors. Then, as a reference with no
 * goal, the framework floor (bench/floor-app): its page against its own static chunk, in the same run.
 */
import autocannon from 'autocannon';
import { startFloor } from './floor';
import { buildInfo, check, finish, round, run, startServer, summarise, type Server } from './shared';

const CONNECTIONS = 50;
const DURATION = 8;
const WARMUP = 2;

type Target = { name: string; path: string; goal: boolean };

/** Each target in turn on one server: a short warm-up, then 50 connections for 8 s. */
async function measure(server: Server, targets: Target[]) {
  const results: Array<Target & { cacheControl: string | null } & ReturnType<typeof summarise>> = [];
  for (const t of targets) {
    const head = await fetch(server.origin + t.path);
    const cache = head.headers.get('cache-control');
    await head.arrayBuffer();
    await autocannon({ url: server.origin + t.path, connections: 10, duration: WARMUP });
    const r = summarise(await autocannon({ url: server.origin + t.path, connections: CONNECTIONS, duration: DURATION }));
    results.push({ ...t, cacheControl: cache, ...r });
    console.log(`${t.name} ${t.path}: ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.latencyMs.p99} ms, errors ${r.errors + r.timeouts}, non-2xx ${r.non2xx}`);
  }
  return results;
}

async function main(): Promise<number> {
  const build = buildInfo();
  const server = await startServer();
  try {
    const home = await (await fetch(`${server.origin}/`)).text();
    const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(home)?.[1];
    if (!chunk) throw new Error('no static chunk found in the home page');
    const { claims } = (await (await fetch(`${server.origin}/api/claims`)).json()) as { claims: Array<{ id: string }> };
    const targets: Array<{ name: string; path: string; goal: boolean }> = [
      { name: 'static chunk', path: chunk, goal: false },
      { name: 'claim page', path: `/claims/${claims[0].id}`, goal: true },
      { name: 'dataset page', path: '/datasets/talent', goal: true },
      { name: 'filtered view (per request)', path: '/datasets/talent?country=China', goal: false },
    ];
    const results = await measure(server, targets);
    const ceiling = results[0].requestsPerSecond;
    const checks = results.flatMap((r) => {
      const ratio = round(r.requestsPerSecond / ceiling, 2);
      return [
        check(`${r.name}: req/s vs static chunk`, r === results[0] ? 1 : ratio, r.goal ? '>= 0.35' : 'reported', r.goal ? ratio >= 0.35 : true, r.goal),
        check(`${r.name}: p99 (ms)`, r.latencyMs.p99, r.goal ? '<= 200' : 'reported', r.goal ? r.latencyMs.p99 <= 200 : true, r.goal),
        check(`${r.name}: errors + timeouts + non-2xx`, r.errors + r.timeouts + r.non2xx, '0', r.errors + r.timeouts + r.non2xx === 0),
      ];
    });
    // The framework floor: the smallest App Router page, against its own static chunk.
    const floor = await startFloor();
    let floorResults: Awaited<ReturnType<typeof measure>>;
    try {
      const page = await (await fetch(`${floor.origin}/`)).text();
      const floorChunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(page)?.[1];
      if (!floorChunk) throw new Error('no static chunk found in the framework floor page');
      floorResults = await measure(floor, [
        { name: 'floor: static chunk', path: floorChunk, goal: false },
        { name: 'floor: page (bench/floor-app)', path: '/', goal: false },
      ]);
    } finally {
      await floor.stop();
    }
    const floorRatio = round(floorResults[1].requestsPerSecond / floorResults[0].requestsPerSecond, 2);
    checks.push(check('framework floor page: req/s vs its static chunk (reference)', floorRatio, 'reported', true, false));
    checks.push(check('framework floor page: p99 (ms) (reference)', floorResults[1].latencyMs.p99, 'reported', true, false));
    const settings = { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP, host: '127.0.0.1', order: 'one target after another, same server' };
    return finish('serve', 'npm run build && npm run bench -- serve', { build, settings, results, floor: floorResults }, checks);
  } finally {
    await server.stop();
  }
}

run(main);
