import type { SourceLine } from '@/lib/core/charts';

const SHOWN = 3;

/** "Source: publisher, title (seen at …) [confidence]", one entry per source used by the figures in view. */
export function SourceList({ sources }: { sources: SourceLine[] }) {
  if (sources.length === 0) return null;
  const rest = sources.slice(SHOWN);
  return (
    <div className="source-line">
      <span>Source{sources.length > 1 ? 's' : ''}: </span>
      {sources.slice(0, SHOWN).map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <SourceEntry source={s} />
        </span>
      ))}
      {rest.length > 0 && (
        <details>
          <summary>and {rest.length} more source{rest.length > 1 ? 's' : ''}</summary>
          <ul>
            {rest.map((s) => (
              <li key={s.id}>
                <SourceEntry source={s} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function SourceEntry({ source: s }: { source: SourceLine }) {
  return (
    <>
      {s.url ? <a href={s.url} rel="noopener noreferrer">{s.publisher}</a> : s.publisher}
      {s.title && `, ${s.title}`}
      {s.seenAt && (
        <>
          {' '}
          (seen at <a href={s.seenAt} rel="noopener noreferrer">{hostOf(s.seenAt)}</a>)
        </>
      )}{' '}
      <span className="confidence">[{s.confidence.join(', ')}]</span>
    </>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
