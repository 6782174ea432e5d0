/**
 * Runs once when the server starts: begins the once-a-second check that refreshes the prerendered
 * pages after data/ changes (lib/server/data-watch.ts). Not while building, when there is no server.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { watchData } = await import('./lib/server/data-watch');
  // `next start` and `next dev` record the address they listen on before the app loads.
  const origin = process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  watchData(origin);
}
