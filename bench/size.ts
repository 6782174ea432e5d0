/**
 * npm run bench -- size: how response size sets throughput on this machine. 50 connections for 3 s
 * per target on 127.0.0.1, no goal (a reference for `serve`):
 * 1. transport: a bare node:http server answering a fixed body of each size (the same bytes each time,
 *    as a prerendered page is), against its own 6 KB body;
 * 2. pages: every prerendered claim and dataset page of the built app, with its size, against a
 *    static chunk from the same server.
 * It shows where pages must be to keep up with a static chunk: above some size each request waits
 * on the socket (loopback receive buffers), whatever the framework does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { buildInfo, finish, round, run, startServer, summarise } from './shared';

const CONNECTIONS = 50;
const DURATION = 3;
const SIZES_KB = [6, 16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 256];

async function rate(url: string) {
  const r = summarise(await autocannon({ url, connections: CONNECTIONS, duration: DURATION }));
  return { requestsPerSecond: Math.round(r.requestsPerSecond), p99: r.latencyMs.p99, errors: r.errors + r.timeouts + r.non2xx };
}

async function transport() {
  const bodies = new Map(SIZES_KB.map((kb) => [kb, 'x'.repeat(kb * 1024)]));
  const server = http.createServer((req, res) => {
    const body = bodies.get(Number(req.url?.slice(1))) ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const out: Array<{ kb: number; requestsPerSecond: number; ratio: number; p99: number; errors: number }> = [];
  try {
    await autocannon({ url: `${origin}/6`, connections: 10, duration: 1 });
    for (const kb of SIZES_KB) {
      const r = await rate(`${origin}/${kb}`);
      const ratio = out.length ? round(r.requestsPerSecond / out[0].requestsPerSecond) : 1;
      out.push({ kb, ...r, ratio });
      console.log(`transport ${kb} KB: ${r.requestsPerSecond} req/s (${ratio}x the 6 KB body), p99 ${r.p99} ms`);
    }
  } finally {
    server.close();
  }
  return out;
}

async function pages() {
  const server = await startServer();
  const out: Array<{ path: string; kb: number; requestsPerSecond: number; ratio: number; p99: number; errors: number }> = [];
  try {
    const home = await (await fetch(`${server.origin}/`)).text();
    const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(home)?.[1];
    if (!chunk) throw new Error('no static chunk found in the home page');
    const list = async (api: string, key: string) => ((await (await fetch(server.origin + api)).json()) as Record<string, Array<{ id: string }>>)[key].map((x) => x.id);
    const paths = [chunk, '/', '/datasets', '/compare', ...(await list('/api/claims', 'claims')).map((id) => `/claims/${id}`), ...(await list('/api/datasets', 'datasets')).map((id) => `/datasets/${id}`)];
    for (const path of paths) {
      const bytes = (await (await fetch(server.origin + path)).arrayBuffer()).byteLength;
      await autocannon({ url: server.origin + path, connections: 10, duration: 1 });
      const r = await rate(server.origin + path);
      const ratio = out.length ? round(r.requestsPerSecond / out[0].requestsPerSecond) : 1;
      out.push({ path, kb: round(bytes / 1024, 1), ...r, ratio });
      console.log(`${path} ${round(bytes / 1024, 1)} KB: ${r.requestsPerSecond} req/s (${ratio}x the static chunk), p99 ${r.p99} ms`);
    }
  } finally {
    await server.stop();
  }
  return out.sort((a, b) => a.kb - b.kb);
}

async function main(): Promise<number> {
  const build = buildInfo();
  const t = await transport();
  const p = await pages();
  const settings = { connections: CONNECTIONS, durationSeconds: DURATION, host: '127.0.0.1' };
  return finish('size', 'npm run build && npm run bench -- size', { build, settings, transport: t, pages: p }, []);
}

run(main);
