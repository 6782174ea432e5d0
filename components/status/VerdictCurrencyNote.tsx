import { dayOf } from '@/lib/core/in-force';
import type { Row } from '@/lib/core/types';
import { overdueForRows } from '@/lib/server/currency';
import { withStatus } from '@/lib/server/status-columns';
import { getDataset } from '@/lib/server/data';

/**
 * Under a verdict: whether the rows it uses belong to series whose newer figures are due, and
 * whether any measure it uses is unconfirmed today. Nothing when neither.
 */
export async function VerdictCurrencyNote({ rows }: { rows: Array<{ dataset: string; row: Row }> }) {
  const due = await overdueForRows(rows);
  const unconfirmed: Row[] = [];
  for (const dataset of [...new Set(rows.map((r) => r.dataset))]) {
    const d = await getDataset(dataset);
    if (!d?.ok) continue;
    const withS = await withStatus(d.value.meta, rows.filter((r) => r.dataset === dataset).map((r) => r.row), null);
    unconfirmed.push(...withS.filter((r) => r.status_on === 'unconfirmed'));
  }
  if (due.length === 0 && unconfirmed.length === 0) return null;
  return (
    <div className="small currency-warning" data-testid="verdict-currency" role="note">
      {due.length > 0 && (
        <p>
          <b>Newer figures are due: verdict may be out of date.</b>{' '}
          {due.flatMap((d) => d.entries.map((e) => `${e.label} (${d.dataset} data; ${e.cadence}, ${e.publisher}): latest ${e.latestPeriod ?? 'period unknown'}, newer figures due by ${e.nextExpected}`)).join('; ')}.
        </p>
      )}
      {unconfirmed.length > 0 && (
        <p>
          <b>Unconfirmed on {dayOf(new Date())}:</b> {unconfirmed.map((r) => `${String(r.id)} (${String(r.status_change)})`).join('; ')}.
        </p>
      )}
    </div>
  );
}
