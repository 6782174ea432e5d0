import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { bundleReadme } from '../../lib/core/bundle-readme';
import { apaCitation, bibtexCitation, plainCitation } from '../../lib/core/citation';
import { citationCffDataRelease, citationCffProblems, readReleaseRecord, stampCitationCff } from '../../lib/core/data-release';
import { claimReviewJsonLd, datasetJsonLd, jsonLdScript } from '../../lib/core/jsonld';
import { csvAddress, dataSnippets, snippetsMarkdown } from '../../lib/core/snippets';
import type { DatasetMeta, Paper, Verdict } from '../../lib/core/types';

const origin = 'https://dash.example';
const paper: Paper = { title: 'Technological Bifurcation in AI', author: 'Alishbah Syed', publisher: 'Institute of Regional Studies', issue: 'Vol. 42, No. 12', date: '2024-12', cutoff: '2024-12-31', thesis: [] };
const review = (verdict: Verdict) =>
  claimReviewJsonLd({
    origin,
    claim: { id: 'us-chip-lead', title: 'The US leads in chips', quote: 'the US leads in chips' },
    paper,
    evaluation: { verdict, why: 'every check passed', basis: { kind: 'today', asOf: '2026-12-04', description: '' } },
    dataVersion: '1.2.0',
  }) as Record<string, any>;

test('ClaimReview: the quote, today’s verdict on a 1-3 scale, the paper and its author, this project, the day and the address', () => {
  const r = review('partly supported');
  assert.equal(r['@type'], 'ClaimReview');
  assert.equal(r.url, 'https://dash.example/claims/us-chip-lead');
  assert.equal(r.claimReviewed, 'the US leads in chips');
  assert.equal(r.datePublished, '2026-12-04');
  assert.equal(r.author.name, 'Bifurcation Dashboard');
  assert.deepEqual(r.reviewRating, { '@type': 'Rating', alternateName: 'partly supported', ratingValue: 2, bestRating: 3, worstRating: 1, ratingExplanation: r.reviewRating.ratingExplanation });
  assert.equal(r.itemReviewed['@type'], 'Claim');
  assert.deepEqual(r.itemReviewed.author, { '@type': 'Person', name: 'Alishbah Syed' });
  const a = r.itemReviewed.appearance;
  assert.equal(a.name, 'Technological Bifurcation in AI');
  assert.equal(a.publisher.name, 'Institute of Regional Studies');
  assert.equal(a.datePublished, '2024-12');
  assert.deepEqual(a.isPartOf, { '@type': 'PublicationIssue', name: 'Vol. 42, No. 12', issueNumber: '12', isPartOf: { '@type': 'PublicationVolume', volumeNumber: '42' } });
  assert.equal(r.version, '1.2.0');
  assert.equal(review('supported').reviewRating.ratingValue, 3);
  assert.equal(review('contradicted').reviewRating.ratingValue, 1);
  const nv = review('not verifiable').reviewRating;
  assert.equal(nv.alternateName, 'not verifiable');
  assert.equal('ratingValue' in nv, false, 'not verifiable is no point on the scale');
});

const meta = {
  id: 'talent',
  title: 'AI talent',
  description: 'Where top AI researchers come from and work.',
  fields: [
    { name: 'year', type: 'year' },
    { name: 'value', type: 'number', title: 'Value' },
    { name: 'unit', type: 'string' },
    { name: 'share', type: 'number', unit: 'percent', description: 'Share of researchers' },
  ],
  countries: ['China', 'United States'],
  timeRange: { from: 2019, to: 2022 },
  sources: [{ id: 'mp', publisher: 'MacroPolo', title: 'Global AI Talent Tracker', url: 'https://macropolo.org/', seen_at: null, published: '2020-06-09', accessed: '2026-11-26', kind: null, terms: null }],
  license: 'CC-BY-4.0',
  changes: [{ date: '2026-11-26', datasets: ['talent'], text: 'x' }],
} as unknown as DatasetMeta;

test('Dataset: coverage, variables with units, sources, version, date and three downloads', () => {
  const d = datasetJsonLd({ origin, meta, licenseUrl: 'https://creativecommons.org/licenses/by/4.0/', dataVersion: '1.2.0', releaseDate: '2026-12-01' }) as Record<string, any>;
  assert.equal(d['@type'], 'Dataset');
  assert.equal(d.url, 'https://dash.example/datasets/talent');
  assert.equal(d.license, 'https://creativecommons.org/licenses/by/4.0/');
  assert.equal(d.temporalCoverage, '2019/2022');
  assert.deepEqual(d.spatialCoverage.map((p: { name: string }) => p.name), ['China', 'United States']);
  assert.equal(d.variableMeasured.find((v: { name: string }) => v.name === 'share').unitText, 'percent');
  assert.match(d.variableMeasured.find((v: { name: string }) => v.name === 'value').unitText, /unit field/);
  assert.deepEqual(d.isBasedOn[0], { '@type': 'CreativeWork', name: 'Global AI Talent Tracker', publisher: { '@type': 'Organization', name: 'MacroPolo' }, url: 'https://macropolo.org/', datePublished: '2020-06-09' });
  assert.equal(d.version, '1.2.0');
  assert.equal(d.dateModified, '2026-11-26', 'the latest changelog line naming the dataset');
  assert.equal((datasetJsonLd({ origin, meta: { ...meta, changes: [] }, licenseUrl: null, dataVersion: '1.2.0', releaseDate: '2026-12-01' }) as Record<string, any>).dateModified, '2026-12-01');
  assert.deepEqual(
    d.distribution.map((x: { encodingFormat: string; contentUrl: string }) => [x.encodingFormat, x.contentUrl]),
    [
      ['text/csv', 'https://dash.example/api/datasets/talent/csv'],
      ['application/zip', 'https://dash.example/api/datasets/talent/zip'],
      ['application/json', 'https://dash.example/datapackage.json'],
    ],
  );
});

test('JSON-LD in a script element cannot close it, and still parses to the same value', () => {
  const value = { claimReviewed: 'a </script><script>alert(1)</script> & <!-- b \u2028' };
  const text = jsonLdScript(value);
  assert.doesNotMatch(text, /<|>|&/);
  assert.deepEqual(JSON.parse(text), value);
});

test('the snippets read the view’s CSV address in Python, R and JavaScript', () => {
  const url = csvAddress(origin, 'talent', 'country=China&from=2022');
  assert.equal(url, 'https://dash.example/api/datasets/talent/csv?country=China&from=2022');
  const [py, r, js] = dataSnippets(url);
  assert.match(py.code, /pd\.read_csv\("https:\/\/dash\.example\/api\/datasets\/talent\/csv\?country=China&from=2022"\)/);
  assert.match(r.code, /read\.csv\("https:\/\/dash\.example\/api\/datasets\/talent\/csv\?country=China&from=2022"/);
  assert.match(js.code, /fetch\(url\)/);
  assert.match(snippetsMarkdown(url), /```python\nimport pandas as pd/);
});

test('the JavaScript snippet runs: it fetches the address and parses quoted cells as papaparse does', async () => {
  const csv = 'id,note,value\r\n1,"a, b",2.5\r\n2,"said ""no""\nthen yes",\r\n';
  const url = 'https://dash.example/api/datasets/x/csv';
  const asked: string[] = [];
  const logged: unknown[][] = [];
  const fakeFetch = async (u: string) => (asked.push(u), { text: async () => csv });
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
  const run = new AsyncFunction('fetch', 'console', `${dataSnippets(url)[2].code}\nreturn data;`);
  const data = await run(fakeFetch, { log: (...a: unknown[]) => logged.push(a) });
  assert.deepEqual(asked, [url]);
  assert.deepEqual(data, Papa.parse(csv, { header: true, skipEmptyLines: true }).data);
  assert.equal(logged[0][0], 2);
});

test('citations carry the data version and the access date: APA and BibTeX', () => {
  const input = { title: 'AI talent', url: 'https://dash.example/datasets/talent', accessed: '2026-12-04', version: '1.2.0', released: '2026-12-01', sources: [{ id: 'mp', publisher: 'MacroPolo', title: 'Tracker', url: '', seenAt: null, confidence: [], rows: 1 }] };
  assert.equal(apaCitation(input), 'Bifurcation Dashboard. (2026). AI talent (Version 1.2.0) [Data set]. Compiled from MacroPolo. Retrieved December 4, 2026, from https://dash.example/datasets/talent');
  const bib = bibtexCitation(input);
  assert.match(bib, /version = \{1\.2\.0\}/);
  assert.match(bib, /urldate = \{2026-12-04\}/);
  assert.match(plainCitation(input), /data version 1\.2\.0.*accessed 2026-12-04/);
  assert.match(apaCitation({ ...input, version: null, released: null }), /^Bifurcation Dashboard\. \(n\.d\.\)\. AI talent \[Data set\]/);
});

test('a bundle README names the data version and shows code reading its CSV', () => {
  const readme = bundleReadme({
    title: 'AI talent',
    description: 'd',
    selection: 's',
    files: [],
    fields: [],
    sources: [],
    license: 'CC-BY-4.0',
    citation: 'c',
    viewUrl: 'https://dash.example/datasets/talent',
    generated: '2026-12-04',
    dataVersion: '1.2.0',
    csvUrl: 'https://dash.example/api/datasets/talent/csv',
  });
  assert.match(readme, /Data version: 1\.2\.0/);
  assert.match(readme, /## Use this data/);
  assert.match(readme, /pd\.read_csv\("https:\/\/dash\.example\/api\/datasets\/talent\/csv"\)/);
  assert.match(readme, /read\.csv\(/);
  assert.match(readme, /fetch\(url\)/);
});

test('CITATION.cff names the data package’s current version and release day', () => {
  const cff = readFileSync('CITATION.cff', 'utf8');
  const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8'));
  const record = readReleaseRecord(pkg);
  assert.ok(typeof record !== 'string', String(record));
  assert.match(cff, /^cff-version: 1\.2\.0$/m);
  assert.deepEqual(citationCffDataRelease(cff), { version: pkg.version, date: record.date });
  assert.deepEqual(citationCffProblems(cff, pkg.version, record.date), []);
  const stamped = stampCitationCff(cff, '9.9.9', '2030-01-02')!;
  assert.deepEqual(citationCffDataRelease(stamped), { version: '9.9.9', date: '2030-01-02' });
  assert.match(stamped, /^version: "0\.1\.0"$/m, 'the software’s own version is left alone');
  assert.match(citationCffProblems(stamped, pkg.version, record.date)[0], /says version 9\.9\.9/);
});
