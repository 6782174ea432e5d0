import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every .ts/.tsx/.mjs file under a folder. */
function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesIn(p) : /\.(tsx?|mjs)$/.test(name) ? [p] : [];
  });
}
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);

test('lib/core is pure: it imports neither the server, the client, React nor the file system', () => {
  for (const file of filesIn('lib/core')) {
    for (const spec of importsOf(file)) {
      assert.doesNotMatch(spec, /(^|\/)(server|client)\/|^server-only$|^react|^node:|^@tanstack|^next/, `${file} imports ${spec}`);
    }
  }
});

test('lib/client never reaches into the server, and every lib/server module is server-only', () => {
  for (const file of filesIn('lib/client')) for (const spec of importsOf(file)) assert.doesNotMatch(spec, /(^|\/)server\/|^server-only$|^node:/, `${file} imports ${spec}`);
  for (const file of filesIn('lib/server')) assert.match(readFileSync(file, 'utf8'), /^import 'server-only';/m, `${file} is not marked server-only`);
});
