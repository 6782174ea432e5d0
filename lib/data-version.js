// @ts-check
/**
 * A fingerprint of everything in data/ (file names and contents), so a running server can tell when
 * the data changed since a page was rendered. CommonJS, because the page cache (lib/page-cache.js,
 * loaded by next.config.js) checks it on every read; lib/server/data.ts keys its memos on it.
 */
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/** @type {{ key: string; hash: string }} */
let last = { key: '', hash: '' };

/** data/, or DATA_DIR when set (as lib/server/data.ts reads it). */
function dataDirectory() {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(process.cwd(), 'data'));
}

/**
 * The fingerprint: a SHA-1 over each file's name and bytes, in name order. The files are re-read only
 * when a name, size or modification time changed, so checking costs one directory listing and a stat per file.
 * @param {string} [dir]
 * @returns {string}
 */
function dataVersion(dir = dataDirectory()) {
  /** @type {string[]} */
  let names;
  try {
    names = fs.readdirSync(/*turbopackIgnore: true*/ dir).sort();
  } catch {
    return 'no-data-directory';
  }
  /** @type {string[]} */
  const files = [];
  const stamps = [];
  for (const name of names) {
    try {
      const stat = fs.statSync(/*turbopackIgnore: true*/ path.join(dir, name));
      if (!stat.isFile()) continue;
      files.push(name);
      stamps.push(`${name}:${stat.size}:${stat.mtimeMs}`);
    } catch {
      stamps.push(`${name}:gone`);
    }
  }
  const key = `${dir}|${stamps.join('|')}`;
  if (key === last.key) return last.hash;
  const hash = createHash('sha1');
  for (const name of files) {
    try {
      hash.update(name).update('\0').update(fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name))).update('\0');
    } catch {
      hash.update(name).update('\0gone\0');
    }
  }
  last = { key, hash: hash.digest('hex') };
  return last.hash;
}

/**
 * How long a reading of the data's fingerprint stands for the pages: reading it lists data/ and
 * stats every file, which under load was a few per cent of serving a cached page. A change to data/
 * still reaches every page within this long (the API and downloads check on every request).
 */
const STAMP_MS = 250;
/** @type {{ at: number; stamp: string }} */
let lastStamp = { at: -Infinity, stamp: '' };

/** What a rendered page was made from, besides its address and the build: the data and the day (UTC,
 * since statuses and verdicts are judged as of today). The page cache serves an entry only while this
 * is unchanged, and server.mjs tags a page's HTML with it. */
function currentStamp(now = Date.now()) {
  if (now - lastStamp.at < STAMP_MS) return lastStamp.stamp;
  lastStamp = { at: now, stamp: `${new Date(now).toISOString().slice(0, 10)}|${dataVersion()}` };
  return lastStamp.stamp;
}

module.exports = { dataVersion, dataDirectory, currentStamp };
