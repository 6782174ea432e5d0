import type { ChartSpec } from '@/lib/core/charts';
import { beforeAfter, eventsOnChart, hasTimeAxis } from '@/lib/core/event-timing';
import type { ChartEvent } from '@/lib/core/events';
import { formatValue } from '@/lib/core/format';

interface Props {
  chartId: string;
  spec: ChartSpec;
  /** The events chosen, in the order the chart numbers them. */
  events: ChartEvent[];
  /** What was chosen, in words ("United States measures"). */
  choice: string;
}

/**
 * The events drawn on a chart, in words: the accessible alternative to the markers, and a before and
 * after table of the charted values. Rendered on the server, so it is in the HTML of every view.
 */
export function EventList({ chartId, spec, events, choice }: Props) {
  if (events.length === 0) return null;
  if (!hasTimeAxis(spec)) {
    return (
      <p className="small muted" data-testid="events-none-drawn">
        Policy events ({choice}) are not drawn: this chart has no time axis.
      </p>
    );
  }
  const drawn = eventsOnChart(spec, events).map((e, i) => ({ e, n: i + 1 }));
  if (drawn.length === 0) {
    return (
      <p className="small muted" data-testid="events-none-drawn">
        None of the {events.length} policy events chosen ({choice}) falls within this chart’s years.
      </p>
    );
  }
  // A timeline counts the measures themselves: a before and after of it says nothing.
  const table = spec.kind === 'timeline' ? [] : beforeAfter(
    spec,
    drawn.map(({ e }) => e),
  );
  const value = (c: { period: string; value: number } | null) => (c ? `${formatValue(c.value, spec.unit, { digits: 3 })} (${c.period})` : '—');
  return (
    <section className="events" aria-labelledby={`${chartId}-events`} data-testid="event-list">
      <h3 id={`${chartId}-events`} className="small">
        Policy events on the chart: {choice} ({drawn.length})
      </h3>
      <ol className="event-list small">
        {drawn.map(({ e, n }) => (
          <li key={e.id} id={`${chartId}-event-${e.id}`} value={n} data-event={e.id}>
            <time dateTime={e.day}>{e.day}</time>, {e.actor}: <a href={`/datasets/export-controls#measure-${e.id}`}>{e.title}</a>
            {e.citation && <span className="muted"> ({e.citation})</span>}. <span data-testid="event-status">{capital(e.status)}</span>
            {e.suspension && (
              <span>
                ; suspended {e.suspension.from} to {e.suspension.to} (shaded)
              </span>
            )}
            {e.ended && <span>; ended {e.ended}</span>}.{' '}
            <span className="muted">
              Source:{' '}
              {e.source.url ? (
                <a href={e.source.url} rel="noopener noreferrer">
                  {e.source.publisher}
                </a>
              ) : (
                e.source.publisher
              )}
            </span>
          </li>
        ))}
      </ol>
      {table.length > 0 && (<>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Values before and after each event">
        <table className="before-after small" data-testid="before-after">
          <caption>
            {spec.title}: the last figure before each event and the first after it
          </caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Series</th>
              <th scope="col" className="num">
                Before
              </th>
              <th scope="col" className="num">
                After
              </th>
            </tr>
          </thead>
          <tbody>
            {table.flatMap((row) =>
              row.series.map((s, i) => (
                <tr key={`${row.event.id}-${s.key}`} data-event={row.event.id} data-series={s.key}>
                  {i === 0 && (
                    <th scope="row" rowSpan={row.series.length}>
                      {drawn.find((d) => d.e.id === row.event.id)!.n}. {row.event.day}
                    </th>
                  )}
                  <td>{s.label}</td>
                  <td className="num" data-testid="before">
                    {value(s.before)}
                  </td>
                  <td className="num" data-testid="after">
                    {value(s.after)}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <p className="small muted" data-testid="timing-note">
        Timing is not causation: a change after a measure may have other causes, and may have begun before it. Most of these series are yearly, so “before” is the last period that ended before the event’s date and “after” the first that ends on or after it; a year’s figure can include months on both sides.
      </p>
      </>)}
    </section>
  );
}

/** The figure as stored, with its unit: "4,251,000", "26%", "1,590 EFLOPS". */

const capital = (s: string) => s.replace(/^./, (c) => c.toUpperCase());
