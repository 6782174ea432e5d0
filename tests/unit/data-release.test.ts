import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changelogSections, parseChangelog } from '../../lib/core/changelog';
import { createHash } from 'node:crypto';
import { applyRelease, bumpVersion, fingerprintOf, versionProblems } from '../../lib/core/data-release';

const enc = (s: string) => new TextEncoder().encode(s);
const sha = (d: string | Uint8Array) => `sha256:${createHash('sha256').update(d).digest('hex')}`;
const schema = { fields: [{ name: 'year', type: 'year' }, { name: 'value', type: 'number' }] };
const data = (talent = 'year,value\n2019,31\n') => fingerprintOf([{ name: 'talent.csv', bytes: enc(talent) }], [{ name: 'talent', schema }], sha);
const CHANGELOG = '# Data changelog\n\nIntro.\n\n## Unreleased\n\n## 1.0.0 (2026-11-26)\n- `talent`: shares primary\n\n## Pre-release (2026-11-25)\n- `talent`: first release\n';
const pkgText = (extra: Record<string, unknown> = {}) => `${JSON.stringify({ name: 'p', version: '1.0.0', ...extra, resources: [{ name: 'talent', path: 'talent.csv', schema }] }, null, 2)}\n`;

/** A package released as 1.0.0 on the fixture data, through the release function itself. */
function released(): { pkg: Record<string, unknown>; changelog: string } {
  const first = applyRelease({ packageText: pkgText({ version: '0.9.0' }), changelog: CHANGELOG.replace('## 1.0.0 (2026-11-26)', '## Unreleased').replace('## Unreleased\n\n## Unreleased', '## Unreleased'), bump: 'major', date: '2026-11-26', current: data() });
  assert.ok(first.ok, first.ok ? '' : first.error);
  return { pkg: JSON.parse(first.packageText), changelog: first.changelog };
}

test('semantic bumps: a changed field is a major, a new row a minor, a corrected figure a patch', () => {
  assert.equal(bumpVersion('1.4.2', 'major'), '2.0.0');
  assert.equal(bumpVersion('1.4.2', 'minor'), '1.5.0');
  assert.equal(bumpVersion('1.4.2', 'patch'), '1.4.3');
  assert.throws(() => bumpVersion('1.4', 'patch'), /not a semantic version/);
});

test('the fingerprint follows CSV bytes and schemas, not key order', () => {
  const a = fingerprintOf([{ name: 't.csv', bytes: enc('x\n1\n') }], [{ name: 't', schema: { fields: [{ name: 'x', type: 'integer' }], primaryKey: ['x'] } }], sha);
  const b = fingerprintOf([{ name: 't.csv', bytes: enc('x\n1\n') }], [{ name: 't', schema: { primaryKey: ['x'], fields: [{ type: 'integer', name: 'x' }] } }], sha);
  assert.deepEqual(a, b);
  assert.notEqual(fingerprintOf([{ name: 't.csv', bytes: enc('x\n2\n') }], [], sha)['t.csv'], a['t.csv']);
});

test('released data passes; the release names the version in the changelog and records the day', () => {
  const { pkg, changelog } = released();
  assert.equal(pkg.version, '1.0.0');
  assert.deepEqual(Object.keys(pkg).slice(0, 3), ['name', 'version', 'x-release'], 'the record sits next to the version');
  assert.equal((pkg['x-release'] as { date: string }).date, '2026-11-26');
  assert.deepEqual(versionProblems({ pkg, changelog, current: data() }), []);
  assert.equal(changelogSections(changelog).find((s) => s.version === '1.0.0')?.date, '2026-11-26');
});

test('a data change without a new version is refused, naming the file that changed', () => {
  const { pkg, changelog } = released();
  const problems = versionProblems({ pkg, changelog, current: data('year,value\n2019,32\n') });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /data changed since version 1\.0\.0 \(released 2026-11-26\)/);
  assert.match(problems[0], /data\/talent\.csv changed/);
  assert.match(problems[0], /npm run data-release -- minor\|patch\|major/);
});

test('a schema change names the resource; new and removed files are named', () => {
  const { pkg, changelog } = released();
  const changed = fingerprintOf([{ name: 'talent.csv', bytes: enc('year,value\n2019,31\n') }, { name: 'extra.csv', bytes: enc('a\n') }], [{ name: 'talent', schema: { fields: [...schema.fields, { name: 'note', type: 'string' }] } }], sha);
  const [problem] = versionProblems({ pkg, changelog, current: changed });
  assert.match(problem, /the schema of resource `talent` in data\/datapackage\.json changed/);
  assert.match(problem, /data\/extra\.csv is new/);
  const removed = fingerprintOf([], [{ name: 'talent', schema }], sha);
  assert.match(versionProblems({ pkg, changelog, current: removed })[0], /data\/talent\.csv is gone/);
});

test('a version with no changelog entry, a hand-edited version and a missing record are refused', () => {
  const { pkg, changelog } = released();
  const noEntry = versionProblems({ pkg, changelog: changelog.replace('## 1.0.0 (2026-11-26)', '## 2026-11-26'), current: data() });
  assert.equal(noEntry.length, 1);
  assert.match(noEntry[0], /version 1\.0\.0 \(data\/datapackage\.json\) has no changelog entry/);
  const handBumped = versionProblems({ pkg: { ...pkg, version: '1.1.0' }, changelog: changelog.replace('## 1.0.0', '## 1.1.0'), current: data() });
  assert.match(handBumped.join('\n'), /recorded fingerprint belongs to 1\.0\.0/);
  const { 'x-release': _, ...bare } = pkg;
  assert.match(versionProblems({ pkg: bare, changelog, current: data() }).join('\n'), /no "x-release" recorded/);
  assert.match(versionProblems({ pkg: { ...pkg, version: 'v1' }, changelog, current: data() })[0], /not a semantic version/);
});

test('after a merge the maintainer releases with one call, and the changed data passes again', () => {
  const { pkg, changelog } = released();
  const merged = changelog.replace('## 1.0.0', '## Unreleased\n- `talent`: 2019 share corrected to 32\n- `sources`: one source added\n\n## 1.0.0').replace('## Unreleased\n\n## Unreleased', '## Unreleased');
  const now = data('year,value\n2019,32\n');
  assert.match(versionProblems({ pkg, changelog: merged, current: now })[0], /2 line\(s\) wait under `## Unreleased`/);
  const out = applyRelease({ packageText: `${JSON.stringify(pkg, null, 2)}\n`, changelog: merged, bump: 'patch', date: '2026-12-04', current: now });
  assert.ok(out.ok);
  assert.equal(out.version, '1.0.1');
  assert.deepEqual(versionProblems({ pkg: JSON.parse(out.packageText), changelog: out.changelog, current: now }), []);
  assert.deepEqual(
    changelogSections(out.changelog).map((s) => `${s.kind} ${s.version ?? ''} ${s.date}`),
    ['release 1.0.1 2026-12-04', 'release 1.0.0 2026-11-26', 'pre-release  2026-11-25'],
  );
  assert.deepEqual(parseChangelog(out.changelog)[0], { date: '2026-12-04', datasets: ['talent'], text: '2019 share corrected to 32' });
});

test('a release with nothing under Unreleased, or of an unknown kind, is refused', () => {
  const { pkg, changelog } = released();
  const text = `${JSON.stringify(pkg, null, 2)}\n`;
  const empty = applyRelease({ packageText: text, changelog: `## Unreleased\n\n${changelog}`, bump: 'minor', date: '2026-12-04', current: data() });
  assert.deepEqual(empty, { ok: false, error: 'data/CHANGELOG.md has no lines under `## Unreleased`: write what changed there first' });
  const none = applyRelease({ packageText: text, changelog, bump: 'minor', date: '2026-12-04', current: data() });
  assert.equal(none.ok, false);
  const kind = applyRelease({ packageText: text, changelog: `## Unreleased\n- \`talent\`: x\n`, bump: 'huge' as 'minor', date: '2026-12-04', current: data() });
  assert.equal(kind.ok, false);
});

test('lines under Unreleased are not shown as dated changes until released', () => {
  const entries = parseChangelog('## Unreleased\n- `talent`: pending\n\n## 1.0.0 (2026-11-26)\n- `talent`: done\n');
  assert.deepEqual(entries.map((e) => e.text), ['done']);
});
