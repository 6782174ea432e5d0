import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// The CommonJS module next.config.js and the data watch share.
import { dataVersion } from '../../lib/data-version.js';
import { createDataWatch } from '../../lib/server/data-watch';

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

test('the data watch refreshes the pages once per change, and retries a refresh that failed', async () => {
  let version = 'built';
  const calls: string[] = [];
  let fail = false;
  const watch = createDataWatch({
    served: 'built',
    current: () => version,
    refresh: async () => {
      calls.push(version);
      if (fail) throw new Error('server not ready');
    },
  });
  await watch.tick();
  assert.deepEqual(calls, [], 'data as built: nothing to refresh');
  version = 'edited';
  fail = true;
  const errors: string[] = [];
  const log = console.error;
  console.error = (m: string) => errors.push(m);
  try {
    await watch.tick();
    await watch.tick();
  } finally {
    console.error = log;
  }
  assert.deepEqual(calls, ['edited', 'edited'], 'a failed refresh is tried again on the next tick');
  assert.equal(errors.length, 1, 'the same failure is reported once, not once a second');
  assert.equal(watch.served, 'built');
  fail = false;
  await watch.tick();
  assert.equal(watch.served, 'edited');
  await watch.tick();
  assert.equal(calls.length, 3, 'once refreshed, the same data asks for nothing more');
});

test('ticks that overlap share one refresh', async () => {
  let release = () => {};
  let calls = 0;
  const watch = createDataWatch({
    served: 'a',
    current: () => 'b',
    refresh: () => {
      calls++;
      return new Promise<void>((r) => (release = r));
    },
  });
  const one = watch.tick();
  const two = watch.tick();
  release();
  await Promise.all([one, two]);
  assert.equal(calls, 1);
  assert.equal(watch.served, 'b');
});
