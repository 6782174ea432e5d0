import 'server-only';
import { dataFingerprint } from './data';

/**
 * Keeps the prerendered pages in step with data/. Once a second the server fingerprints data/ (one
 * directory listing and a stat per file; contents are re-read only when those change); when the
 * fingerprint differs from the one its pages were built from (an edit, a new file, another DATA_DIR)
 * it asks its own /api/revalidate to refresh them. The next request for a page renders it afresh.
 * Started by instrumentation.ts, so no code runs in front of a cached page.
 */
export interface DataWatch {
  /** Compares data/ with what the pages show and refreshes them if they differ; a failed refresh is retried on the next tick. */
  tick(): Promise<void>;
  /** The fingerprint the pages were last refreshed for. */
  readonly served: string | undefined;
}

export function createDataWatch({ served, current, refresh }: { served: string | undefined; current: () => string; refresh: () => Promise<void> }): DataWatch {
  let shown = served;
  let running: Promise<void> | null = null;
  let lastFailure = '';
  const run = async () => {
    const version = current();
    if (version === shown) return;
    try {
      await refresh();
      shown = version;
      lastFailure = '';
    } catch (e) {
      // Said once per change, not once a second.
      const message = e instanceof Error ? e.message : String(e);
      if (message !== lastFailure) console.error(`data watch: could not refresh the prerendered pages after a data change (will retry): ${message}`);
      lastFailure = message;
    }
  };
  return {
    tick() {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    get served() {
      return shown;
    },
  };
}

/** Asks this server's /api/revalidate (with the token recorded at build) to refresh every prerendered page. */
async function refreshVia(origin: string): Promise<void> {
  const res = await fetch(new URL('/api/revalidate', origin), { method: 'POST', headers: { 'x-revalidate-token': process.env.REVALIDATE_TOKEN ?? '' } });
  if (!res.ok) throw new Error(`/api/revalidate answered ${res.status}`);
}

/** The watch on a timer, for the server at `origin`; the timer does not keep the process alive. */
export function watchData(origin: string, intervalMs = 1000): DataWatch {
  const watch = createDataWatch({ served: process.env.BUILD_DATA_VERSION, current: dataFingerprint, refresh: () => refreshVia(origin) });
  setInterval(() => void watch.tick(), intervalMs).unref();
  return watch;
}
