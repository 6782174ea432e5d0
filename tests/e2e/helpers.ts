import { expect, type APIRequestContext } from '@playwright/test';

/** A small seeded PRNG (mulberry32): the same seed gives the same requests on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the results in order. */
export async function mapPool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface DatasetSummary {
  id: string;
  status: 'ok' | 'error';
  fields?: { name: string; type: string; constraints?: { enum?: unknown[] } }[];
  countries?: string[];
  problems?: string[];
}

/** The dataset and claim ids the app serves, read from its own API as a reader's client would. */
export async function listIds(request: APIRequestContext): Promise<{ datasets: DatasetSummary[]; claims: string[] }> {
  const datasetsRes = await request.get('/api/datasets');
  expect(datasetsRes.status(), 'GET /api/datasets').toBe(200);
  const claimsRes = await request.get('/api/claims');
  expect(claimsRes.status(), 'GET /api/claims').toBe(200);
  const { datasets } = (await datasetsRes.json()) as { datasets: DatasetSummary[] };
  const { claims } = (await claimsRes.json()) as { claims: { id: string }[] };
  expect(datasets.length, 'the app serves at least one dataset').toBeGreaterThan(0);
  expect(claims.length, 'the app serves at least one claim').toBeGreaterThan(0);
  return { datasets, claims: claims.map((c) => c.id) };
}

/** Why an /api/* 4xx body is not `{ error: { code, message } }`, or null when it is. */
export function apiErrorShapeProblem(type: string, body: string): string | null {
  if (!type.includes('application/json')) return `content-type is "${type}", not application/json`;
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    if (typeof parsed.error?.code !== 'string' || parsed.error.code === '') return 'error.code is missing';
    if (typeof parsed.error?.message !== 'string' || parsed.error.message === '') return 'error.message is missing';
    return null;
  } catch {
    return `body is not JSON: ${body.slice(0, 80)}`;
  }
}

/**
 * Text that only files outside data/ contain: /etc/passwd, package.json, next.config.js and the
 * app's own source. None of it may ever reach a response body.
 */
export const FOREIGN_CONTENT = [
  'root:x:0',
  '"devDependencies"',
  '"@playwright/test"',
  'poweredByHeader',
  'module.exports = nextConfig',
  "import 'server-only'",
  'import "server-only"',
  'turbopackIgnore',
  'process.env.DATA_DIR',
];

export function foreignContentIn(body: string): string | null {
  return FOREIGN_CONTENT.find((marker) => body.includes(marker)) ?? null;
}
