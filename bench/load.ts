/**
 * npm run load: autocannon, 100 connections for 20 s on 127.0.0.1, each connection cycling
 * through a mix of pages and API routes. Any error or non-2xx answer fails it.
 */
import autocannon from 'autocannon';
import { buildInfo, check, finish, startServer, run, summarise } from './shared';

const PATHS = [
  '/',
  '/datasets/talent',
  '/claims/china-leads-physical-infrastructure',
  '/compare/world-compute-share',
  '/datasets/talent?country=China',
  '/api/datasets',
  '/api/datasets/talent?country=China',
  '/api/datasets/export-controls/csv',
  '/api/datasets/talent/zip',
  '/api/claims',
];
const CONNECTIONS = 100;
const DURATION = 20;
const WARMUP = 3;

async function main(): Promise<number> {
  const build = buildInfo();
  const server = await startServer();
  try {
    const preflight = [];
    for (const path of PATHS) {
      const res = await fetch(server.origin + path);
      preflight.push({ path, status: res.status, bytes: (await res.arrayBuffer()).byteLength });
    }
    console.table(preflight);
    const requests = PATHS.map((path) => ({ method: 'GET', path }));
    await autocannon({ url: server.origin, connections: 10, duration: WARMUP, requests });
    const r = await autocannon({ url: server.origin, connections: CONNECTIONS, duration: DURATION, requests });
    const result = summarise(r);
    console.log(
      `${Math.round(result.requestsPerSecond)} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
    );
    const checks = [
      check('requests/s', Math.round(result.requestsPerSecond), 'reported', true, false),
      check('latency p50 (ms)', result.latencyMs.p50, 'reported', true, false),
      check('latency p99 (ms)', result.latencyMs.p99, 'reported', true, false),
      check('errors + timeouts', result.errors + result.timeouts, '0', result.errors + result.timeouts === 0),
      check('non-2xx', result.non2xx, '0', result.non2xx === 0),
      ...preflight.map((p) => check(`preflight ${p.path}`, p.status, '200', p.status === 200)),
    ];
    const settings = { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP, host: '127.0.0.1', mix: 'each connection cycles through the paths in order' };
    return finish('load', 'npm run build && npm run load', { build, settings, paths: PATHS, preflight, result }, checks);
  } finally {
    await server.stop();
  }
}

run(main);
