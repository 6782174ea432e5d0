import type { SourceLine } from '@/lib/charts';

/** "Source: publisher, title (confidence)", one line per source used by the figures in view. */
export function SourceList({ sources }: { sources: SourceLine[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="source-line">
      <span>Source{sources.length > 1 ? 's' : ''}: </span>
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          {s.url ? <a href={s.url} rel="noopener noreferrer">{s.publisher}</a> : s.publisher}
          {s.title && `, ${s.title}`}
          {s.seenAt && (
            <>
              {' '}
              (seen at <a href={s.seenAt} rel="noopener noreferrer">{hostOf(s.seenAt)}</a>)
            </>
          )}{' '}
          <span className="confidence">[{s.confidence.join(', ')}]</span>
        </span>
      ))}
    </p>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
