import { changelogSections, SEMVER, type ChangelogSection } from './changelog';

/**
 * Versions of the data package. `version` in data/datapackage.json is semantic: a new row is a minor
 * release, a corrected figure a patch, a changed field (added, removed, renamed, retyped) a major. Next
 * to it, `x-release` records the day of the release and a fingerprint of what it contains: one SHA-256
 * per CSV file (its bytes) and per resource schema (its Table Schema as canonical JSON). The version
 * and the fingerprint themselves are not hashed. `npm run validate-data` compares the data with that
 * fingerprint; `npm run data-release -- minor|patch|major` stamps a new release.
 */
export const RELEASE_PROPERTY = 'x-release';

export type Bump = 'major' | 'minor' | 'patch';
export const BUMPS: readonly Bump[] = ['major', 'minor', 'patch'];

/** Item name (`talent.csv`, `talent schema`) to `sha256:<hex>`. */
export type Fingerprint = Record<string, string>;

export interface ReleaseRecord {
  /** The version this fingerprint was recorded for. */
  version: string;
  /** The day of the release (YYYY-MM-DD). */
  date: string;
  fingerprint: Fingerprint;
}

/** JSON with object keys in name order, so the same schema always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A digest of bytes or text, as `<algorithm>:<hex>` (the scripts pass SHA-256 from node:crypto). */
export type Digest = (data: string | Uint8Array) => string;

/** The fingerprint of a package: each CSV file's bytes and each resource's schema. */
export function fingerprintOf(csvFiles: Array<{ name: string; bytes: Uint8Array }>, resources: Array<{ name: string; schema?: unknown }>, digest: Digest): Fingerprint {
  const items: Fingerprint = {};
  for (const f of csvFiles) items[f.name] = digest(f.bytes);
  for (const r of resources) items[`${r.name} schema`] = digest(canonicalJson(r.schema ?? null));
  return Object.fromEntries(Object.entries(items).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export interface FingerprintDiff {
  changed: string[];
  added: string[];
  removed: string[];
}

export function diffFingerprints(recorded: Fingerprint, current: Fingerprint): FingerprintDiff {
  const keys = (o: Fingerprint) => Object.keys(o).sort();
  return {
    changed: keys(current).filter((k) => k in recorded && recorded[k] !== current[k]),
    added: keys(current).filter((k) => !(k in recorded)),
    removed: keys(recorded).filter((k) => !(k in current)),
  };
}

/** The release record stored in a package descriptor, or why it cannot be used. */
export function readReleaseRecord(pkg: Record<string, unknown>): ReleaseRecord | string {
  const raw = pkg[RELEASE_PROPERTY];
  if (raw === undefined) return `no "${RELEASE_PROPERTY}" recorded next to "version"`;
  if (raw === null || typeof raw !== 'object') return `"${RELEASE_PROPERTY}" must be an object`;
  const r = raw as Record<string, unknown>;
  if (typeof r.version !== 'string' || typeof r.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.date)) return `"${RELEASE_PROPERTY}" needs "version" and "date" (YYYY-MM-DD)`;
  if (r.fingerprint === null || typeof r.fingerprint !== 'object' || Object.values(r.fingerprint).some((v) => typeof v !== 'string')) return `"${RELEASE_PROPERTY}.fingerprint" must map items to hashes`;
  return { version: r.version, date: r.date, fingerprint: r.fingerprint as Fingerprint };
}

const RELEASE_HOW = 'add a line under `## Unreleased` in data/CHANGELOG.md and run `npm run data-release -- minor|patch|major` (a new row: minor; a corrected figure: patch; a changed field: major)';

function describeItem(item: string): string {
  return item.endsWith(' schema') ? `the schema of resource \`${item.slice(0, -' schema'.length)}\` in data/datapackage.json` : `data/${item}`;
}

export interface VersionCheckInput {
  /** data/datapackage.json, parsed. */
  pkg: Record<string, unknown>;
  /** data/CHANGELOG.md, as text. */
  changelog: string;
  /** The fingerprint of the data as it is now. */
  current: Fingerprint;
}

/**
 * The version rule, as problems in words (none when the rule holds): the package has a semantic
 * version; that version has an entry in the changelog; the data is what that version recorded.
 */
export function versionProblems({ pkg, changelog, current }: VersionCheckInput): string[] {
  const problems: string[] = [];
  const version = pkg.version;
  if (typeof version !== 'string' || !SEMVER.test(version)) {
    return [`data/datapackage.json version: ${JSON.stringify(version ?? null)} is not a semantic version (MAJOR.MINOR.PATCH)`];
  }
  const sections = changelogSections(changelog);
  const releases = sections.filter((s) => s.kind === 'release');
  const entry = releases.find((s) => s.version === version);
  if (!entry) problems.push(`data/CHANGELOG.md: version ${version} (data/datapackage.json) has no changelog entry; add a heading \`## ${version} (YYYY-MM-DD)\` with its lines, or run \`npm run data-release\``);
  else if (entry.bullets.length === 0) problems.push(`data/CHANGELOG.md:${entry.line}: version ${version} has a heading but no lines saying what changed`);
  const seen = new Set<string>();
  for (const s of releases) {
    if (seen.has(s.version!)) problems.push(`data/CHANGELOG.md:${s.line}: version ${s.version} appears twice`);
    seen.add(s.version!);
    if (compareVersions(s.version!, version) > 0) problems.push(`data/CHANGELOG.md:${s.line}: version ${s.version} is newer than the package's version ${version}`);
  }
  const record = readReleaseRecord(pkg);
  if (typeof record === 'string') {
    problems.push(`data/datapackage.json: ${record}, so data changes cannot be checked against version ${version}; run \`npm run data-release\``);
    return problems;
  }
  if (record.version !== version) {
    problems.push(`data/datapackage.json: version is ${version} but the recorded fingerprint belongs to ${record.version}; set versions only through \`npm run data-release -- minor|patch|major\``);
    return problems;
  }
  const diff = diffFingerprints(record.fingerprint, current);
  const named = [...diff.changed.map((i) => `${describeItem(i)} changed`), ...diff.added.map((i) => `${describeItem(i)} is new`), ...diff.removed.map((i) => `${describeItem(i)} is gone`)];
  if (named.length > 0) {
    const pending = sections.find((s) => s.kind === 'unreleased');
    const note = pending && pending.bullets.length > 0 ? ` (${pending.bullets.length} line(s) wait under \`## Unreleased\`)` : ' and no line under `## Unreleased` says why';
    problems.push(`data changed since version ${version} (released ${record.date}) without a new version${note}: ${named.join('; ')}. To release it, ${RELEASE_HOW}`);
  }
  return problems;
}

/** -1, 0 or 1 as a is older than, the same as or newer than b (both MAJOR.MINOR.PATCH). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  return 0;
}

export function bumpVersion(version: string, bump: Bump): string {
  const m = SEMVER.exec(version);
  if (!m) throw new Error(`"${version}" is not a semantic version`);
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

export interface ReleaseInput {
  /** data/datapackage.json as text (kept in its two-space JSON form). */
  packageText: string;
  changelog: string;
  bump: Bump;
  /** The release day, YYYY-MM-DD. */
  date: string;
  /** The fingerprint of the data being released. */
  current: Fingerprint;
}

export type ReleaseResult = { ok: true; version: string; packageText: string; changelog: string } | { ok: false; error: string };

/**
 * A release: bumps `version`, records the fingerprint and day next to it, and turns `## Unreleased`
 * into `## <version> (<date>)`. Refuses when there is nothing under `## Unreleased`.
 */
export function applyRelease({ packageText, changelog, bump, date, current }: ReleaseInput): ReleaseResult {
  if (!BUMPS.includes(bump)) return { ok: false, error: `the release kind must be one of ${BUMPS.join(', ')} (got "${bump}")` };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { ok: false, error: `the release day must be YYYY-MM-DD (got "${date}")` };
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(packageText);
  } catch (e) {
    return { ok: false, error: `data/datapackage.json is not JSON: ${e instanceof Error ? e.message : e}` };
  }
  const from = typeof pkg.version === 'string' && SEMVER.test(pkg.version) ? pkg.version : null;
  if (!from) return { ok: false, error: `data/datapackage.json version ${JSON.stringify(pkg.version ?? null)} is not a semantic version` };
  const pending: ChangelogSection | undefined = changelogSections(changelog).find((s) => s.kind === 'unreleased');
  if (!pending) return { ok: false, error: 'data/CHANGELOG.md has no `## Unreleased` heading: write what changed there first' };
  if (pending.bullets.length === 0) return { ok: false, error: 'data/CHANGELOG.md has no lines under `## Unreleased`: write what changed there first' };
  const version = bumpVersion(from, bump);
  // Rebuild the descriptor with version and its release record side by side, every other key in place.
  const next: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(pkg)) {
    if (k === RELEASE_PROPERTY) continue;
    next[k] = k === 'version' ? version : v;
    if (k === 'version') next[RELEASE_PROPERTY] = { version, date, fingerprint: current } satisfies ReleaseRecord;
  }
  const lines = changelog.split('\n');
  lines[pending.line - 1] = `## ${version} (${date})`;
  return { ok: true, version, packageText: `${JSON.stringify(next, null, 2)}\n`, changelog: lines.join('\n') };
}

/** The lines of CITATION.cff's `type: data` reference: [first, end) line indexes, or null. */
function dataReference(lines: string[]): [number, number] | null {
  const start = lines.findIndex((l) => /^\s*- type: data\s*$/.test(l));
  if (start < 0) return null;
  const indent = lines[start].indexOf('-');
  let end = start + 1;
  while (end < lines.length && (lines[end].trim() === '' || lines[end].search(/\S/) > indent)) end++;
  return [start, end];
}

/** The data version and release day CITATION.cff names for the data package. */
export function citationCffDataRelease(cff: string): { version: string | null; date: string | null } {
  const lines = cff.split('\n');
  const range = dataReference(lines);
  if (!range) return { version: null, date: null };
  const block = lines.slice(range[0], range[1]);
  const value = (key: string) => {
    const line = block.find((l) => new RegExp(`^\\s+${key}:`).test(l));
    return line ? line.replace(new RegExp(`^\\s+${key}:\\s*`), '').replace(/^"(.*)"$/, '$1').trim() : null;
  };
  return { version: value('version'), date: value('date-released') };
}

/** CITATION.cff with the data reference's version and date-released set. */
export function stampCitationCff(cff: string, version: string, date: string): string | null {
  const lines = cff.split('\n');
  const range = dataReference(lines);
  if (!range) return null;
  let found = 0;
  for (let i = range[0]; i < range[1]; i++) {
    if (/^\s+version:/.test(lines[i])) (lines[i] = lines[i].replace(/version:.*$/, `version: "${version}"`)), found++;
    if (/^\s+date-released:/.test(lines[i])) (lines[i] = lines[i].replace(/date-released:.*$/, `date-released: ${date}`)), found++;
  }
  return found === 2 ? lines.join('\n') : null;
}

/** CITATION.cff must name the package's version and its release day for the data. */
export function citationCffProblems(cff: string, version: string, released: string | null): string[] {
  const named = citationCffDataRelease(cff);
  if (named.version === null) return ['CITATION.cff: no `type: data` reference with a `version` for the data package'];
  const problems: string[] = [];
  if (named.version !== version) problems.push(`CITATION.cff: the data reference says version ${named.version}, data/datapackage.json says ${version}; \`npm run data-release\` keeps them together`);
  if (released && named.date !== released) problems.push(`CITATION.cff: the data reference's date-released is ${named.date}, version ${version} was released ${released}`);
  return problems;
}
