// @ts-check
/**
 * The query parameters that make a dataset or claim page a filtered view of its own. next.config.js
 * reads them at build to route such an address to its per-request page (`<path>/query`); without
 * one of them the prerendered page is served from cache, with no code of ours running first.
 * CommonJS, because next.config.js loads it; tests/unit/page-params.test.ts holds it to lib/core's
 * PARAM and EVENT_PARAM and to every dataset's facets.
 */
const fs = require('node:fs');
const path = require('node:path');

/** Filters (lib/core/query.ts PARAM) and event overlays (lib/core/events.ts EVENT_PARAM). */
const FIXED = ['country', 'from', 'to', 'year', 'in_force', 'sort', 'order', 'events', 'event_category'];

/**
 * The fixed names and every facet in the data package: a text field with a closed vocabulary, other
 * than country (the rule of facetsOf in lib/core/dataset-meta.ts).
 * @param {{ resources?: Array<{ schema?: { fields?: Array<{ name: string; type?: string; constraints?: { enum?: unknown[] } }> } }> }} pkg
 * @returns {string[]}
 */
function pageParamNames(pkg) {
  const names = new Set(FIXED);
  for (const resource of pkg.resources ?? []) {
    for (const f of resource.schema?.fields ?? []) if (f.type === 'string' && f.constraints?.enum && f.name !== 'country') names.add(f.name);
  }
  return [...names].sort();
}

/**
 * The names for data/datapackage.json (or DATA_DIR's). A package that cannot be read gives the fixed
 * names only: the build's own validation reports the package.
 * @returns {string[]}
 */
function pageParamNamesOnDisk() {
  const dir = path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), 'data'));
  try {
    return pageParamNames(JSON.parse(fs.readFileSync(path.join(dir, 'datapackage.json'), 'utf8')));
  } catch {
    return [...FIXED];
  }
}

module.exports = { FIXED, pageParamNames, pageParamNamesOnDisk };
