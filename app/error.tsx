'use client';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel error-panel" role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. {error.digest ? `Reference: ${error.digest}.` : ''}</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
