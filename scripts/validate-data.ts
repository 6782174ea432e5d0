/**
 * npm run validate-data: checks data/datapackage.json against the official Frictionless 2.0
 * profiles (JSON Schema draft-07, vendored in scripts/profiles), every CSV against its Table Schema
 * through the app's own data layer, data/claims.json and data/concepts.json against the data, and the
 * version rule (lib/core/data-release.ts): the package's semantic version has a changelog entry and the
 * CSV files and schemas are what that version recorded. Prints each problem; exits 1 if there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { formatProblem } from '../lib/core/csv/validate';
import { dataDir, getPackage, listDatasets } from '../lib/server/data';
import { claimsProblems } from '../lib/server/claims';
import { conceptsProblems } from '../lib/server/concepts';
import { scheduleProblems } from '../lib/core/currency';
import { citationCffProblems, readReleaseRecord, versionProblems } from '../lib/core/data-release';
import { currentFingerprint } from './data-fingerprint';
import { periodProblems, readView } from '../lib/core/view-declaration';

const profile = JSON.parse(readFileSync(path.join(__dirname, 'profiles', 'datapackage.json'), 'utf8'));

async function main(): Promise<number> {
  const problems: string[] = [];
  const descriptorFile = path.join(dataDir, 'datapackage.json');
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(readFileSync(descriptorFile, 'utf8'));
  } catch (e) {
    problems.push(`data/datapackage.json:1:1 (file)=: ${e instanceof Error ? e.message : e}`);
  }
  if (descriptor !== undefined) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('textarea', true); // a UI hint in the Frictionless profiles, not a constraint
    const valid = ajv.validate(profile, descriptor);
    if (!valid) {
      for (const err of ajv.errors ?? []) {
        problems.push(`data/datapackage.json ${err.instancePath || '/'}: ${err.message} (profile rule ${err.schemaPath})`);
      }
    }
    if (descriptor !== null && typeof descriptor === 'object') {
      let changelog = '';
      try {
        changelog = readFileSync(path.join(dataDir, 'CHANGELOG.md'), 'utf8');
      } catch {
        problems.push('data/CHANGELOG.md:1:1 (file)=: file not found');
      }
      const pkgObject = descriptor as Record<string, unknown>;
      problems.push(...versionProblems({ pkg: pkgObject, changelog, current: currentFingerprint(dataDir, pkgObject) }));
      // CITATION.cff (at the project's root, where npm runs) names the same data version.
      const citationFile = path.resolve(process.env.CITATION_FILE ?? 'CITATION.cff');
      try {
        const record = readReleaseRecord(pkgObject);
        problems.push(...citationCffProblems(readFileSync(citationFile, 'utf8'), String(pkgObject.version), typeof record === 'string' ? null : record.date));
      } catch {
        problems.push(`${path.relative(process.cwd(), citationFile)}: file not found (the citation metadata of the software and the data)`);
      }
    }
  }

  const pkg = await getPackage();
  if (!pkg.ok) problems.push(...pkg.error.map(formatProblem));
  else {
    const listed = new Set(pkg.value.resources.map((r) => r.path));
    for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.csv'))) {
      if (!listed.has(file)) problems.push(`data/${file}:1:1 (file)=: not described in data/datapackage.json`);
    }
    for (const result of await listDatasets()) {
      if (!result.ok) problems.push(...result.error.problems.map(formatProblem));
    }
    // Every resource declares its publishers' schedule (a custom `schedule` property, read by lib/core/currency).
    for (const resource of pkg.value.resources) {
      const loaded = (await listDatasets()).find((d) => d.ok && d.value.meta.id === resource.name);
      const rows = loaded?.ok ? loaded.value.rows : [];
      const fields = resource.schema.fields.map((f) => f.name);
      for (const p of scheduleProblems((resource as { schedule?: unknown }).schedule, fields, rows)) problems.push(`data/datapackage.json resources[${resource.name}].${p}`);
    }
    problems.push(...(await viewProblems(pkg.value.resources)));
    problems.push(...(await claimsProblems()));
    problems.push(...(await conceptsProblems()));
  }

  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    console.error(`\nvalidate-data: ${problems.length} problem(s) in ${path.relative(process.cwd(), dataDir) || '.'}/`);
    return 1;
  }
  const count = pkg.ok ? pkg.value.resources.length : 0;
  const version = (descriptor as { version?: string }).version;
  console.log(`validate-data: data/datapackage.json matches the Frictionless 2.0 profile; ${count} resources, the claims, the comparisons and every resource's schedule are valid; the data is version ${version} as released.`);
  return 0;
}

/** Each resource's declared view, checked against its schema, and every row's period against the declared grain. */
async function viewProblems(resources: Array<Parameters<typeof readView>[0] & { name: string; path: string }>): Promise<string[]> {
  const out: string[] = [];
  const datasets = new Map((await listDatasets()).flatMap((d) => (d.ok ? [[d.value.meta.id, d.value.rows] as const] : [])));
  for (const resource of resources) {
    const { view, problems } = readView(resource);
    out.push(...problems.map((p) => `data/datapackage.json resources/${resource.name}/${p}`));
    if (problems.length > 0) continue;
    for (const p of periodProblems(datasets.get(resource.name) ?? [], view)) out.push(`data/${resource.path} row ${p.index + 1} ${view.period}=${p.value}: ${p.rule}`);
  }
  return out;
}

main().then((code) => process.exit(code));
