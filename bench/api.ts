/**
 * Throughput of a filtered API request against a static file served by the same `next start`,
 * in one run: autocannon, 50 connections, 10 s each, on 127.0.0.1. The ratio is what we judge.
 * Also, for scale, the floor of any route handler: an unknown /api path, which the catch-all
 * answers with a small JSON 404 without touching data (its 404s are expected, not errors).
 */
import autocannon from 'autocannon';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildInfo, check, finish, ROOT, round, startServer, run, summarise } from './shared';

const API_PATH = '/api/datasets/talent?country=China&from=2019&to=2022';
const FLOOR_PATH = '/api/bench-no-such-route';
const CONNECTIONS = 50;
const DURATION = 10;
const WARMUP = 2;

/** A static file Next serves from .next/static: the Turbopack runtime chunk every page loads (else the smallest). */
function staticPath(): string {
  const stats = JSON.parse(readFileSync(path.join(ROOT, '.next/diagnostics/route-bundle-stats.json'), 'utf8')) as Array<{
    route: string;
    firstLoadChunkPaths: string[];
  }>;
  const chunks = (stats.find((r) => r.route === '/') ?? stats[0]).firstLoadChunkPaths.filter((c) => c.endsWith('.js'));
  const bySize = [...chunks].sort((a, b) => statSync(path.join(ROOT, a)).size - statSync(path.join(ROOT, b)).size);
  const chosen = chunks.find((c) => path.basename(c).startsWith('turbopack-')) ?? bySize[0];
  return `/_next/${path.relative('.next', chosen)}`;
}

async function measure(origin: string, urlPath: string) {
  const first = await fetch(origin + urlPath);
  const bytes = (await first.arrayBuffer()).byteLength;
  await autocannon({ url: origin + urlPath, connections: 10, duration: WARMUP });
  const r = await autocannon({ url: origin + urlPath, connections: CONNECTIONS, duration: DURATION });
  const out = {
    path: urlPath,
    firstStatus: first.status,
    responseBytes: bytes,
    ...summarise(r),
  };
  console.log(`${urlPath}: ${round(out.requestsPerSecond, 0)} req/s, p99 ${out.latencyMs.p99} ms, errors ${out.errors}, non-2xx ${out.non2xx}`);
  return out;
}

async function main(): Promise<number> {
  const build = buildInfo();
  const server = await startServer();
  let api, file, floor;
  try {
    api = await measure(server.origin, API_PATH);
    file = await measure(server.origin, staticPath());
    floor = await measure(server.origin, FLOOR_PATH);
  } finally {
    await server.stop();
  }
  const ratio = api.requestsPerSecond / file.requestsPerSecond;
  const checks = [
    check('API req/s ÷ static req/s', round(ratio, 3), '>= 0.5', ratio >= 0.5),
    check('API errors + timeouts', api.errors + api.timeouts, '0', api.errors + api.timeouts === 0),
    check('API non-2xx', api.non2xx, '0', api.non2xx === 0),
    check('static errors + timeouts', file.errors + file.timeouts, '0', file.errors + file.timeouts === 0),
    check('static non-2xx', file.non2xx, '0', file.non2xx === 0),
    check('route-handler floor req/s ÷ static req/s', round(floor.requestsPerSecond / file.requestsPerSecond, 3), 'reported', true, false),
    check('API req/s ÷ route-handler floor req/s', round(api.requestsPerSecond / floor.requestsPerSecond, 3), 'reported', true, false),
  ];
  const settings = { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP, host: '127.0.0.1' };
  return finish('api', 'npm run build && npm run bench -- api', { build, settings, api, static: file, ratio, routeHandlerFloor: floor }, checks);
}

run(main);
