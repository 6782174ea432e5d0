import 'server-only';
import { currencyOf, overdueSeriesOf, type CurrencyEntry, type ResourceSchedule } from '../core/currency';
import { labelFor } from '../core/labels';
import type { Row } from '../core/types';
import { dayOf } from '../core/in-force';
import { publishedById } from '../core/status-on';
import { getDataset, getPackage, getSources } from './data';

/** The schedule a resource declares in datapackage.json (its custom `schedule` property), unchecked. */
export async function declaredSchedule(id: string): Promise<unknown> {
  const pkg = await getPackage();
  if (!pkg.ok) return undefined;
  return (pkg.value.resources.find((r) => r.name === id) as { schedule?: unknown } | undefined)?.schedule;
}

/** A series' currency with the series named for a reader (the schema's label for its code). */
export type LabelledCurrency = CurrencyEntry & { label: string };

/** Each series' currency on `now`: null when the dataset is unknown or broken, or declares no schedule. */
export async function datasetCurrency(id: string, now = new Date()): Promise<LabelledCurrency[] | null> {
  const [dataset, schedule, sources] = await Promise.all([getDataset(id), declaredSchedule(id), getSources()]);
  if (!dataset?.ok || !schedule) return null;
  const { seriesField } = schedule as ResourceSchedule;
  const entries = currencyOf(dataset.value.rows, schedule as ResourceSchedule, publishedById(sources), dayOf(now));
  return entries.map((e) => ({ ...e, label: seriesField ? labelFor(dataset.value.meta, seriesField, e.series) : e.series }));
}

/** Of the rows a verdict uses, the series whose newer figures are due, per dataset, on `now`. */
export async function overdueForRows(used: Array<{ dataset: string; row: Row }>, now = new Date()): Promise<Array<{ dataset: string; entries: LabelledCurrency[] }>> {
  const out: Array<{ dataset: string; entries: LabelledCurrency[] }> = [];
  for (const dataset of [...new Set(used.map((u) => u.dataset))]) {
    const [schedule, entries] = await Promise.all([declaredSchedule(dataset), datasetCurrency(dataset, now)]);
    if (!schedule || !entries) continue;
    const due = overdueSeriesOf(used.filter((u) => u.dataset === dataset).map((u) => u.row), schedule as ResourceSchedule, entries);
    if (due.length > 0) out.push({ dataset, entries: due });
  }
  return out;
}
