import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// The CommonJS module next.config.js and proxy.ts share.
import { dataVersion, recentDataVersion } from '../../lib/data-version.js';

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

test('recentDataVersion looks at data/ at most once per interval, then sees the change', () => {
  const dir = tempData();
  const before = process.env.DATA_DIR;
  process.env.DATA_DIR = dir;
  try {
    const first = recentDataVersion(1000, 10_000);
    fs.writeFileSync(path.join(dir, 'a.csv'), 'x\n3\n');
    assert.equal(recentDataVersion(1000, 10_500), first, 'within the interval the last answer stands');
    assert.notEqual(recentDataVersion(1000, 11_000), first, 'after it the change is seen');
    assert.equal(recentDataVersion(1000, 11_000), dataVersion(dir));
  } finally {
    if (before === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = before;
  }
});
