import { EVENT_PARAM } from '@/lib/core/events';
import { badParam, cacheable } from '@/lib/server/http';
import { selectEvents } from '@/lib/server/events';

export const dynamic = 'force-dynamic';

const ALLOWED = new Set<string>(Object.values(EVENT_PARAM));

/**
 * GET /api/events?events=…&event_category=…: the export-control measures a chart overlays for that
 * choice (none without one), as the dataset pages draw them. The explorer asks for them when a reader
 * picks other events; any other parameter is refused by name.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  for (const name of params.keys()) {
    if (!ALLOWED.has(name)) return badParam({ code: 'unknown_param', param: name, message: `unknown parameter "${name}"; this route takes ${[...ALLOWED].join(' and ')}` });
  }
  const selected = await selectEvents(params, { kind: 'none' });
  if (!selected.ok) return badParam(selected.error);
  return cacheable(request, JSON.stringify(selected), { 'Content-Type': 'application/json' });
}
