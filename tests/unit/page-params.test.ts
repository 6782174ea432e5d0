import { test } from 'node:test';
import assert from 'node:assert/strict';
// The CommonJS list next.config.js routes filtered views by.
import { FIXED, pageParamNames, pageParamNamesOnDisk } from '../../lib/page-params.js';
import { PARAM } from '../../lib/core/query';
import { EVENT_PARAM } from '../../lib/core/events';
import { facetsOf } from '../../lib/core/dataset-meta';
import { getPackage } from '../../lib/server/data';

test('every filter and event parameter a page understands sends its address to the per-request view', () => {
  assert.deepEqual([...FIXED].sort(), [...Object.values(PARAM), ...Object.values(EVENT_PARAM)].sort());
});

test('every facet of every dataset is routed too, and nothing else is', async () => {
  const loaded = await getPackage();
  assert.ok(loaded.ok);
  const pkg = loaded.value;
  const facets = pkg.resources.flatMap((r) => Object.keys(facetsOf(r)));
  assert.ok(facets.length > 0);
  assert.deepEqual(pageParamNamesOnDisk(), [...new Set([...FIXED, ...facets])].sort());
});

test('a facet is a text field with a closed vocabulary, other than country', () => {
  const pkg = {
    resources: [
      {
        schema: {
          fields: [
            { name: 'segment', type: 'string', constraints: { enum: ['a'] } },
            { name: 'country', type: 'string', constraints: { enum: ['China'] } },
            { name: 'note', type: 'string' },
            { name: 'value', type: 'number' },
          ],
        },
      },
    ],
  };
  assert.deepEqual(pageParamNames(pkg), [...FIXED, 'segment'].sort());
});
