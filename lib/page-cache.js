// @ts-check
/**
 * The one cache of rendered pages (Next's `cacheHandler`, see next.config.js), and its one invalidation
 * path: every entry remembers the data it was rendered from (the fingerprint of data/, lib/data-version.js)
 * and the day (UTC) it was rendered on, since statuses and verdicts are judged as of today. An entry
 * read back after either changed is a miss, so the page is rendered afresh from the data as it is now,
 * on the request that first asks for it. Nothing watches data/ in the background, no request goes
 * from the server to itself, and no page waits for a timer.
 *
 * Entries live in this process's memory (not on disk, so two servers on one build, such as the tests'
 * second server reading a corrupted copy of data/, never see each other's pages), least recently used
 * first out once they hold more than MAX_BYTES.
 */
const { currentStamp } = require('./data-version.js');

const MAX_BYTES = 192 * 1024 * 1024;

/** @param {unknown} value @returns {number} roughly how many bytes an entry holds */
function sizeOf(value) {
  if (value == null) return 64;
  if (typeof value === 'string') return value.length;
  if (Buffer.isBuffer(value)) return value.length;
  if (value instanceof Map) return [...value.values()].reduce((n, v) => n + sizeOf(v), 64);
  if (typeof value === 'object') return Object.values(value).reduce((n, v) => n + sizeOf(v), 64);
  return 8;
}

/**
 * A cache keyed by Next's keys, checked against a stamp (the data and the day). Exported for the unit
 * tests, which pass their own stamp and size limit.
 */
function createStampedCache({ stamp = currentStamp, maxBytes = MAX_BYTES } = {}) {
  /** @type {Map<string, { stamp: string; bytes: number; entry: { value: unknown; lastModified: number; tags?: string[] } }>} */
  const entries = new Map();
  /** The stamp at the miss that led to a render: an entry is stamped with the data it may have read, never newer. */
  /** @type {Map<string, string>} */
  const missedAt = new Map();
  let bytes = 0;
  const remove = (/** @type {string} */ key) => {
    const old = entries.get(key);
    if (old) bytes -= old.bytes;
    entries.delete(key);
  };
  return {
    /** @param {string} key */
    get(key) {
      const now = stamp();
      const hit = entries.get(key);
      if (hit && hit.stamp === now) {
        // Most recently used last.
        entries.delete(key);
        entries.set(key, hit);
        return hit.entry;
      }
      remove(key);
      missedAt.set(key, now);
      return null;
    },
    /** @param {string} key @param {unknown} value @param {{ tags?: string[] }} [ctx] */
    set(key, value, ctx = {}) {
      const at = missedAt.get(key) ?? stamp();
      missedAt.delete(key);
      remove(key);
      if (value == null) return;
      const size = sizeOf(value);
      entries.set(key, { stamp: at, bytes: size, entry: { value, lastModified: Date.now(), tags: ctx.tags } });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes) break;
        remove(oldest);
      }
    },
    /** @param {string | string[]} tags */
    revalidateTag(tags) {
      const list = typeof tags === 'string' ? [tags] : tags;
      for (const [key, { entry }] of entries) if (entry.tags?.some((t) => list.includes(t))) remove(key);
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

/** One store per process, shared by every IncrementalCache Next creates. */
const store = createStampedCache();

/** The handler Next instantiates (the interface of its FileSystemCache). */
class PageCache {
  /** @param {string} key */
  async get(key) {
    return store.get(key);
  }
  /** @param {string} key @param {unknown} value @param {{ tags?: string[] }} ctx */
  async set(key, value, ctx) {
    store.set(key, value, ctx);
  }
  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    store.revalidateTag(tags);
  }
  resetRequestCache() {}
}

module.exports = PageCache;
module.exports.createStampedCache = createStampedCache;
