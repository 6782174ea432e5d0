import { EVENT_PARAM } from '@/lib/core/events';

interface Props {
  pathname: string;
  /** The current filter, kept as hidden fields so choosing events does not lose it. */
  filterParams: URLSearchParams;
  eventParams: URLSearchParams;
  options: { actors: string[]; categories: string[] };
  /** The explorer's navigation (the same as its filters'), given the chosen `events` and `event_category`. */
  onChoose: (chosen: URLSearchParams) => void;
}

/**
 * Which export-control measures the chart overlays. The choice goes into the URL through the
 * explorer's one navigation (so it can be shared and reloaded, and Back undoes it) and the server
 * picks the events. Without JavaScript it is a plain GET form to the same address.
 */
export function EventsControl({ pathname, filterParams, eventParams, options, onChoose }: Props) {
  const current = eventParams.get(EVENT_PARAM.events) ?? 'none';
  const category = eventParams.get(EVENT_PARAM.category) ?? '';
  const actorChoices = [
    { value: 'none', label: 'none' },
    ...options.actors.filter((a) => a === 'United States' || a === 'China').map((a) => ({ value: a, label: `${a} measures` })),
    { value: 'United States,China', label: 'United States and China measures' },
    { value: 'all', label: 'all actors’ measures' },
  ];
  if (!actorChoices.some((c) => c.value === current)) actorChoices.push({ value: current, label: `${current} measures` });
  return (
    <form
      action={pathname}
      method="get"
      className="events-control small"
      aria-label="Policy events on the chart"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const chosen = new URLSearchParams();
        for (const name of [EVENT_PARAM.events, EVENT_PARAM.category]) {
          const value = form.get(name);
          if (typeof value === 'string' && value !== '') chosen.set(name, value);
        }
        onChoose(chosen);
      }}
    >
      {[...filterParams].map(([k, v], i) => (
        <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
      ))}
      <label>
        Policy events{' '}
        <select name={EVENT_PARAM.events} defaultValue={current} key={current}>
          {actorChoices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        of category{' '}
        <select name={EVENT_PARAM.category} defaultValue={category} key={category}>
          <option value="">any</option>
          {options.categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit">Show events</button>
    </form>
  );
}
