import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesIn(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}
/** Every import of a file, type-only ones included: a cycle of types is still a cycle to read. */
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.join(path.dirname(from), spec) : null;
  if (base === null) return null;
  for (const ext of ['.ts', '.tsx', '/index.ts']) if (existsSync(base + ext)) return path.normalize(base + ext);
  return null;
}

test('lib/core has no import cycle (charts <-> event-timing, types <-> provenance were two)', () => {
  const files = filesIn('lib/core');
  const graph = new Map(files.map((f) => [path.normalize(f), importsOf(f).map((s) => resolve(f, s)).filter((t): t is string => t !== null)]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
      return;
    }
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
    state.set(file, 'done');
  };
  for (const f of graph.keys()) visit(f, []);
  assert.deepEqual(cycles, []);
});

test('lib depends on nothing above it: no import from components/ or app/', () => {
  for (const file of filesIn('lib')) {
    for (const spec of importsOf(file)) assert.doesNotMatch(spec, /^@\/(components|app)\/|^(\.\.\/)+(components|app)\//, `${file} imports ${spec}`);
  }
});
