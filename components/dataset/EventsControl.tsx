import Form from 'next/form';
import { EVENT_PARAM } from '@/lib/core/events';

interface Props {
  pathname: string;
  /** The current filter, kept as hidden fields so choosing events does not lose it. */
  filterParams: URLSearchParams;
  eventParams: URLSearchParams;
  options: { actors: string[]; categories: string[] };
}

/**
 * Which export-control measures the chart overlays. A GET form: the choice goes into the URL (so it
 * can be shared and reloaded), the server picks the events, and it works without JavaScript.
 */
export function EventsControl({ pathname, filterParams, eventParams, options }: Props) {
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
    <Form action={pathname} className="events-control small" aria-label="Policy events on the chart" scroll={false} prefetch={false}>
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
    </Form>
  );
}
