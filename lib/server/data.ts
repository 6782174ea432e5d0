import 'server-only';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCsv } from '../core/csv/parse';
import { asArray, formatProblem, validateTable } from '../core/csv/validate';
import { factDateProblems } from '../core/csv/fact-dates';
import { parseChangelog, type ChangeEntry } from '../core/changelog';
import { buildMeta } from '../core/dataset-meta';
import { DatasetIndex } from '../core/filter';
import { inForceKeeping } from '../core/status-on';
import { dataDirectory, dataVersion } from '../data-version.js';
import type { Dataset, DatasetError, PackageDescriptor, Problem, ResourceDescriptor, Result, Row, Source } from '../core/types';

/**
 * The one data-access layer. Only this module reads data/ (lib/page-cache.js only fingerprints it).
 * DATA_DIR (default `./data`, resolved in lib/data-version.js) lets tests serve a copy of the data.
 */
export const dataDir: string = dataDirectory();
const PACKAGE_FILE = 'datapackage.json';

/** A read or parse error in words a reader can act on, without the server's own paths. */
function describeError(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'code' in e && e.code === 'ENOENT') return 'file not found';
  const message = e instanceof Error ? e.message : String(e);
  return message.split(dataDir).join('data');
}

/**
 * A fingerprint of everything in data/ (names and bytes; re-read only when a size or modification time
 * changes): what is computed from all of data/ at once (the claims' verdicts) is kept until it changes.
 */
export function dataFingerprint(): string {
  return dataVersion(dataDir);
}

type Loaded<T> = { stamp: string; value: T };
const cache = new Map<string, Loaded<unknown>>();

/** A synchronous stat: a few microseconds on these small files, and no promise per file per request. */
function stampOf(file: string): string | null {
  try {
    const s = statSync(/*turbopackIgnore: true*/ file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return null;
  }
}

/** Re-reads a file only when its modification time or size changed. */
async function cached<T>(key: string, files: string[], load: () => Promise<T>): Promise<T> {
  const stamp = files.map(stampOf).join('|');
  const hit = cache.get(key) as Loaded<T> | undefined;
  if (hit && hit.stamp === stamp) return hit.value;
  const value = await load();
  cache.set(key, { stamp, value });
  return value;
}

export type PackageResult = Result<PackageDescriptor, Problem[]>;

export function getPackage(): Promise<PackageResult> {
  const file = path.join(dataDir, PACKAGE_FILE);
  return cached('package', [file], async () => {
    try {
      const pkg = JSON.parse(await readFile(/*turbopackIgnore: true*/ file, 'utf8')) as PackageDescriptor;
      if (!Array.isArray(pkg.resources)) throw new Error('resources: expected an array');
      return { ok: true, value: pkg } as PackageResult;
    } catch (e) {
      const rule = describeError(e);
      return { ok: false, error: [{ file: `data/${PACKAGE_FILE}`, line: 1, column: 1, field: '(file)', value: '', rule }] };
    }
  });
}

/** The raw bytes of the package descriptor, for download. */
export async function readPackageFile(): Promise<Buffer> {
  return readFile(/*turbopackIgnore: true*/ path.join(dataDir, PACKAGE_FILE));
}

/** Resources are found by name in the package, never by joining user input into a path. */
async function findResource(id: string): Promise<ResourceDescriptor | null> {
  const pkg = await getPackage();
  if (!pkg.ok) return null;
  return pkg.value.resources.find((r) => r.name === id) ?? null;
}

function resourceFile(resource: ResourceDescriptor): string {
  const file = path.resolve(dataDir, resource.path);
  if (path.dirname(file) !== dataDir) throw new Error(`resource path escapes data/: ${resource.path}`);
  return file;
}

interface Table {
  rows: Row[];
  problems: Problem[];
  lineOf: (recordIndex: number) => number;
}

const firstLine = () => 1;

async function loadTable(resource: ResourceDescriptor): Promise<Table> {
  const display = `data/${resource.path}`;
  let file: string;
  let text: string;
  try {
    file = resourceFile(resource);
    text = await readFile(/*turbopackIgnore: true*/ file, 'utf8');
  } catch (e) {
    const rule = describeError(e);
    const problem = { file: display, line: 1, column: 1, field: '(file)', value: '', rule: `cannot read: ${rule}` };
    return { rows: [], problems: [problem], lineOf: firstLine };
  }
  const parsed = parseCsv(text, display);
  if (!parsed.ok) return { rows: [], problems: parsed.problems, lineOf: firstLine };
  return { ...validateTable(parsed.csv, resource.schema, display), lineOf: parsed.csv.lineOf };
}

async function sourcesTable(pkg: PackageDescriptor): Promise<Table> {
  const resource = pkg.resources.find((r) => r.name === 'sources');
  if (!resource) return { rows: [], problems: [], lineOf: firstLine };
  return cached(`table:sources`, [path.join(dataDir, PACKAGE_FILE), resourceFile(resource)], () => loadTable(resource));
}

export async function getSources(): Promise<Map<string, Source>> {
  const pkg = await getPackage();
  if (!pkg.ok) return new Map();
  const table = await sourcesTable(pkg.value);
  return new Map(table.rows.map((row) => [String(row.id), row as unknown as Source]));
}

function foreignKeyProblems(resource: ResourceDescriptor, rows: Row[], ids: Set<string>, lineOf: (i: number) => number): Problem[] {
  const problems: Problem[] = [];
  for (const fk of resource.schema.foreignKeys ?? []) {
    if (fk.reference.resource !== 'sources') continue;
    const [field] = asArray(fk.fields);
    const column = resource.schema.fields.findIndex((f) => f.name === field) + 1;
    rows.forEach((row, i) => {
      const value = row[field];
      if (value !== null && !ids.has(String(value))) {
        problems.push({ file: `data/${resource.path}`, line: lineOf(i), column, field, value: String(value), rule: 'foreign key: no such id in data/sources.csv' });
      }
    });
  }
  return problems;
}

export type DatasetResult = Result<Dataset & { index: DatasetIndex }, DatasetError>;

/** A dataset with its typed rows, or a typed error listing every problem. Null when the id is unknown. */
export async function getDataset(id: string): Promise<DatasetResult | null> {
  const resource = await findResource(id);
  if (!resource) return null;
  const pkgResult = await getPackage();
  if (!pkgResult.ok) return null;
  const pkg = pkgResult.value;
  const sourcesResource = pkg.resources.find((r) => r.name === 'sources');
  const files = [path.join(dataDir, PACKAGE_FILE), resourceFile(resource)];
  if (sourcesResource) files.push(resourceFile(sourcesResource));
  files.push(path.join(dataDir, CHANGELOG_FILE));
  return cached(`dataset:${id}`, files, async (): Promise<DatasetResult> => {
    const table = resource.name === 'sources' ? await sourcesTable(pkg) : await loadTable(resource);
    const sources = await getSources();
    const problems = [...table.problems];
    if (problems.length === 0) {
      problems.push(...foreignKeyProblems(resource, table.rows, new Set(sources.keys()), table.lineOf));
      // The fact-date rules also report an unknown first_source_id; keep one copy of each problem.
      const seen = new Set(problems.map(formatProblem));
      const fieldNames = resource.schema.fields.map((f) => f.name);
      for (const p of factDateProblems(`data/${resource.path}`, fieldNames, table.rows, sources, table.lineOf)) {
        if (!seen.has(formatProblem(p))) problems.push(p);
      }
    }
    if (problems.length > 0) {
      return { ok: false, error: { id, title: resource.title ?? id, path: resource.path, problems } };
    }
    const meta = buildMeta(pkg, resource, table.rows, sources, await getChangelog());
    return { ok: true, value: { meta, rows: table.rows, index: new DatasetIndex(table.rows, meta.timeField, inForceKeeping(sources)) } };
  });
}

/** Every dataset the package lists, loaded or failed. */
export async function listDatasets(): Promise<DatasetResult[]> {
  const pkg = await getPackage();
  if (!pkg.ok) return [];
  const results = await Promise.all(pkg.value.resources.map((r) => getDataset(r.name)));
  return results.filter((r): r is DatasetResult => r !== null);
}

/** The dataset's file exactly as stored, for the full download. */
export async function readDatasetFile(id: string): Promise<{ bytes: Buffer; name: string } | null> {
  const resource = await findResource(id);
  if (!resource) return null;
  return { bytes: await readFile(/*turbopackIgnore: true*/ resourceFile(resource)), name: path.basename(resource.path) };
}

const CHANGELOG_FILE = 'CHANGELOG.md';

/** data/CHANGELOG.md as entries; none when the file is missing (the changelog is informative, not required). */
export function getChangelog(): Promise<ChangeEntry[]> {
  const file = path.join(dataDir, CHANGELOG_FILE);
  return cached('changelog', [file], async () => {
    try {
      return parseChangelog(await readFile(/*turbopackIgnore: true*/ file, 'utf8'));
    } catch {
      return [];
    }
  });
}

/** A JSON file of data/ parsed (not yet checked), or why it could not be read; cached by modification time. */
function readDataJson(name: string): Promise<Result<unknown, string>> {
  const file = path.join(dataDir, name);
  return cached(name, [file], async () => {
    try {
      return { ok: true, value: JSON.parse(await readFile(/*turbopackIgnore: true*/ file, 'utf8')) } as Result<unknown, string>;
    } catch (e) {
      return { ok: false, error: `data/${name}: ${describeError(e)}` };
    }
  });
}

/** data/claims.json parsed (not yet checked), or why it could not be read. */
export const getClaimsJson = () => readDataJson('claims.json');

/** data/concepts.json parsed (not yet checked), or why it could not be read. */
export const getConceptsJson = () => readDataJson('concepts.json');
