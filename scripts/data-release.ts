/**
 * npm run data-release -- minor|patch|major [--date YYYY-MM-DD]
 *
 * Stamps a release of the data package after changes are merged: bumps `version` in
 * data/datapackage.json (a new row: minor; a corrected figure: patch; a changed field: major), records
 * the release day and the fingerprint of the CSV files and resource schemas next to it, and turns
 * `## Unreleased` in data/CHANGELOG.md into `## <version> (<date>)`. Refuses when nothing is written
 * under `## Unreleased`, and sets the data reference's version and date in CITATION.cff. Then
 * `npm run validate-data` checks the data against that fingerprint.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyRelease, BUMPS, stampCitationCff, type Bump } from '../lib/core/data-release';
import { currentFingerprint } from './data-fingerprint';
import { dataDirectory } from '../lib/data-version.js';

const dir: string = dataDirectory();
const args = process.argv.slice(2);
const bump = args.find((a) => !a.startsWith('--') && !/^\d{4}-/.test(a));
const dateAt = args.indexOf('--date');
const date = dateAt >= 0 ? args[dateAt + 1] : new Date().toISOString().slice(0, 10);

if (!bump || !BUMPS.includes(bump as Bump)) {
  console.error(`usage: npm run data-release -- ${BUMPS.join('|')} [--date YYYY-MM-DD]\n  major: a field added, removed, renamed or retyped\n  minor: new rows\n  patch: corrected figures or text`);
  process.exit(2);
}

const packageFile = path.join(dir, 'datapackage.json');
const changelogFile = path.join(dir, 'CHANGELOG.md');
const packageText = readFileSync(packageFile, 'utf8');
const result = applyRelease({
  packageText,
  changelog: readFileSync(changelogFile, 'utf8'),
  bump: bump as Bump,
  date: date ?? '',
  current: currentFingerprint(dir, JSON.parse(packageText)),
});
if (!result.ok) {
  console.error(`data-release: ${result.error}`);
  process.exit(1);
}
// CITATION.cff at the project's root, where npm runs (CITATION_FILE overrides it).
const citationFile = path.resolve(process.env.CITATION_FILE ?? 'CITATION.cff');
let cff: string | null = null;
try {
  cff = stampCitationCff(readFileSync(citationFile, 'utf8'), result.version, date ?? '');
} catch {
  cff = null;
}
if (cff === null) {
  console.error(`data-release: ${path.relative(process.cwd(), citationFile)} has no data reference with version and date-released to update; nothing written`);
  process.exit(1);
}
writeFileSync(packageFile, result.packageText);
writeFileSync(changelogFile, result.changelog);
writeFileSync(citationFile, cff);
console.log(`data-release: data package ${result.version} (${date}); data/datapackage.json, data/CHANGELOG.md and CITATION.cff updated. Commit them.`);
