/** The fact-date columns: when a figure first became public, checked against the sources it names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../lib/core/csv/parse';
import { formatProblem, validateTable } from '../../lib/core/csv/validate';
import { factDateOf } from '../../lib/core/claims/as-of';
import { factDateProblems, laterThan, matchesPublished } from '../../lib/core/csv/fact-dates';
import { getDataset, getSources } from '../../lib/server/data';
import type { Row, Source, TableSchema } from '../../lib/core/types';

const schema: TableSchema = {
  fields: [
    { name: 'country', type: 'string', constraints: { required: true } },
    { name: 'value', type: 'number' },
    { name: 'source_id', type: 'string', constraints: { required: true } },
    { name: 'first_published', type: 'string', constraints: { pattern: '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?' } },
    { name: 'first_source_id', type: 'string' },
    { name: 'single_sourced', type: 'boolean' },
  ],
  missingValues: [''],
};
const HEADER = 'country,value,source_id,first_published,first_source_id,single_sourced';

/** A copy published in 2025, the original it copies (March 2024) and a dated report of June 2024. */
const sources = new Map<string, Pick<Source, 'published'>>([
  ['copy-2025', { published: '2025-02-21' }],
  ['tracker-2024', { published: '2024-03' }],
  ['report-2024', { published: '2024-06-17' }],
  ['undated-year', { published: '2024' }],
]);

function load(body: string) {
  const parsed = parseCsv(`${HEADER}\n${body}`, 'data/t.csv');
  assert.ok(parsed.ok, 'fixture must parse');
  const table = validateTable(parsed.csv, schema, 'data/t.csv');
  assert.deepEqual(table.problems.map(formatProblem), [], 'fixture rows must match the schema');
  const problems = factDateProblems('data/t.csv', schema.fields.map((f) => f.name), table.rows, sources, parsed.csv.lineOf);
  return { rows: table.rows, problems: problems.map(formatProblem) };
}

test('a row whose own source is the earliest leaves both fact-date columns empty and passes', () => {
  const { rows, problems } = load('China,38,copy-2025,,,false\n');
  assert.deepEqual(problems, []);
  assert.equal(rows[0].first_published, null);
  assert.equal(rows[0].single_sourced, false);
});

test('a first publication that is its source’s own date, as the source gives it, passes', () => {
  assert.deepEqual(load('China,38,copy-2025,2024-03,tracker-2024,\n').problems, []);
  assert.deepEqual(load('China,98,copy-2025,2024-06-17,report-2024,true\n').problems, []);
});

test('first_source_id must name a source in data/sources.csv', () => {
  assert.deepEqual(load('China,38,copy-2025,2024-03,no-such-source,\n').problems, [
    'data/t.csv:2:5 first_source_id=no-such-source: foreign key: no such id in data/sources.csv',
  ]);
});

test('first_published must be the first source’s own published date', () => {
  const [problem] = load('China,38,copy-2025,2024-02,tracker-2024,\n').problems;
  assert.equal(problem, 'data/t.csv:2:4 first_published=2024-02: fact date: must be the published date of tracker-2024 as it gives it (2024-03)');
});

test('first_published may claim neither more nor less precision than its source gives', () => {
  assert.match(load('China,38,copy-2025,2024-03-06,tracker-2024,\n').problems[0], /first_published=2024-03-06: fact date: must be the published date of tracker-2024 as it gives it \(2024-03\)/);
  assert.match(load('China,38,copy-2025,2024-01,undated-year,\n').problems[0], /must be the published date of undated-year as it gives it \(2024\)/);
  assert.match(load('China,98,copy-2025,2024-06,report-2024,\n').problems[0], /first_published=2024-06: .* as it gives it \(2024-06-17\)/);
});

test('first_published may not be later than the row’s own source', () => {
  const { problems } = load('China,38,tracker-2024,2024-06-17,report-2024,\n');
  assert.deepEqual(problems, ["data/t.csv:2:4 first_published=2024-06-17: fact date: later than the row's own source tracker-2024 (published 2024-03)"]);
});

test('a first_published without first_source_id is an error, and so is the reverse', () => {
  assert.deepEqual(load('China,38,copy-2025,2024-03,,\n').problems, [
    'data/t.csv:2:5 first_source_id=: fact date: first_published needs the first_source_id of the source that shows it',
  ]);
  assert.deepEqual(load('China,38,copy-2025,,tracker-2024,\n').problems, [
    'data/t.csv:2:4 first_published=: fact date: first_source_id is set but first_published is empty',
  ]);
});

test('the row’s own source is not a first source: both columns stay empty instead', () => {
  assert.match(load('China,38,tracker-2024,2024-03,tracker-2024,\n').problems[0], /first_source_id=tracker-2024: fact date: first_source_id is the row's own source/);
});

test('every broken row is reported with its own line', () => {
  const { problems } = load('China,38,copy-2025,2024-03,tracker-2024,\nUS,37,copy-2025,2023,tracker-2024,\nIndia,5,copy-2025,2024-03,,\n');
  assert.deepEqual(
    problems.map((p) => p.split(' ')[0]),
    ['data/t.csv:3:4', 'data/t.csv:4:5'],
  );
});

test('single_sourced accepts only true, false or empty', () => {
  const parsed = parseCsv(`${HEADER}\nChina,38,copy-2025,,,yes\n`, 'data/t.csv');
  assert.ok(parsed.ok);
  const { problems } = validateTable(parsed.csv, schema, 'data/t.csv');
  assert.deepEqual(problems.map(formatProblem), ['data/t.csv:2:6 single_sourced=yes: type: expected true or false']);
});

test('dates compare at the precision both share', () => {
  assert.equal(laterThan('2024-03', '2024'), false);
  assert.equal(laterThan('2025', '2024-12-31'), true);
  assert.equal(laterThan('2024-03-06', '2024-03-22'), false);
  assert.equal(matchesPublished('2024-03', '2024-03'), true);
  assert.equal(matchesPublished('2024', '2024-03-06'), false);
  assert.equal(matchesPublished('2024-03-06', '2024-03'), false);
});

test('the fact date is first_published when set, else the row’s own source date', () => {
  const row: Row = { source_id: 'copy-2025', first_published: '2024-03', first_source_id: 'tracker-2024' };
  const published = new Map([...sources].map(([id, s]) => [id, s.published]));
  assert.equal(factDateOf(row, 'talent', published), '2024-03');
  assert.equal(factDateOf({ source_id: 'copy-2025', first_published: null }, 'talent', published), '2025-02-21');
  assert.equal(factDateOf({ source_id: 'unknown' }, 'talent', published), null);
});

test('in the real data, the 2022 talent figures at US institutions were public in March 2024, before the paper', async () => {
  const d = await getDataset('talent');
  assert.ok(d?.ok);
  const sources = await getSources();
  const rows = d.value.rows.filter((r) => r.measure === 'us_based_origin_share' && r.year === 2022);
  assert.equal(rows.length, 2);
  for (const row of rows) {
    assert.ok(String(sources.get(String(row.source_id))?.published) > '2024-12-31', 'the copy cited is from after the paper');
    assert.equal(factDateOf(row, 'talent', new Map([...sources].map(([id, s]) => [id, s.published]))), '2024-03');
    assert.equal(row.single_sourced, false);
  }
  const russia = d.value.rows.find((r) => r.country === 'Russia' && r.measure === 'origin_share');
  assert.equal(russia?.single_sourced, true);
});

test('in the real data, Nvidia’s 98% of 2023 data-centre GPU shipments dates from June 2024', async () => {
  const d = await getDataset('ai-ecosystem');
  assert.ok(d?.ok);
  const row = d.value.rows.find((r) => r.measure === 'dc_gpu_shipment_share_by_chip_designer' && r.year === 2023);
  assert.ok(row);
  assert.equal(row.value, 98);
  assert.equal(factDateOf(row, 'ai-ecosystem', new Map([...(await getSources())].map(([id, s]) => [id, s.published]))), '2024-06-17');
});

test('npm run validate-data fails, naming the line, when a row’s first_published differs from its first source', async () => {
  const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const dir = mkdtempSync(path.join(tmpdir(), 'fact-dates-'));
  try {
    cpSync('data', dir, { recursive: true });
    const file = path.join(dir, 'talent.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.startsWith('us_based_origin_share,top-tier (~top 20%),China,2022,'));
    assert.ok(line > 0 && lines[line].endsWith(',2024-03,macropolo-tracker-2,false'));
    lines[line] = lines[line].replace(/,2024-03,macropolo-tracker-2,false$/, ',2023-11,macropolo-tracker-2,false');
    writeFileSync(file, lines.join('\n'));
    const run = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/validate-data.ts'], {
      env: { ...process.env, DATA_DIR: dir },
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`data/talent\\.csv:${line + 1}:\\d+ first_published=2023-11: fact date: must be the published date of macropolo-tracker-2 as it gives it \\(2024-03\\)`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a dataset lists the earliest sources of its figures among its sources', async () => {
  const d = await getDataset('talent');
  assert.ok(d?.ok);
  const ids = d.value.meta.sources.map((s) => s.id);
  assert.ok(ids.includes('macropolo-tracker-2'), 'the tracker 2.0, cited only as a first source, is listed');
  assert.ok(ids.includes('nyt-2025-11-19-dnyuz'));
});
