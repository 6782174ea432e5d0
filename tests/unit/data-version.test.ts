import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// The CommonJS modules the page cache (next.config.js cacheHandler) is made of.
import { currentStamp, dataVersion } from '../../lib/data-version.js';
import { createStampedCache } from '../../lib/page-cache.js';

function tempData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-version-'));
  fs.writeFileSync(path.join(dir, 'a.csv'), 'x\n1\n');
  return dir;
}

test('the fingerprint follows file contents and names, not where the directory is', () => {
  const one = tempData();
  const two = tempData();
  assert.equal(dataVersion(one), dataVersion(two));
  fs.writeFileSync(path.join(two, 'a.csv'), 'x\n2\n');
  assert.notEqual(dataVersion(one), dataVersion(two));
  fs.writeFileSync(path.join(one, 'b.csv'), 'x\n');
  assert.notEqual(dataVersion(one), dataVersion(two));
  assert.equal(dataVersion(path.join(one, 'missing')), 'no-data-directory');
});

test('a cached page is served only for the data and day it was rendered from', () => {
  let stamp = '2026-12-05|a';
  const cache = createStampedCache({ stamp: () => stamp });
  assert.equal(cache.get('/datasets/talent'), null, 'nothing before the first render');
  cache.set('/datasets/talent', { html: 'rows of a' });
  assert.deepEqual((cache.get('/datasets/talent') as { value: unknown }).value, { html: 'rows of a' });
  stamp = '2026-12-05|b';
  assert.equal(cache.get('/datasets/talent'), null, 'a data change is a miss on the next request');
  assert.equal(cache.size, 0, 'and the stale page is dropped');
  cache.set('/datasets/talent', { html: 'rows of b' });
  assert.deepEqual((cache.get('/datasets/talent') as { value: unknown }).value, { html: 'rows of b' });
  stamp = '2026-12-06|b';
  assert.equal(cache.get('/datasets/talent'), null, 'a new day is a miss too: statuses are judged as of today');
});

test('a render that straddles a data change is stamped with the data it may have read, so it is redone', () => {
  let stamp = 'a';
  const cache = createStampedCache({ stamp: () => stamp });
  assert.equal(cache.get('/claims/x'), null);
  stamp = 'b'; // data/ changes while the page renders from a
  cache.set('/claims/x', { html: 'rendered from a' });
  assert.equal(cache.get('/claims/x'), null, 'the page rendered from a is not served as b');
  cache.set('/claims/x', { html: 'rendered from b' });
  assert.deepEqual((cache.get('/claims/x') as { value: unknown }).value, { html: 'rendered from b' });
});

test('the cache drops the least recently used pages past its size, and forgets tagged pages', () => {
  const cache = createStampedCache({ stamp: () => 's', maxBytes: 400 });
  cache.set('/a', { html: 'x'.repeat(100) }, { tags: ['t'] });
  cache.set('/b', { html: 'y'.repeat(100) });
  assert.ok(cache.get('/a'), 'reading /a makes /b the oldest');
  cache.set('/c', { html: 'z'.repeat(100) });
  assert.ok(cache.bytes <= 400);
  assert.equal(cache.get('/b'), null);
  assert.ok(cache.get('/a') && cache.get('/c'));
  cache.revalidateTag('t');
  assert.equal(cache.get('/a'), null);
  assert.ok(cache.get('/c'));
});

test('the pages read the data fingerprint at most every 250 ms, and see a change after that', () => {
  const dir = tempData();
  const before = process.env.DATA_DIR;
  process.env.DATA_DIR = dir;
  try {
    const t = 1_000_000;
    const first = currentStamp(t);
    fs.writeFileSync(path.join(dir, 'b.csv'), 'y\n1\n');
    assert.equal(currentStamp(t + 100), first, 'within the window the last reading stands');
    const later = currentStamp(t + 300);
    assert.notEqual(later, first, 'after it, the change is seen');
    assert.equal(later.split('|')[1], dataVersion(dir));
  } finally {
    if (before === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = before;
  }
});
