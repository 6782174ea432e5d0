/**
 * The data layer at 10k, 100k and 1M synthetic talent-shaped rows, each size in its own child
 * process (so peak RSS is per size): parseCsv + validateTable as a ratio to a bare Papa.parse of
 * the same text in the same process, DatasetIndex build time, and index.select against the
 * linear scan filterRows. `--cpu-prof` also profiles the 1M-row pipeline.
 *
 * lib/ is measured twice: as tsx loads it (esbuild with keepNames, which wraps every closure in a
 * __name() call, so a closure made per cell costs a defineProperty) and "plain": types stripped
 * by TypeScript's transpileModule, no wrappers, as `next build` (SWC) ships it.
 *
 *   parent: node --conditions=react-server --import tsx bench/scale.ts [--cpu-prof]
 *   child:  ... bench/scale.ts --rows 100000 [--pipeline-only]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import Papa from 'papaparse';
import ts from 'typescript';
import * as tsxParse from '../lib/csv/parse';
import * as tsxValidate from '../lib/csv/validate';
import type * as FilterModule from '../lib/filter';
import type { Filter } from '../lib/filter';
import type { FieldDescriptor, PackageDescriptor, TableSchema } from '../lib/types';
import { check, finish, median, ROOT, round } from './shared';

const SIZES = [10_000, 100_000, 1_000_000];
const REPS: Record<number, number> = { 10_000: 21, 100_000: 9, 1_000_000: 5 };
const FIRST_YEAR = 1925;
const YEARS = 100; // 1925-2024
const KEY = ['measure', 'tier', 'country', 'year'];
const SELECT: Filter = { countries: ['China'], from: 2019, to: 2022, facets: {} };
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

/** Rows unique on measure+tier+country+year, in that sort order, with some quoted notes. */
function generateCsv(rows: number, schema: TableSchema): string {
  const measures = enumOf(schema, 'measure', ['origin_share']);
  const tiers = enumOf(schema, 'tier', ['top']);
  const confidences = enumOf(schema, 'confidence', ['primary']);
  const units = enumOf(schema, 'unit', ['percent']);
  const perCountry = measures.length * tiers.length * YEARS;
  const named = ['China', 'United States', 'India', 'Europe', 'World'];
  const countries = Array.from({ length: Math.ceil(rows / perCountry) }, (_, i) => named[i] ?? `Country ${String(i).padStart(5, '0')}`);
  const noteRequired = schema.fields.find((f) => f.name === 'note')?.constraints?.required === true;
  const header = schema.fields.map((f) => f.name);
  const lines = [header.join(',')];
  let i = 0;
  outer: for (const measure of measures)
    for (const tier of tiers)
      for (const country of countries)
        for (let y = 0; y < YEARS; y++) {
          if (i === rows) break outer;
          const cell: Record<string, string> = {
            measure,
            tier,
            country,
            year: String(FIRST_YEAR + y),
            value: String(((i * 7919) % 1000) / 10),
            unit: units[0],
            source_id: 'synthetic-source',
            confidence: confidences[i % confidences.length],
            note: i % 10 === 0 ? `Estimate, as cited; "top-tier" means ${tier}` : i % 3 === 0 || noteRequired ? 'Synthetic row' : '',
          };
          lines.push(header.map((name) => quote(cell[name] ?? 'x')).join(','));
          i++;
        }
  return `${lines.join('\n')}\n`;
}

/** A lib/ module and what it imports from lib/, types stripped by TypeScript, run without tsx's hooks. */
function loadPlain<T>(entry: string): T {
  const modules = new Map<string, { exports: Record<string, unknown> }>();
  const nodeRequire = createRequire(path.join(ROOT, 'package.json'));
  const resolve = (p: string) => [`${p}.ts`, `${p}.tsx`, path.join(p, 'index.ts'), p].find((f) => existsSync(f) && statSync(f).isFile())!;
  const load = (file: string): Record<string, unknown> => {
    let mod = modules.get(file);
    if (mod) return mod.exports;
    modules.set(file, (mod = { exports: {} }));
    const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), { fileName: file, compilerOptions });
    const req = (spec: string) => (spec.startsWith('.') ? load(resolve(path.resolve(path.dirname(file), spec))) : nodeRequire(spec));
    vm.runInThisContext(`(function (exports, require, module) {${outputText}\n})`, { filename: file })(mod.exports, req, mod);
    return mod.exports;
  };
  return load(path.join(ROOT, entry)) as T;
}

const plain = {
  parse: loadPlain<typeof tsxParse>('lib/csv/parse.ts'),
  validate: loadPlain<typeof tsxValidate>('lib/csv/validate.ts'),
  filter: loadPlain<typeof FilterModule>('lib/filter.ts'),
};
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

/** One size, in this process. Prints its figures as JSON on the last line. */
function child(rows: number, pipelineOnly: boolean) {
  const { schema, origin } = syntheticSchema();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
  const file = path.join(dir, `talent-${rows}.csv`);
  writeFileSync(file, generateCsv(rows, schema));
  const text = readFileSync(file, 'utf8');
  rmSync(dir, { recursive: true });

  // The app's path once, cold (plain build): parse, validate, index, select. Peak RSS right after.
  let first: { rows: ReturnType<typeof parseValidate>['rows'] | null } & Omit<ReturnType<typeof parseValidate>, 'rows'> = parseValidate(plain, text, schema);
  const table = first.rows!;
  const [index, indexMs] = time(() => new plain.filter.DatasetIndex(table, 'year'));
  const selectMs: number[] = [];
  const scanMs: number[] = [];
  let matches = 0;
  for (let k = 0; k < 51; k++) {
    const [sel, ms] = time(() => index.select(SELECT));
    selectMs.push(ms);
    matches = sel.length;
  }
  for (let k = 0; k < 7; k++) {
    const [scan, ms] = time(() => plain.filter.filterRows(table, SELECT, 'year'));
    scanMs.push(ms);
    if (scan.length !== matches) throw new Error(`index selected ${matches} rows, the scan ${scan.length}`);
  }
  const out = {
    rows,
    csvMiB: round(Buffer.byteLength(text) / 2 ** 20, 1),
    schema: origin,
    cold: { parseMs: first.parseMs, validateMs: first.validateMs },
    indexBuildMs: indexMs,
    select: { matches, medianMs: median(selectMs), runs: selectMs.length },
    scan: { medianMs: median(scanMs), runs: scanMs.length },
    maxRssMiB: round(process.resourceUsage().maxRSS / 1024, 0),
    warm: null as null | Record<'papaMs' | 'plainParseMs' | 'plainValidateMs' | 'tsxParseMs' | 'tsxValidateMs', number[]>,
  };
  first = { ...first, rows: null };
  if (!pipelineOnly) {
    // Warm: bare Papa.parse, plain and tsx parseCsv + validateTable, rotating which goes first.
    const warm = { papaMs: [] as number[], plainParseMs: [] as number[], plainValidateMs: [] as number[], tsxParseMs: [] as number[], tsxValidateMs: [] as number[] };
    const steps = [
      () => warm.papaMs.push(time(() => Papa.parse<string[]>(text, { delimiter: ',' }))[1]),
      () => {
        const r = parseValidate(plain, text, schema);
        warm.plainParseMs.push(r.parseMs);
        warm.plainValidateMs.push(r.validateMs);
      },
      () => {
        const r = parseValidate({ parse: tsxParse, validate: tsxValidate }, text, schema);
        warm.tsxParseMs.push(r.parseMs);
        warm.tsxValidateMs.push(r.validateMs);
      },
    ];
    for (let k = 0; k < (REPS[rows] ?? 5); k++) {
      for (let s = 0; s < steps.length; s++) {
        gc();
        steps[(k + s) % steps.length]();
      }
    }
    out.warm = warm;
  }
  console.log(JSON.stringify(out));
}

type ChildOut = ReturnType<typeof JSON.parse>;

function runChild(rows: number, extra: string[] = [], pipelineOnly = false): ChildOut {
  const args = ['--conditions=react-server', '--import', 'tsx', '--expose-gc', '--max-old-space-size=4096', ...extra, __filename, '--rows', String(rows)];
  if (pipelineOnly) args.push('--pipeline-only');
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`scale child for ${rows} rows exited with ${r.status}`);
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
  const sizes = SIZES.map((rows) => {
    const r = runChild(rows);
    const w = r.warm;
    const papa = median(w.papaMs);
    const sum = (a: number[], b: number[]) => median(a.map((x, i) => x + b[i]));
    const plainMs = sum(w.plainParseMs, w.plainValidateMs);
    const tsxMs = sum(w.tsxParseMs, w.tsxValidateMs);
    const size = {
      ...r,
      warm: undefined,
      reps: w.papaMs.length,
      medianMs: {
        papa: round(papa),
        plain: { parse: round(median(w.plainParseMs)), validate: round(median(w.plainValidateMs)), both: round(plainMs) },
        tsx: { parse: round(median(w.tsxParseMs)), validate: round(median(w.tsxValidateMs)), both: round(tsxMs) },
      },
      ratio: { plain: round(plainMs / papa, 2), tsx: round(tsxMs / papa, 2) },
      selectSpeedup: round(r.scan.medianMs / r.select.medianMs, 0),
    };
    console.log(
      `${rows} rows (${r.csvMiB} MiB): Papa ${round(papa, 1)} ms; parse+validate plain ${round(plainMs, 1)} ms = ${size.ratio.plain}x, ` +
        `tsx ${round(tsxMs, 1)} ms = ${size.ratio.tsx}x; index ${round(r.indexBuildMs, 1)} ms; ` +
        `select ${round(r.select.medianMs, 3)} ms vs scan ${round(r.scan.medianMs, 2)} ms; peak RSS ${r.maxRssMiB} MiB`,
    );
    return size;
  });
  let profile = null;
  if (process.argv.includes('--cpu-prof')) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-prof-'));
    runChild(1_000_000, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=500'], true);
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    // tsx's loader thread writes a second, idle profile; the main thread's is the larger one.
    const main = files.sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size)[0];
    if (main) profile = { rows: 1_000_000, covers: 'the whole 1M-row child, plain build: generate, parse, validate, index, select', top: profileSummary(path.join(dir, main)) };
    rmSync(dir, { recursive: true });
    console.table(profile?.top);
  }
  const big = sizes.at(-1)!;
  const checks = [
    ...sizes.map((s) => check(`parse+validate ÷ Papa.parse, ${s.rows} rows, plain`, s.ratio.plain, `<= ${GOAL.ratio}`, s.ratio.plain <= GOAL.ratio)),
    ...sizes.map((s) => check(`parse+validate ÷ Papa.parse, ${s.rows} rows, tsx`, s.ratio.tsx, `<= ${GOAL.ratio}`, s.ratio.tsx <= GOAL.ratio)),
    check('index.select median, 1M rows (ms)', round(big.select.medianMs, 3), `<= ${GOAL.selectMs} ms`, big.select.medianMs <= GOAL.selectMs, false),
    check('filterRows ÷ index.select, 1M rows', big.selectSpeedup, '> 1', big.selectSpeedup > 1),
    ...sizes.map((s) => check(`peak RSS, ${s.rows} rows (MiB)`, s.maxRssMiB, `< ${GOAL.rssMiB} MiB`, s.maxRssMiB < GOAL.rssMiB)),
  ];
  const command = `npm run bench -- scale${profile ? ' --cpu-prof' : ''}`;
  return finish('scale', command, { select: SELECT, sizes, profile }, checks);
}

const at = process.argv.indexOf('--rows');
if (at !== -1) child(Number(process.argv[at + 1]), process.argv.includes('--pipeline-only'));
else process.exitCode = parent();
