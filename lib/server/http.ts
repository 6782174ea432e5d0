import 'server-only';
import { createHash } from 'node:crypto';
import type { ParamError } from '../core/query';
import type { Selection } from './selection';
import type { Problem } from '../core/types';
import { formatProblem } from '../core/csv/validate';

export type ErrorBody = { error: { code: string; message: string; param?: string; problems?: string[] } };

export function jsonError(status: number, code: string, message: string, param?: string): Response {
  const body: ErrorBody = { error: { code, message, ...(param ? { param } : {}) } };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export const badParam = (e: ParamError) => jsonError(400, e.code, e.message, e.param);

export const unknownDataset = (id: string) =>
  jsonError(404, 'unknown_dataset', `no dataset "${id.length > 60 ? `${id.slice(0, 60)}…` : id}"; GET /api/datasets lists them`);

export function brokenDataset(id: string, problems: Problem[]): Response {
  const body: ErrorBody = {
    error: { code: 'invalid_dataset', message: `dataset "${id}" failed validation`, problems: problems.map(formatProblem) },
  };
  return Response.json(body, { status: 500, headers: { 'Cache-Control': 'no-store' } });
}

/** Shared caches (a CDN) may keep a response 5 minutes and serve it stale while they refetch; browsers 1 minute. */
export const CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400';

/** Answers 304 when the client already holds this exact body. */
export function cacheable(request: Request, body: string | Buffer, headers: Record<string, string>): Response {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const all = { ...headers, ETag: etag, 'Cache-Control': CACHE };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: all });
  return new Response(body as BodyInit, { status: 200, headers: all });
}

export function csvHeaders(filename: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  };
}

export function brokenClaims(problems: string[]): Response {
  const body: ErrorBody = { error: { code: 'invalid_claims', message: 'data/claims.json failed validation', problems } };
  return Response.json(body, { status: 500, headers: { 'Cache-Control': 'no-store' } });
}

/** The error response of a selection that could not be served. */
export function selectionFailure(s: Exclude<Selection, { kind: 'ok' }>): Response {
  if (s.kind === 'unknown') return unknownDataset(s.id);
  if (s.kind === 'broken') return brokenDataset(s.error.id, s.error.problems);
  return badParam(s.error);
}
