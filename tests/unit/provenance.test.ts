import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changesFor, parseChangelog } from '../../lib/core/changelog';
import { provenanceOf } from '../../lib/core/provenance';
import type { Source } from '../../lib/core/types';

const source = (id: string, kind: string): [string, Source] => [id, { id, kind, publisher: 'p', title: 't', url: 'https://x', seen_at: null, published: '2024', accessed: '2026-11-26', terms: null }];

test('the provenance summary counts rows by confidence and cited sources by kind', () => {
  const sources = new Map([source('fr', 'government'), source('news', 'news'), source('unused', 'blog')]);
  const p = provenanceOf(
    [
      { confidence: 'primary', source_id: 'fr' },
      { confidence: 'primary', source_id: 'fr' },
      { confidence: 'secondary', source_id: 'news' },
      { confidence: 'as-cited', source_id: 'paper' },
    ],
    sources,
  );
  assert.deepEqual(p.rows, { primary: 2, secondary: 1, 'as-cited': 1 });
  assert.deepEqual(p.sourcesByKind, { government: 1, news: 1, unknown: 1 });
});

test('the changelog is read by day and dataset; other lines are ignored', () => {
  const entries = parseChangelog('# Data changelog\n\nIntro.\n\n## 2026-11-26\n- `talent`, `sources`: sample sizes added\n- `export-controls`: lifecycle\nnot a bullet\n## 2026-11-25\n- `talent`: first release\n');
  assert.equal(entries.length, 3);
  assert.deepEqual(entries[0], { date: '2026-11-26', datasets: ['talent', 'sources'], text: 'sample sizes added' });
  assert.deepEqual(changesFor(entries, 'talent').map((e) => e.date), ['2026-11-26', '2026-11-25']);
  assert.deepEqual(changesFor(entries, 'investment'), []);
});
