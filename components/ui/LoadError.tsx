/** A load that failed in the browser: what could not be loaded, why, and a button to try again. */
export function LoadError({ what, message, onRetry }: { what: string; message: string; onRetry: () => void }) {
  return (
    <div className="panel error-panel" role="alert">
      <p>
        {what} could not be loaded: {message}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
