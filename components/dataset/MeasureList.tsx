import { entityColor } from '@/lib/core/charts';
import { lifecycleOf } from '@/lib/core/lifecycle';
import type { Row, Source } from '@/lib/core/types';
import { LifecycleDefs, LifecycleStrip } from './LifecycleStrip';
import { UnconfirmedNote } from '../status/UnconfirmedNote';

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * Every dated measure in view, newest first, each linked to the source it was seen in, with its
 * lifecycle drawn on one shared time axis (first measure to today) and written out in words.
 */
export function MeasureList({ rows, sources, today }: { rows: Row[]; sources: Record<string, Source>; today: string }) {
  const dated = [...rows].sort((a, b) => text(b.date).localeCompare(text(a.date)));
  const first = dated.reduce((min, r) => (text(r.date) && text(r.date) < min ? text(r.date) : min), today);
  const domain: [string, string] = [first, today];
  return (
    <details className="measures" open={dated.length <= 12}>
      <summary>
        The {dated.length} measure{dated.length === 1 ? '' : 's'} in view, with their lifecycle ({first.slice(0, 4)} to today: solid in force, hatched
        suspended, dashed outline unconfirmed, a bar where a measure ended, a hollow dot where it never took effect)
      </summary>
      <LifecycleDefs />
      <ol className="timeline-list" data-testid="measure-list">
        {dated.map((r, i) => {
          const s = sources[text(r.source_id)];
          const life = lifecycleOf(r, today, r.status_on === 'unconfirmed' ? text(r.status_change_date) || null : null);
          return (
            <li key={text(r.id) || i} id={text(r.id) ? `measure-${text(r.id)}` : undefined} data-id={text(r.id)} data-status={text(r.status_on) || undefined}>
              <LifecycleStrip life={life} domain={domain} color={entityColor(text(r.country))} />{' '}
              <time dateTime={text(r.date)}>{text(r.date)}</time> · <b>{text(r.country)}</b> ·{' '}
              {s?.url ? (
                <a href={s.url} rel="noopener noreferrer">
                  {text(r.title)}
                </a>
              ) : (
                text(r.title)
              )}{' '}
              <span className="muted small">
                ({[text(r.category), text(r.citation) || text(r.identifier), life.text, r.status ? `status: ${text(r.status)}` : ''].filter(Boolean).join('; ')})
              </span>
              <UnconfirmedNote row={r} />
            </li>
          );
        })}
      </ol>
    </details>
  );
}
