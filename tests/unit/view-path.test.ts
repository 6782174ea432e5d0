import { test } from 'node:test';
import assert from 'node:assert/strict';
import { routeView, searchOfSegment, viewSegment } from '../../lib/core/view-path.mjs';

const q = (s: string) => new URLSearchParams(s);

test('a query becomes one path segment and back, whatever the order of its names', () => {
  const a = viewSegment(q('from=2019&country=China&country=United States'));
  const b = viewSegment(q('country=China&from=2019&country=United States'));
  assert.ok(a && /^v\.[A-Za-z0-9_-]+$/.test(a), 'a segment of URL-safe characters');
  assert.equal(a, b, 'the same view is the same cached page');
  assert.equal(searchOfSegment(a!)!.toString(), 'country=China&country=United+States&from=2019');
  // Values keep their order within a name: the countries are not re-sorted.
  assert.notEqual(viewSegment(q('country=B&country=A')), viewSegment(q('country=A&country=B')));
});

test('shared-link and router parameters are not part of a view', () => {
  assert.equal(viewSegment(q('utm_source=x&fbclid=y&_rsc=abc')), null);
  assert.equal(viewSegment(q('country=China&utm_medium=email')), viewSegment(q('country=China')));
});

test('routing: canonical pages pass, views are rewritten, paths only the rewrite makes are not found', () => {
  assert.deepEqual(routeView('/datasets/talent', q('')), { kind: 'view', rewrite: null });
  assert.deepEqual(routeView('/claims/x', q('utm_source=a')), { kind: 'view', rewrite: null });
  const view = routeView('/datasets/talent', q('country=China'));
  assert.equal(view.kind, 'view');
  assert.match((view as { rewrite: string }).rewrite, /^\/datasets\/talent\/v\.[A-Za-z0-9_-]+$/);
  assert.match((routeView('/embed/datasets/talent', q('year=2022')) as { rewrite: string }).rewrite, /^\/embed\/datasets\/talent\/v\./);
  assert.deepEqual(routeView('/datasets/talent/v.abc', q('')), { kind: 'not-found' });
  assert.deepEqual(routeView('/claims/x/anything', q('')), { kind: 'not-found' });
  assert.deepEqual(routeView('/api/datasets/talent', q('country=China')), { kind: 'other' });
  assert.deepEqual(routeView('/datasets', q('country=China')), { kind: 'other' });
});

test('a segment the server could not have made reads as nothing', () => {
  assert.equal(searchOfSegment('country=China'), null);
  assert.equal(searchOfSegment('v.a/b'), null);
  assert.equal(searchOfSegment(undefined)!.toString(), '');
});

test('a request is read once: views rewritten, canonical pages passed with their address, the rest refused by name', async () => {
  const { routeRequest } = await import('../../lib/core/view-path.mjs');
  assert.deepEqual(routeRequest('/claims/enforce-act'), { kind: 'pass', page: '/claims/enforce-act' });
  // A shared link's tracking parameters and the router's _rsc are not a view: the canonical page, its tag.
  assert.deepEqual(routeRequest('/claims/enforce-act?utm_source=x&_rsc=1'), { kind: 'pass', page: '/claims/enforce-act' });
  const a = routeRequest('/datasets/talent?from=2019&country=China');
  const b = routeRequest('/datasets/talent?country=China&utm_medium=email&from=2019');
  assert.equal(a.kind, 'rewrite');
  assert.deepEqual(a, b, 'the same view in another order is the same page');
  assert.equal((a as { url: string }).url, `/datasets/talent/${viewSegment(q('country=China&from=2019'))}`);
  assert.equal((a as { page: string }).page, (a as { url: string }).url);
  // The router's payload request keeps its _rsc (Next.js checks it), on the same page.
  const rsc = routeRequest('/datasets/talent?country=China&from=2019&_rsc=1x2y') as { url: string; page: string };
  assert.equal(rsc.url, `${(a as { url: string }).url}?_rsc=1x2y`);
  assert.equal(rsc.page, (a as { page: string }).page);
  assert.deepEqual(routeRequest('/datasets/talent/v.Y291bnRyeT1DaGluYQ'), { kind: 'not-found' });
  assert.deepEqual(routeRequest('/api/datasets/%zz'), { kind: 'bad-path', api: true });
  assert.deepEqual(routeRequest('/claims/%E0%A4%A'), { kind: 'bad-path', api: false });
  // Percent-encoding in the query is the page's to read, not a bad path.
  assert.equal(routeRequest('/datasets/talent?country=%zz').kind, 'rewrite');
  assert.deepEqual(routeRequest('/api/datasets/talent?country=China'), { kind: 'pass', page: '/api/datasets/talent' });
});
