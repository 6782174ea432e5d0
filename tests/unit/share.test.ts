import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleReadme } from '../../lib/core/bundle-readme';
import { EMBED_SIZE, embedPath, embedSize, embedTarget, iframeHtml } from '../../lib/core/oembed';
import { resolveColor } from '../../lib/core/palette';

const ours = ['https://dash.example'];

test('oEmbed: our claim and dataset pages (or their embeds) are embeddable, with the dataset query kept', () => {
  assert.deepEqual(embedTarget('https://dash.example/claims/us-chip-lead', ours), { ok: true, target: { kind: 'claim', id: 'us-chip-lead' } });
  assert.deepEqual(embedTarget('https://dash.example/embed/claims/us-chip-lead', ours), { ok: true, target: { kind: 'claim', id: 'us-chip-lead' } });
  const ds = embedTarget('https://dash.example/datasets/talent?country=China&from=2022', ours);
  assert.ok(ds.ok);
  assert.equal(embedPath(ds.target), '/embed/datasets/talent?country=China&from=2022');
});

test('oEmbed: other sites and other pages are not ours (404); a malformed address is a 400', () => {
  assert.equal((embedTarget('https://evil.example/claims/x', ours) as { status: number }).status, 404);
  assert.equal((embedTarget('https://dash.example/datasets', ours) as { status: number }).status, 404);
  assert.equal((embedTarget('https://dash.example/claims/a/b', ours) as { status: number }).status, 404);
  assert.equal((embedTarget('not a url', ours) as { status: number }).status, 400);
  assert.equal((embedTarget('javascript:alert(1)', ours) as { status: number }).status, 400);
  assert.equal((embedTarget(null, ours) as { status: number }).status, 400);
  assert.equal((embedTarget('https://dash.example/claims/%zz', ours) as { status: number }).status, 400);
});

test('oEmbed: maxwidth and maxheight shrink the frame, never grow it; bad sizes are refused', () => {
  assert.deepEqual(embedSize(null, null), EMBED_SIZE);
  assert.deepEqual(embedSize('400', '9999'), { width: 400, height: EMBED_SIZE.height });
  assert.equal(embedSize('-1', null), null);
  assert.equal(embedSize('wide', null), null);
});

test('the iframe code escapes its attributes', () => {
  const html = iframeHtml('https://dash.example/embed/datasets/x?a=1&b=2', 'A "quoted" <title>');
  assert.match(html, /src="https:\/\/dash\.example\/embed\/datasets\/x\?a=1&amp;b=2"/);
  assert.match(html, /title="A &quot;quoted&quot; &lt;title>"/);
});

test('a bundle README lists every field with its unit, every source with its confidence, the licence and citation', () => {
  const readme = bundleReadme({
    title: 'AI talent',
    description: 'Where researchers work.',
    selection: 'China (2 of 50 rows)',
    files: [{ name: 'talent.csv', about: 'the rows' }],
    fields: [
      { name: 'value', type: 'number', title: 'Value', unit: 'percent', description: 'Share | of researchers' },
      { name: 'country', type: 'string' },
    ],
    sources: [{ id: 'mp', publisher: 'MacroPolo', title: 'Tracker', url: 'https://macropolo.org/', seenAt: null, confidence: ['secondary'], rows: 2 }],
    license: 'CC-BY-4.0',
    citation: 'Bifurcation Dashboard, "AI talent".',
    viewUrl: 'https://dash.example/datasets/talent?country=China',
    generated: '2026-11-26',
  });
  assert.match(readme, /^# AI talent/);
  assert.match(readme, /\| `value` \| Value \| number \| percent \| Share \\\| of researchers \|/);
  assert.match(readme, /- MacroPolo, Tracker <https:\/\/macropolo\.org\/>: 2 rows, secondary/);
  assert.match(readme, /## Licence\n\nCC-BY-4\.0/);
  assert.match(readme, /View online: https:\/\/dash\.example\/datasets\/talent\?country=China/);
});

test('preview images get plain colours for the chart palette', () => {
  assert.equal(resolveColor('var(--c-china)'), '#c8262e');
  assert.equal(resolveColor('var(--c-united-states)', 'dark'), '#6fa3f2');
  assert.match(resolveColor('var(--c-p2)'), /^#[0-9a-f]{6}$/);
  assert.match(resolveColor('var(--cat-3)'), /^#[0-9a-f]{6}$/);
  assert.equal(resolveColor('#123456'), '#123456');
});
