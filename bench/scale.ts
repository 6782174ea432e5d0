/**
 * The data layer at 10k, 100k and 1M synthetic talent-shaped rows, each size in its own child
 * process (so peak RSS is per size): parseCsv + validateTable as a ratio to a bare Papa.parse of
 * the same text in the same process, DatasetIndex build time, and index.select against the
 * linear scan filterRows. `--cpu-prof` also profiles one 1M-row pass and lists self time.
 *
 * lib/ is measured twice: as tsx loads it (esbuild with keepNames, which wraps every closure in a
 * __name() call, so a closure made per cell costs a defineProperty) and "plain": types stripped
 * by TypeScript's transpileModule, no wrappers, as `next build` (SWC) ships it.
 *
 * `--lib DIR` also measures a candidate copy of lib/ (DIR/lib/csv/parse.ts, validate.ts and
 * DIR/lib/filter.ts) in the same runs, to try a change before making it; results then go to
 * scale-candidate.json. The parent writes the CSVs and the transpiled code to a temp dir; a
 * child process measures one size.
 *
 *   npm run bench -- scale [--cpu-prof] [--lib /tmp/candidate]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import Papa from 'papaparse';
import type TS from 'typescript';
import * as tsxParse from '../lib/core/csv/parse';
import * as tsxValidate from '../lib/core/csv/validate';
import type * as FilterModule from '../lib/core/filter';
import type { Filter } from '../lib/core/filter';
import type { FieldDescriptor, PackageDescriptor, TableSchema } from '../lib/core/types';
import { check, finish, median, ROOT, round } from './shared';

const SIZES = [10_000, 100_000, 1_000_000];
const REPS: Record<number, number> = { 10_000: 21, 100_000: 9, 1_000_000: 5 };
const FIRST_YEAR = 1925;
const YEARS = 100; // 1925-2024
const KEY = ['measure', 'tier', 'country', 'year'];
const SELECT: Filter = { countries: ['China'], from: 2019, to: 2022, facets: {}, inForce: null, sort: null };
const GOAL = { ratio: 1.5, selectMs: 5, rssMiB: 1536 };

/** Used only while data/datapackage.json has no talent resource: the same columns and rules. */
const FALLBACK_SCHEMA: TableSchema = {
  fields: [
    { name: 'measure', type: 'string', constraints: { required: true, enum: ['origin_share', 'work_location_share'] } },
    { name: 'tier', type: 'string', constraints: { required: true, enum: ['top', 'upper', 'all'] } },
    { name: 'country', type: 'string', constraints: { required: true } },
    { name: 'year', type: 'year', constraints: { required: true } },
    { name: 'value', type: 'number', constraints: { required: true, minimum: 0, maximum: 100 } },
    { name: 'unit', type: 'string', constraints: { required: true } },
    { name: 'source_id', type: 'string', constraints: { required: true } },
    { name: 'confidence', type: 'string', constraints: { required: true, enum: ['primary', 'secondary', 'as-cited'] } },
    { name: 'note', type: 'string' },
  ],
  primaryKey: KEY,
};

/** The real talent schema, relaxed so synthetic data passes: any country, years 1925-2024, the 4-field key. */
function syntheticSchema(): { schema: TableSchema; origin: string } {
  const file = path.join(ROOT, 'data', 'datapackage.json');
  const talent = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as PackageDescriptor).resources.find((r) => r.name === 'talent')
    : undefined;
  if (!talent) return { schema: FALLBACK_SCHEMA, origin: 'built in bench/scale.ts (data/datapackage.json has no talent resource yet)' };
  const fields = talent.schema.fields.map((f): FieldDescriptor => {
    if (f.name === 'country') return { ...f, constraints: { ...f.constraints, enum: undefined } };
    if (f.name === 'year') return { ...f, constraints: { ...f.constraints, minimum: FIRST_YEAR, maximum: FIRST_YEAR + YEARS - 1 } };
    return f;
  });
  return {
    schema: { ...talent.schema, fields, primaryKey: KEY, foreignKeys: undefined },
    origin: 'data/datapackage.json talent schema without the country enum, year 1925-2024, primary key measure+tier+country+year',
  };
}

const enumOf = (schema: TableSchema, name: string, fallback: string[]) =>
  (schema.fields.find((f) => f.name === name)?.constraints?.enum ?? fallback).map(String);

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** The other columns of data/talent.csv's rows (value, unit, source_id, confidence, note), to reuse. */
function realCells(schema: TableSchema): Array<Record<string, string>> {
  const file = path.join(ROOT, 'data', 'talent.csv');
  if (!existsSync(file)) return [];
  const [header, ...records] = Papa.parse<string[]>(readFileSync(file, 'utf8'), { delimiter: ',' }).data;
  const names = schema.fields.map((f) => f.name);
  if (header.join() !== names.join()) return [];
  return records.filter((r) => r.length === names.length).map((r) => Object.fromEntries(names.map((n, i) => [n, r[i]])));
}

/**
 * Writes rows unique on measure+tier+country+year (in that sort order; measures and tiers from the
 * schema, China first, then synthetic countries, years 1925-2024). The other cells are those of
 * data/talent.csv's rows in turn, so notes have their real length, quoting and characters.
 */
function writeCsv(file: string, rows: number, schema: TableSchema) {
  const measures = enumOf(schema, 'measure', ['origin_share']);
  const tiers = enumOf(schema, 'tier', ['top']);
  const perCountry = measures.length * tiers.length * YEARS;
  const named = ['China', 'United States', 'India', 'Europe', 'World'];
  const countries = Array.from({ length: Math.ceil(rows / perCountry) }, (_, i) => named[i] ?? `Country ${String(i).padStart(5, '0')}`);
  const real = realCells(schema);
  const confidences = enumOf(schema, 'confidence', ['primary']);
  const header = schema.fields.map((f) => f.name);
  const fd = openSync(file, 'w');
  let lines = [header.join(',')];
  let i = 0;
  outer: for (const measure of measures)
    for (const tier of tiers)
      for (const country of countries)
        for (let y = 0; y < YEARS; y++) {
          if (i === rows) break outer;
          const other = real[i % real.length] ?? {
            value: String(((i * 7919) % 1000) / 10),
            unit: 'percent',
            source_id: 'synthetic-source',
            confidence: confidences[i % confidences.length],
            note: i % 10 === 0 ? 'Estimate, as cited; "top-tier" means the top 20%' : '',
          };
          const cell: Record<string, string> = { ...other, measure, tier, country, year: String(FIRST_YEAR + y) };
          lines.push(header.map((name) => quote(cell[name] ?? 'x')).join(','));
          if (lines.length === 10_000) (writeSync(fd, `${lines.join('\n')}\n`), (lines = []));
          i++;
        }
  if (lines.length) writeSync(fd, `${lines.join('\n')}\n`);
  closeSync(fd);
}

const resolveTs = (p: string) => [`${p}.ts`, `${p}.tsx`, path.join(p, 'index.ts'), p].find((f) => existsSync(f) && statSync(f).isFile())!;

/** The lib/ files reachable from the entries as CommonJS, types stripped by TypeScript's transpileModule. */
function transpileLib(root: string, entries: string[]): Record<string, string> {
  const ts = createRequire(__filename)('typescript') as typeof TS; // parent only: keeps the compiler out of the child's RSS
  const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
  const out: Record<string, string> = {};
  const visit = (file: string) => {
    if (out[file] !== undefined) return;
    out[file] = ts.transpileModule(readFileSync(file, 'utf8'), { fileName: file, compilerOptions }).outputText;
    for (const [, spec] of out[file].matchAll(/require\("(\.[^"]+)"\)/g)) visit(resolveTs(path.resolve(path.dirname(file), spec)));
  };
  for (const entry of entries) visit(path.join(root, entry));
  return out;
}

/** Runs transpiled lib/ modules with vm, outside tsx's loader hooks. */
function loadPlain<T>(code: Record<string, string>, root: string, entry: string): T {
  const modules = new Map<string, { exports: Record<string, unknown> }>();
  const nodeRequire = createRequire(path.join(ROOT, 'package.json'));
  const load = (file: string): Record<string, unknown> => {
    let mod = modules.get(file);
    if (mod) return mod.exports;
    modules.set(file, (mod = { exports: {} }));
    const req = (spec: string) => (spec.startsWith('.') ? load(resolveTs(path.resolve(path.dirname(file), spec))) : nodeRequire(spec));
    vm.runInThisContext(`(function (exports, require, module) {${code[file]}\n})`, { filename: file })(mod.exports, req, mod);
    return mod.exports;
  };
  return load(path.join(root, entry)) as T;
}

const LIB = ['lib/csv/parse.ts', 'lib/csv/validate.ts', 'lib/filter.ts'];
interface Plain {
  parse: typeof tsxParse;
  validate: typeof tsxValidate;
  filter: typeof FilterModule;
}
type Layer = { parse: typeof tsxParse; validate: typeof tsxValidate };

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
};

function parseValidate(layer: Layer, text: string, schema: TableSchema) {
  const [parsed, parseMs] = time(() => layer.parse.parseCsv(text, 'synthetic.csv'));
  if (!parsed.ok) throw new Error(`parseCsv: ${parsed.problems.slice(0, 3).map((p) => p.rule).join('; ')}`);
  const [table, validateMs] = time(() => layer.validate.validateTable(parsed.csv, schema, 'synthetic.csv'));
  if (table.problems.length) throw new Error(`validateTable: ${table.problems.length} problems, first: ${JSON.stringify(table.problems[0])}`);
  return { rows: table.rows, parseMs, validateMs };
}

/**
 * The app's path once, cold (plain build): parse, validate, index, select; peak RSS right after.
 * Then the index is built 4 more times (alternating with a candidate's, if any) for a warm median.
 */
function pipeline(plain: Plain, candidate: Plain | null, text: string, schema: TableSchema, once: boolean) {
  const { rows, parseMs, validateMs } = parseValidate(plain, text, schema);
  const [index, indexColdMs] = time(() => new plain.filter.DatasetIndex(rows, 'year'));
  const selectMs: number[] = [];
  const scanMs: number[] = [];
  let matches = 0;
  for (let k = 0; k < 51; k++) {
    const [sel, ms] = time(() => index.select(SELECT));
    selectMs.push(ms);
    matches = sel.length;
  }
  for (let k = 0; k < 7; k++) {
    const [scan, ms] = time(() => plain.filter.filterRows(rows, SELECT, 'year'));
    scanMs.push(ms);
    if (scan.length !== matches) throw new Error(`index selected ${matches} rows, the scan ${scan.length}`);
  }
  const maxRssMiB = round(process.resourceUsage().maxRSS / 1024, 0);
  const builds: Record<string, number[]> = { plain: [], ...(candidate ? { candidate: [] } : {}) };
  for (let k = 0; k < (once ? 0 : 4); k++) {
    for (const name of k % 2 ? Object.keys(builds).reverse() : Object.keys(builds)) {
      gc();
      builds[name].push(time(() => new (name === 'plain' ? plain : candidate!).filter.DatasetIndex(rows, 'year'))[1]);
    }
  }
  return {
    cold: { parseMs, validateMs, indexMs: indexColdMs },
    indexWarmMedianMs: Object.fromEntries(Object.entries(builds).map(([name, ms]) => [name, round(median(ms))])),
    select: { matches, medianMs: median(selectMs), runs: selectMs.length },
    scan: { medianMs: median(scanMs), runs: scanMs.length },
    maxRssMiB,
  };
}

/** Warm: bare Papa.parse, then each layer's parseCsv + validateTable, rotating which goes first. */
function warm(layers: Record<string, Layer>, text: string, schema: TableSchema, reps: number) {
  const papa: number[] = [];
  const ms: Record<string, { parse: number[]; validate: number[] }> = {};
  const steps = [() => papa.push(time(() => Papa.parse<string[]>(text, { delimiter: ',' }))[1])];
  for (const [name, layer] of Object.entries(layers)) {
    const m: { parse: number[]; validate: number[] } = (ms[name] = { parse: [], validate: [] });
    steps.push(() => {
      const r = parseValidate(layer, text, schema);
      m.parse.push(r.parseMs);
      return m.validate.push(r.validateMs);
    });
  }
  for (let k = 0; k < reps; k++) {
    for (let s = 0; s < steps.length; s++) {
      gc();
      steps[(k + s) % steps.length]();
    }
  }
  // Each rep's own ratio (its runs are adjacent), then the median: robust to drift.
  const each = (f: (m: { parse: number[]; validate: number[] }) => number) => Object.fromEntries(Object.entries(ms).map(([name, m]) => [name, f(m)]));
  return {
    reps,
    papaMs: round(median(papa)),
    parseMs: each((m) => round(median(m.parse))),
    validateMs: each((m) => round(median(m.validate))),
    ratio: each((m) => round(median(papa.map((p, k) => (m.parse[k] + m.validate[k]) / p)), 2)),
  };
}

/** One size, in this process: `--rows N --csv file --plain code.json [--candidate dir]`. Prints its figures as JSON. */
function child(argv: string[]) {
  const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const code = JSON.parse(readFileSync(arg('--plain')!, 'utf8')) as Record<string, string>;
  const load = (root: string): Plain => ({ parse: loadPlain(code, root, LIB[0]), validate: loadPlain(code, root, LIB[1]), filter: loadPlain(code, root, LIB[2]) });
  const plain = load(ROOT);
  const candidate = arg('--candidate');
  const layers: Record<string, Layer> = { plain, tsx: { parse: tsxParse, validate: tsxValidate }, ...(candidate ? { candidate: load(candidate) } : {}) };
  const { schema } = syntheticSchema();
  const text = readFileSync(arg('--csv')!, 'utf8');
  const once = argv.includes('--pipeline-only');
  const cold = pipeline(plain, layers.candidate ? (layers.candidate as Plain) : null, text, schema, once);
  const reps = once ? 0 : (REPS[Number(arg('--rows'))] ?? 5);
  console.log(JSON.stringify({ ...cold, warm: reps ? warm(layers, text, schema, reps) : null }));
}

function runChild(args: string[], nodeFlags: string[] = []) {
  const flags = ['--conditions=react-server', '--import', 'tsx', '--expose-gc', '--max-old-space-size=4096', ...nodeFlags];
  const r = spawnSync(process.execPath, [...flags, __filename, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`scale child ${args.join(' ')} exited with ${r.status}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? 'null');
}

/** Self time per function (file:line) from a .cpuprofile, the largest first. */
function profileSummary(file: string, top = 20) {
  const prof = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
    samples: number[];
    timeDeltas: number[];
  };
  const byNode = new Map(prof.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const f = byNode.get(id)!;
    const where = f.url ? ` ${path.relative(ROOT, f.url.replace(/^file:\/\//, ''))}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'}${where}`;
    self.set(key, (self.get(key) ?? 0) + (prof.timeDeltas[i] ?? 0));
    total += prof.timeDeltas[i] ?? 0;
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, us]) => ({ function: fn, selfMs: round(us / 1000, 0), share: round(us / total, 3) }));
}

function parent(): number {
  const { schema, origin } = syntheticSchema();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
  const plainFile = path.join(dir, 'lib.json');
  const at = process.argv.indexOf('--lib');
  const candidate = at === -1 ? null : path.resolve(process.argv[at + 1]);
  writeFileSync(plainFile, JSON.stringify({ ...transpileLib(ROOT, LIB), ...(candidate ? transpileLib(candidate, LIB) : {}) }));
  const csvOf = (rows: number) => {
    const csv = path.join(dir, `talent-${rows}.csv`);
    if (!existsSync(csv)) writeCsv(csv, rows, schema);
    return ['--rows', String(rows), '--csv', csv, '--plain', plainFile, ...(candidate ? ['--candidate', candidate] : [])];
  };
  try {
    const sizes = SIZES.map((rows) => {
      const args = csvOf(rows);
      const r = runChild(args);
      const w = r.warm;
      const csvMiB = round(statSync(args[3]).size / 2 ** 20, 1);
      const layers = Object.keys(w.ratio).map((n) => `${n} ${w.ratio[n]}x (${w.parseMs[n]} + ${w.validateMs[n]} ms)`);
      console.log(
        `${rows} rows (${csvMiB} MiB): Papa ${w.papaMs} ms; parse+validate ${layers.join(', ')}; index ${round(r.cold.indexMs, 1)} ms cold, warm ${JSON.stringify(r.indexWarmMedianMs)}; ` +
          `select ${round(r.select.medianMs, 3)} ms vs scan ${round(r.scan.medianMs, 2)} ms; peak RSS ${r.maxRssMiB} MiB`,
      );
      return { rows, csvMiB, ...r, selectSpeedup: round(r.scan.medianMs / r.select.medianMs, 0) };
    });
    let profile = null;
    if (process.argv.includes('--cpu-prof')) {
      const profDir = path.join(dir, 'prof');
      const args = csvOf(1_000_000).slice(0, 6); // without --candidate: profile the current lib/ only
      runChild([...args, '--pipeline-only'], ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=500']);
      // tsx's loader thread writes a second, idle profile; the main thread's is the larger one.
      const files = readdirSync(profDir).map((f) => path.join(profDir, f));
      const main = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
      profile = { rows: 1_000_000, covers: 'one 1M-row child, current lib/, plain build: read the file, parse, validate, index, 51 selects, 7 scans', top: profileSummary(main) };
      console.table(profile.top);
    }
    return report(sizes, profile, origin);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Size = { rows: number; csvMiB: number; maxRssMiB: number; selectSpeedup: number; select: { medianMs: number }; warm: { ratio: Record<string, number> } };

function report(sizes: Size[], profile: object | null, schema: string): number {
  const big = sizes.at(-1)!;
  const checks = [
    ...sizes.map((s) => check(`parse+validate ÷ Papa.parse, ${s.rows} rows, plain`, s.warm.ratio.plain, `<= ${GOAL.ratio}`, s.warm.ratio.plain <= GOAL.ratio)),
    ...sizes.map((s) => check(`parse+validate ÷ Papa.parse, ${s.rows} rows, tsx`, s.warm.ratio.tsx, `<= ${GOAL.ratio}`, s.warm.ratio.tsx <= GOAL.ratio)),
    ...sizes
      .filter((s) => s.warm.ratio.candidate !== undefined)
      .map((s) => check(`parse+validate ÷ Papa.parse, ${s.rows} rows, candidate --lib`, s.warm.ratio.candidate, `<= ${GOAL.ratio}`, s.warm.ratio.candidate <= GOAL.ratio, false)),
    check('index.select median, 1M rows (ms)', round(big.select.medianMs, 3), `<= ${GOAL.selectMs} ms`, big.select.medianMs <= GOAL.selectMs, false),
    check('filterRows ÷ index.select, 1M rows', big.selectSpeedup, '> 1', big.selectSpeedup > 1),
    ...sizes.map((s) => check(`peak RSS, ${s.rows} rows (MiB)`, s.maxRssMiB, `< ${GOAL.rssMiB} MiB`, s.maxRssMiB < GOAL.rssMiB)),
  ];
  const command = `npm run bench -- scale${process.argv.slice(2).map((a) => ` ${a}`).join('')}`;
  const name = process.argv.includes('--lib') ? 'scale-candidate' : 'scale'; // keep the plain run's file
  return finish(name, command, { schema, select: SELECT, sizes, profile }, checks);
}

if (process.argv.includes('--rows')) child(process.argv);
else process.exitCode = parent();
