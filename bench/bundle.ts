/**
 * First-load JavaScript per route, gzip: the chunks `next build` lists for each route in
 * .next/diagnostics/route-bundle-stats.json, each gzipped here (zlib, default level 6) and summed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildInfo, check, finish, ROOT, round } from './shared';

const KiB = 1024;
/**
 * Pages with a chart may ship the chart code (the explorer's Recharts, the server-drawn SVG's layout,
 * which the browser draws again from its spec); every other route gets the smaller budget. A claim's or
 * dataset's filtered views are the same routes (`[[...view]]`), and the embeds draw the same charts.
 */
const CHART_ROUTES = [
  '/',
  '/claims/[id]/[[...view]]',
  '/datasets/[id]/[[...view]]',
  '/datasets',
  '/compare/[concept]',
  '/embed/claims/[id]',
  '/embed/datasets/[id]/[[...view]]',
];
const BUDGET = { chart: 230 * KiB, other: 160 * KiB };

interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

const gzipped = new Map<string, { raw: number; gzip: number }>();
function sizeOf(chunk: string) {
  let size = gzipped.get(chunk);
  if (!size) {
    const bytes = readFileSync(path.join(ROOT, chunk));
    size = { raw: bytes.length, gzip: gzipSync(bytes).length };
    gzipped.set(chunk, size);
  }
  return size;
}

function main(): number {
  const build = buildInfo();
  const stats = JSON.parse(readFileSync(path.join(ROOT, '.next/diagnostics/route-bundle-stats.json'), 'utf8')) as RouteStats[];
  const routes = stats.map((r) => {
    const paths = r.firstLoadChunkPaths.filter((c) => c.endsWith('.js'));
    const chunks = paths.map(sizeOf);
    const chart = CHART_ROUTES.includes(r.route);
    return {
      route: r.route,
      kind: chart ? 'chart' : 'other',
      chunks: r.firstLoadChunkPaths.length,
      rawBytes: chunks.reduce((s, c) => s + c.raw, 0),
      reportedRawBytes: r.firstLoadUncompressedJsBytes,
      gzipBytes: chunks.reduce((s, c) => s + c.gzip, 0),
      budgetBytes: chart ? BUDGET.chart : BUDGET.other,
      largestChunksGzip: paths
        .map((p, i) => ({ chunk: p, bytes: chunks[i].gzip }))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 3),
    };
  });
  console.table(routes.map((r) => ({ route: r.route, kind: r.kind, 'gzip KiB': round(r.gzipBytes / KiB, 1), 'budget KiB': r.budgetBytes / KiB })));
  const missing = CHART_ROUTES.filter((r) => !routes.some((s) => s.route === r));
  if (missing.length) console.log(`not built yet (no figure): ${missing.join(', ')}`);
  const checks = routes.map((r) =>
    check(`first-load JS gzip ${r.route} (KiB)`, round(r.gzipBytes / KiB, 1), `<= ${r.budgetBytes / KiB} KiB`, r.gzipBytes <= r.budgetBytes),
  );
  return finish('bundle', 'npm run build && npm run bench -- bundle', { build, gzip: 'zlib.gzipSync, level 6', routes, missingChartRoutes: missing }, checks);
}

process.exitCode = main();
