import 'server-only';
import { getDataset } from './data';
import { withStatus } from './status-columns';
import type { Filter } from '../core/filter';
import { parseFilter, toSearchParams, type ParamError } from '../core/query';
import type { Dataset, DatasetError, Row } from '../core/types';

export type Selection =
  | { kind: 'unknown'; id: string }
  | { kind: 'broken'; error: DatasetError }
  | { kind: 'bad-param'; dataset: Dataset; error: ParamError }
  | { kind: 'ok'; dataset: Dataset; filter: Filter; rows: Row[] };

/** Resolves a dataset and the rows a query selects: the one path shared by the API and the pages. */
export async function selectRows(id: string, params: URLSearchParams | Record<string, string | string[] | undefined>): Promise<Selection> {
  const result = await getDataset(id);
  if (result === null) return { kind: 'unknown', id };
  if (!result.ok) return { kind: 'broken', error: result.error };
  const { meta, rows, index } = result.value;
  const dataset = { meta, rows };
  const parsed = parseFilter(toSearchParams(params), meta);
  if (!parsed.ok) return { kind: 'bad-param', dataset, error: parsed.error };
  // Measures carry their status on the requested day (in_force, else today): lib/server/status-columns.
  return { kind: 'ok', dataset, filter: parsed.filter, rows: await withStatus(meta, index.rowsFor(parsed.filter), parsed.filter.inForce) };
}
